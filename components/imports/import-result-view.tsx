import type { ReactNode } from "react";
import type { ImportRowError } from "@/lib/domain/imports/import-error";
import { Alert } from "@/components/ui/alert";
import { ImportErrorTable } from "./import-error-table";

/** What the upload page shows after any import; each kind adds its own fields. */
export type ImportResultCounts = {
  fileName: string;
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  invalidRowCount: number;
  /** All errors; `errors` may hold only the first ones. */
  errorCount: number;
  errors: ImportRowError[];
};

/** How a kind names what it creates: "pegawai baru" in the outcome, "Pegawai baru" as the figure's label. */
export type ImportResultLabels = { created: string; createdHeading: string };

const number = (n: number) => n.toLocaleString("id-ID");

/**
 * The result of an import: outcome, the four figures, the kind's own content (`children`, shown
 * between the figures and the error table) and the row errors.
 */
export function ImportResultView({ view, labels, children }: { view: ImportResultCounts; labels: ImportResultLabels; children?: ReactNode }) {
  return (
    <section aria-labelledby="hasil-impor" className="space-y-4">
      <h2 id="hasil-impor" className="text-lg font-semibold">
        Hasil impor {view.fileName ? `“${view.fileName}”` : ""}
      </h2>
      {view.written ? (
        <Alert tone="success" testId="import-outcome">
          Impor selesai: {number(view.created)} {labels.created}, {number(view.updated)} diperbarui, {number(view.unchanged)} tidak berubah.
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
        {(
          [
            [labels.createdHeading, view.created],
            ["Diperbarui", view.updated],
            ["Tidak berubah", view.unchanged],
            ["Baris bermasalah", view.invalidRowCount],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-md border border-slate-200 bg-white p-3">
            <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="text-xl font-semibold">{number(value)}</dd>
          </div>
        ))}
      </dl>
      {children}

      <ImportErrorTable errors={view.errors} total={view.errorCount} />
    </section>
  );
}
