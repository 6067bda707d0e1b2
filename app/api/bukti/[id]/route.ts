import { contentDisposition } from "@/lib/domain/evidence";
import { getSessionUser } from "@/lib/server/auth/current-user";
import { isAppError } from "@/lib/server/errors";
import { evidenceForDownload, EVIDENCE_NOT_FOUND_MESSAGE } from "@/lib/server/evidence/evidence-for-download";

export const dynamic = "force-dynamic";

function notFoundResponse() {
  return new Response(EVIDENCE_NOT_FOUND_MESSAGE, {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
  });
}

/**
 * GET /api/bukti/:id: the file's bytes for the owner, their current direct supervisor, an Admin
 * OPD of the owner's agency or Admin BKD; 404 for everyone else, signed in or not, exactly as for
 * an id that does not exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  if (!user || user.mustChangePassword || !/^[1-9]\d{0,9}$/.test(id)) return notFoundResponse();
  try {
    const file = await evidenceForDownload({ actor: user, id: Number(id) });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "content-type": file.mimeType,
        "content-length": String(file.bytes.length),
        "content-disposition": contentDisposition(file.name, "inline"),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return notFoundResponse();
    console.error("[api/bukti] download failed", error);
    return new Response("Terjadi kesalahan pada server. Coba lagi beberapa saat lagi.", {
      status: 500,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
}
