import { getSessionUser } from "@/lib/server/auth/current-user";
import { recapFileResponse } from "@/lib/server/reports/recap-route";

/** GET /laporan/rekap/excel?bulan=&mode=&opd=&unit=: the recap of the page as .xlsx. */
export async function GET(request: Request) {
  const user = await getSessionUser();
  return recapFileResponse(user && !user.mustChangePassword ? user : null, new URL(request.url), "xlsx");
}
