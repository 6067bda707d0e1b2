import { headers } from "next/headers";
import { evidenceMessages } from "@/lib/domain/evidence";
import { env } from "@/lib/env";
import { GENERIC_ERROR_MESSAGE } from "@/lib/server/action";
import { clientIp } from "@/lib/server/auth/client-ip";
import { getSessionUser } from "@/lib/server/auth/current-user";
import { isAppError } from "@/lib/server/errors";
import { EvidenceRefusedError, type EvidenceRefusalReason } from "@/lib/server/evidence/refusal";
import { storeEvidence } from "@/lib/server/evidence/store-evidence";
import { readLimitedBody } from "@/lib/server/http/read-limited-body";

export const dynamic = "force-dynamic";

/** Room for the multipart boundaries and part headers around the one file. */
const MULTIPART_OVERHEAD = 64 * 1024;

const STATUS: Record<EvidenceRefusalReason, number> = {
  EMPTY: 400,
  TOO_LARGE_UPLOAD: 413,
  NOT_ALLOWED_TYPE: 415,
  PDF_TOO_LARGE: 413,
  IMAGE_CANNOT_FIT: 413,
  IMAGE_UNREADABLE: 422,
};

function fail(status: number, message: string) {
  return Response.json({ ok: false, message }, { status, headers: { "cache-control": "no-store" } });
}

/**
 * POST /api/bukti: uploads one evidence file (multipart field "berkas") for the signed-in user and
 * answers `{ ok, id, name, sizeBytes, mimeType, downscaled }`, or `{ ok: false, message }` with a
 * 4xx status. The session is checked before the body is read, and the body is refused as soon as
 * it is larger than EVIDENCE_UPLOAD_MAX_BYTES (proxy.ts does not run for this path, so nothing
 * buffers it first).
 */
export async function POST(request: Request) {
  const user = await getSessionUser();
  if (!user) return fail(401, "Sesi Anda telah berakhir. Masuk kembali lalu unggah ulang berkasnya.");
  if (user.mustChangePassword) return fail(403, "Ganti kata sandi sementara Anda terlebih dahulu.");
  // The session cookie is SameSite=Lax; refuse cross-site requests explicitly as well.
  if (request.headers.get("sec-fetch-site") === "cross-site") return fail(403, "Permintaan ditolak.");

  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    return fail(415, "Kirim berkas melalui formulir unggah (multipart/form-data).");
  }
  const { EVIDENCE_UPLOAD_MAX_BYTES } = env();
  const body = await readLimitedBody(request, EVIDENCE_UPLOAD_MAX_BYTES + MULTIPART_OVERHEAD);
  if (!body) return fail(413, evidenceMessages.tooLargeUpload(EVIDENCE_UPLOAD_MAX_BYTES));

  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return fail(400, "Berkas tidak terbaca. Coba unggah lagi.");
  }
  const files = form.getAll("berkas");
  const file = files[0];
  if (files.length !== 1 || !(file instanceof File)) return fail(400, "Pilih satu berkas untuk diunggah.");

  try {
    const ip = clientIp(await headers());
    const stored = await storeEvidence({
      actor: { ...user, ip },
      file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    });
    return Response.json(
      { ok: true, id: stored.id, name: stored.name, sizeBytes: stored.sizeBytes, mimeType: stored.mimeType, downscaled: stored.downscaled },
      { status: 201, headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    if (error instanceof EvidenceRefusedError) return fail(STATUS[error.reason], error.message);
    if (isAppError(error)) return fail(400, error.message);
    console.error("[api/bukti] upload failed", error);
    return fail(500, GENERIC_ERROR_MESSAGE);
  }
}
