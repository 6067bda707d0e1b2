import { employeeImportTemplate } from "@/lib/domain/imports/employee-template";
import { importTemplateResponse } from "@/lib/server/imports/template-response";

/** GET /admin/impor-pegawai/templat: the CSV template (header and two example rows) for admins. */
export async function GET() {
  return importTemplateResponse({ csv: employeeImportTemplate, fileName: "templat-impor-pegawai.csv" });
}
