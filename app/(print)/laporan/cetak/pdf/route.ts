import { getSessionUser } from "@/lib/server/auth/current-user";
import { reportPdfResponse } from "@/lib/server/reports/report-pdf-route";

/** GET /laporan/cetak/pdf?bulan=YYYY-MM | tahun=YYYY [&nip=]: the report of /laporan/cetak as a PDF file. */
export async function GET(request: Request) {
  const user = await getSessionUser();
  return reportPdfResponse(user && !user.mustChangePassword ? user : null, new URL(request.url));
}
