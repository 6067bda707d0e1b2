import { recapFileName, recapXlsx } from "@/lib/server/reports/recap-export";
import { recapDownload } from "@/lib/server/reports/recap-route";

/** GET /laporan/rekap/excel?bulan=&mode=&opd=&unit=: the recap of the page as .xlsx. */
export async function GET(request: Request) {
  return recapDownload(request, async (recap, now) => ({
    body: new Uint8Array(await recapXlsx(recap, now)),
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    fileName: recapFileName(recap, "xlsx"),
  }));
}
