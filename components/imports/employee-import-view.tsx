import { ImportResultView, type ImportResultCounts } from "./import-result-view";

/** What the upload page shows after an employee import. */
export type EmployeeImportView = ImportResultCounts & {
  unitsCreated: number;
  positionsCreated: number;
};

const number = (n: number) => n.toLocaleString("id-ID");

export function EmployeeImportResult({ view }: { view: EmployeeImportView }) {
  return (
    <ImportResultView view={view} labels={{ created: "pegawai baru", createdHeading: "Pegawai baru" }}>
      {view.written && (view.unitsCreated > 0 || view.positionsCreated > 0) ? (
        <p className="text-sm text-slate-600">
          Dibuat otomatis: {number(view.unitsCreated)} unit kerja dan {number(view.positionsCreated)} jabatan.
        </p>
      ) : null}
    </ImportResultView>
  );
}
