import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { parseRecapParams } from "@/lib/domain/reports/recap-params";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { isAppError } from "../errors";
import { buildRecap } from "./recap";
import { recapCsv, recapFileName, recapXlsx } from "./recap-export";

export const textResponse = (status: number, message: string) =>
  new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/** HTTP status of an expected service error; its message is safe to show. */
export const STATUS_OF: Record<string, number> = { FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, INVALID_STATE: 409, LOCKED: 409, CONFLICT: 409 };

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * A recap download (xlsx or CSV) for `actor` (null: not signed in): the same parameters,
 * authorisation and query (buildRecap) as the page /laporan/rekap. 403 for an agency the actor
 * does not report on, 404 for an unknown agency or unit, 400 for bad parameters.
 */
export async function recapFileResponse(actor: ServiceActor | null, url: URL, format: "xlsx" | "csv", now = new Date()): Promise<Response> {
  if (!actor) return textResponse(401, "Silakan masuk terlebih dahulu.");
  const sp = url.searchParams;
  const get = (k: string) => sp.get(k) ?? undefined;
  const parsed = parseRecapParams({ bulan: get("bulan"), mode: get("mode"), opd: get("opd"), unit: get("unit") }, actor, jakartaDate(now));
  if (!parsed.ok) return textResponse(400, parsed.message);
  const p = parsed.value;
  try {
    const recap = await buildRecap(db, { actor, year: p.year, month: p.month, now, scope: p.mode === "tim" ? { mode: "tim" } : { mode: "opd", opdId: p.opdId!, unitId: p.unitId } });
    const body = format === "xlsx" ? new Uint8Array(await recapXlsx(recap, now)) : recapCsv(recap);
    return new Response(body, {
      headers: {
        "content-type": format === "xlsx" ? XLSX_TYPE : "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${recapFileName(recap, format)}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return textResponse(STATUS_OF[error.code] ?? 400, error.message);
    console.error("recap download failed", error);
    return textResponse(500, "Terjadi kesalahan saat menyiapkan berkas. Silakan coba lagi.");
  }
}
