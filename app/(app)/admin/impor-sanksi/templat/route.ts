import { sanctionImportTemplate } from "@/lib/domain/imports/sanction-template";
import { importTemplateResponse } from "@/lib/server/imports/template-response";

/** GET /admin/impor-sanksi/templat: the CSV template (header and two example rows) for admins. */
export async function GET() {
  return importTemplateResponse({ csv: sanctionImportTemplate, fileName: "templat-impor-hukuman-disiplin.csv" });
}
