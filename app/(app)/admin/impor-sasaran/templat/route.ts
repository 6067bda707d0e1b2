import { orgTargetImportTemplate } from "@/lib/domain/imports/org-target-template";
import { importTemplateResponse } from "@/lib/server/imports/template-response";

/** GET /admin/impor-sasaran/templat: the CSV template (header and two example rows) for admins. */
export async function GET() {
  return importTemplateResponse({ csv: orgTargetImportTemplate, fileName: "templat-impor-sasaran-opd.csv" });
}
