import Link from "next/link";
import { ImportResultView, type ImportResultCounts } from "./import-result-view";

/** What the upload page shows after an organisation target import. */
export type OrgTargetImportView = ImportResultCounts & {
  /** The agencies and years of the imported rows, each with a link to its stored targets. */
  scopes: { label: string; href: string; rows: number }[];
};

const number = (n: number) => n.toLocaleString("id-ID");

export function OrgTargetImportResult({ view }: { view: OrgTargetImportView }) {
  return (
    <ImportResultView view={view} labels={{ created: "sasaran baru", createdHeading: "Sasaran baru" }}>
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
    </ImportResultView>
  );
}
