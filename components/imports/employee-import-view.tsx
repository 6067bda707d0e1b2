import type { ImportRowError } from "@/lib/domain/imports/import-error";
import { Alert } from "@/components/ui/alert";

/** What the upload page shows after an employee import. */
export type EmployeeImportView = {
  fileName: string;
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  invalidRowCount: number;
  unitsCreated: number;
  positionsCreated: number;
  /** All errors; `errors` may hold only the first ones. */
  errorCount: number;
  errors: ImportRowError[];
};

const number = (n: number) => n.toLocaleString("id-ID");

export function EmployeeImportResult({ view }: { view: EmployeeImportView }) {
  return (
    <section aria-labelledby="hasil-impor" className="space-y-4">
      <h2 id="hasil-impor" className="text-lg font-semibold">
        Hasil impor {view.fileName ? `“${view.fileName}”` : ""}
      </h2>
      {view.written ? (
        <Alert tone="success" testId="import-outcome">
          Impor selesai: {number(view.created)} pegawai baru, {number(view.updated)} diperbarui, {number(view.unchanged)} tidak berubah.
          {view.invalidRowCount > 0 ? ` ${number(view.invalidRowCount)} baris bermasalah dilewati.` : ""}
        </Alert>
      ) : view.errorCount > 0 ? (
        <Alert tone="error" testId="import-outcome">
          Tidak ada data yang diimpor: {number(view.invalidRowCount)} baris bermasalah. Perbaiki berkas lalu unggah lagi, atau centang
          “Impor baris yang valid saja” untuk mengimpor baris lainnya.
        </Alert>
      ) : (
        <Alert tone="warning" testId="import-outcome">
          Tidak ada data yang diimpor: berkas tidak memuat baris data.
        </Alert>
      )}

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="import-summary">
        {[
          ["Pegawai baru", view.created],
          ["Diperbarui", view.updated],
          ["Tidak berubah", view.unchanged],
          ["Baris bermasalah", view.invalidRowCount],
        ].map(([label, value]) => (
          <div key={label} className="rounded-md border border-slate-200 bg-white p-3">
            <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="text-xl font-semibold">{number(value as number)}</dd>
          </div>
        ))}
      </dl>
      {view.written && (view.unitsCreated > 0 || view.positionsCreated > 0) ? (
        <p className="text-sm text-slate-600">
          Dibuat otomatis: {number(view.unitsCreated)} unit kerja dan {number(view.positionsCreated)} jabatan.
        </p>
      ) : null}

      {view.errors.length > 0 ? (
        <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
          <table className="min-w-full text-left text-sm" data-testid="import-errors">
            <caption className="px-3 py-2 text-left font-semibold">
              Kesalahan per baris{view.errorCount > view.errors.length ? ` (${number(view.errors.length)} pertama dari ${number(view.errorCount)})` : ""}
            </caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">Baris</th>
                <th scope="col" className="px-3 py-2">Kolom</th>
                <th scope="col" className="px-3 py-2">Pesan</th>
              </tr>
            </thead>
            <tbody>
              {view.errors.map((error, i) => (
                <tr key={`${error.line}-${i}`} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2 tabular-nums">{error.line}</td>
                  <td className="px-3 py-2 font-mono text-xs">{error.column ?? "—"}</td>
                  <td className="px-3 py-2">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
