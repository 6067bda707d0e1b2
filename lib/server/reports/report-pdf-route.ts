import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { parseReportPeriod } from "@/lib/domain/reports/report-period";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { isAppError } from "../errors";
import { employeeReport } from "./employee-report";
import { employeeReportPdf, reportPdfFileName } from "./report-pdf";
import { STATUS_OF, textResponse } from "./recap-route";

/** The report of /laporan/cetak (same parameters and scope) as a PDF attachment for `actor`. */
export async function reportPdfResponse(actor: ServiceActor | null, url: URL, now = new Date()): Promise<Response> {
  if (!actor) return textResponse(401, "Silakan masuk terlebih dahulu.");
  const sp = url.searchParams;
  const parsed = parseReportPeriod({ bulan: sp.get("bulan") ?? undefined, tahun: sp.get("tahun") ?? undefined }, jakartaDate(now));
  if (!parsed.ok) return textResponse(400, parsed.message);
  const nip = sp.get("nip") || null;
  if (nip !== null && !/^\d{18}$/.test(nip)) return textResponse(400, "NIP harus 18 angka.");
  try {
    const report = await employeeReport(db, { actor, nip, period: parsed.value, now });
    const pdf = await employeeReportPdf(report);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${reportPdfFileName(report)}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return textResponse(STATUS_OF[error.code] ?? 400, error.message);
    console.error("report pdf failed", error);
    return textResponse(500, "Terjadi kesalahan saat menyiapkan PDF. Silakan coba lagi.");
  }
}
