import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { parseRecapParams } from "@/lib/domain/reports/recap-params";
import { getSessionUser } from "../auth/current-user";
import { db } from "../db";
import { isAppError } from "../errors";
import { buildRecap, type Recap } from "./recap";

const text = (status: number, message: string) => new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

const STATUS: Record<string, number> = { FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, INVALID_STATE: 409 };

/**
 * A recap download (xlsx or CSV): the same parameters, authorisation and query as the page
 * (/laporan/rekap). 403 for an agency the user does not report on, 404 for an unknown one.
 */
export async function recapDownload(request: Request, render: (recap: Recap, now: Date) => Promise<{ body: BodyInit; type: string; fileName: string }>): Promise<Response> {
  const user = await getSessionUser();
  if (!user || user.mustChangePassword) return text(401, "Silakan masuk terlebih dahulu.");
  const now = new Date();
  const sp = new URL(request.url).searchParams;
  const parsed = parseRecapParams(
    { bulan: sp.get("bulan") ?? undefined, mode: sp.get("mode") ?? undefined, opd: sp.get("opd") ?? undefined, unit: sp.get("unit") ?? undefined },
    user,
    jakartaDate(now),
  );
  if (!parsed.ok) return text(400, parsed.message);
  const p = parsed.value;
  try {
    const recap = await buildRecap(db, {
      actor: user,
      year: p.year,
      month: p.month,
      scope: p.mode === "tim" ? { mode: "tim" } : { mode: "opd", opdId: p.opdId!, unitId: p.unitId },
      now,
    });
    const file = await render(recap, now);
    return new Response(file.body, {
      headers: {
        "content-type": file.type,
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return text(STATUS[error.code] ?? 400, error.message);
    console.error("recap download failed", error);
    return text(500, "Terjadi kesalahan saat menyiapkan berkas. Silakan coba lagi.");
  }
}
