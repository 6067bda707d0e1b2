import { recapCsv, recapFileName } from "@/lib/server/reports/recap-export";
import { recapDownload } from "@/lib/server/reports/recap-route";

/** GET /laporan/rekap/csv?bulan=&mode=&opd=&unit=: the recap of the page as CSV (UTF-8 with BOM, `;`). */
export async function GET(request: Request) {
  return recapDownload(request, async (recap) => ({
    body: recapCsv(recap),
    type: "text/csv; charset=utf-8",
    fileName: recapFileName(recap, "csv"),
  }));
}
