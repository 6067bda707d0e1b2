import "server-only";
import { getSessionUser } from "../auth/current-user";

/**
 * The response of an import's template route: the CSV for admins (anyone signed in but a PEGAWAI
 * or an account that must first change its password), "not found" for everyone else.
 */
export async function importTemplateResponse(template: { csv: () => string; fileName: string }): Promise<Response> {
  const user = await getSessionUser();
  if (!user || user.mustChangePassword || user.role === "PEGAWAI") {
    return new Response("Halaman tidak ditemukan.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // The byte-order mark lets spreadsheet programs recognise UTF-8; the import accepts it.
  return new Response(`\uFEFF${template.csv()}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${template.fileName}"`,
      "cache-control": "no-store",
    },
  });
}
