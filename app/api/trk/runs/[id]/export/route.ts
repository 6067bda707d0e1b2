import { PassThrough, Readable } from "node:stream";
import { getSessionUser } from "@/lib/server/auth/current-user";
import { isAppError } from "@/lib/server/errors";
import { runExportSource, writeRunCsv, writeRunXlsx } from "@/lib/server/remuneration/export-run";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * GET /api/trk/runs/<id>/export?format=xlsx|csv[&opd=<id>]: the allowance list of a run, with the
 * same authorisation and the same rows as the run page (Admin BKD any agency, Admin OPD their own).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user || user.mustChangePassword) return text("Silakan masuk terlebih dahulu.", 401);
  const { id } = await params;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "xlsx";
  const runId = Number(id);
  const opdText = url.searchParams.get("opd");
  const opdId = opdText ? Number(opdText) : null;
  if (!Number.isInteger(runId) || runId <= 0 || (opdId !== null && (!Number.isInteger(opdId) || opdId <= 0))) return text("TRK tidak ditemukan.", 404);
  if (format !== "xlsx" && format !== "csv") return text("Format unduhan harus xlsx atau csv.", 400);
  let source;
  try {
    source = await runExportSource(user, { runId, opdId });
  } catch (error) {
    if (isAppError(error)) return text(error.message, error.code === "FORBIDDEN" ? 403 : 404);
    console.error("[trk export]", error);
    return text("Terjadi kesalahan pada server. Coba lagi beberapa saat lagi.", 500);
  }
  const out = new PassThrough();
  const writer = format === "xlsx" ? writeRunXlsx(source, out) : writeRunCsv(source, out);
  writer.catch((error: unknown) => {
    console.error("[trk export] gagal menulis", error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(out) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${source.fileBase}.${format}"`,
      "cache-control": "no-store",
    },
  });
}
