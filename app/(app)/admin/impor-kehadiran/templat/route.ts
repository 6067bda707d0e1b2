import { attendanceImportTemplate } from "@/lib/domain/imports/attendance-template";
import { importTemplateResponse } from "@/lib/server/imports/template-response";

/** GET /admin/impor-kehadiran/templat: the CSV template (header and two example rows) for admins. */
export async function GET() {
  return importTemplateResponse({ csv: attendanceImportTemplate, fileName: "templat-impor-kehadiran-kmob.csv" });
}
