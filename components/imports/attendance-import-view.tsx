import Link from "next/link";
import { ImportResultView, type ImportResultCounts } from "./import-result-view";

/** What the upload page shows after an attendance import. */
export type AttendanceImportView = ImportResultCounts & {
  /** The agencies and months of the imported rows, each with a link to its codes table. */
  scopes: { label: string; href: string; rows: number }[];
};

const number = (n: number) => n.toLocaleString("id-ID");

export function AttendanceImportResult({ view }: { view: AttendanceImportView }) {
  return (
    <ImportResultView view={view} labels={{ created: "hari kehadiran baru", createdHeading: "Hari baru" }}>
      {view.written && view.scopes.length > 0 ? (
        <div className="text-sm">
          <p className="font-semibold">Lihat kode kehadiran dan potongannya:</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {view.scopes.map((s) => (
              <li key={s.href}>
                <Link href={s.href} className="text-brand-700 hover:underline">{s.label}</Link>{" "}
                <span className="text-slate-500">({number(s.rows)} baris)</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </ImportResultView>
  );
}
