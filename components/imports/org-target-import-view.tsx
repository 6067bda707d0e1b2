import Link from "next/link";
import type { ImportRowError } from "@/lib/domain/imports/import-error";
import { Alert } from "@/components/ui/alert";
import { ImportErrorTable } from "./import-error-table";

/** What the upload page shows after an organisation target import. */
export type OrgTargetImportView = {
  fileName: string;
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  invalidRowCount: number;
  /** All errors; `errors` may hold only the first ones. */
  errorCount: number;
  errors: ImportRowError[];
  /** The agencies and years of the imported rows, each with a link to its stored targets. */
  scopes: { label: string; href: string; rows: number }[];
};

const number = (n: number) => n.toLocaleString("id-ID");

export function OrgTargetImportResult({ view }: { view: OrgTargetImportView }) {
  return (
    <section aria-labelledby="hasil-impor" className="space-y-4">
      <h2 id="hasil-impor" className="text-lg font-semibold">
        Hasil impor {view.fileName ? `“${view.fileName}”` : ""}
      </h2>
      {view.written ? (
        <Alert tone="success" testId="import-outcome">
          Impor selesai: {number(view.created)} sasaran baru, {number(view.updated)} diperbarui, {number(view.unchanged)} tidak berubah.
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
          ["Sasaran baru", view.created],
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

      {view.written && view.scopes.length > 0 ? (
        <div className="text-sm">
          <p className="font-semibold">Lihat sasaran yang tersimpan:</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {view.scopes.map((s) => (
              <li key={s.href}>
                <Link href={s.href} className="text-brand-700 hover:underline">
                  {s.label}
                </Link>{" "}
                <span className="text-slate-500">({number(s.rows)} baris)</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <ImportErrorTable errors={view.errors} total={view.errorCount} />
    </section>
  );
}
