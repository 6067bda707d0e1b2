import { getSessionUser } from "@/lib/server/auth/current-user";
import { orgTargetImportTemplate } from "@/lib/domain/imports/org-target-template";

/** GET /admin/impor-sasaran/templat: the CSV template (header and two example rows) for admins. */
export async function GET() {
  const user = await getSessionUser();
  if (!user || user.mustChangePassword || user.role === "PEGAWAI") {
    return new Response("Halaman tidak ditemukan.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // The byte-order mark lets spreadsheet programs recognise UTF-8; the import accepts it.
  return new Response(`\uFEFF${orgTargetImportTemplate()}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="templat-impor-sasaran-opd.csv"',
      "cache-control": "no-store",
    },
  });
}
