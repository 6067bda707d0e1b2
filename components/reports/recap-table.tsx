import { cellText, RECAP_COLUMNS, type RecapRow } from "@/lib/domain/reports/recap-columns";

const NUMERIC = new Set(["rank", "aktivitas", "capaianIki", "perilaku", "nilai"]);

/** The recap rows with the same columns and texts as the CSV export. */
export function RecapTable({ rows, caption, reportHref }: { rows: readonly RecapRow[]; caption: string; reportHref: (nip: string) => string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="recap-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {RECAP_COLUMNS.map((c) => (
              <th key={c.key} scope="col" className={`whitespace-nowrap px-3 py-2 ${NUMERIC.has(c.key) ? "text-right" : ""}`}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.employeeId} data-testid="recap-row">
              {RECAP_COLUMNS.map((c) => (
                <td key={c.key} data-col={c.key} className={`px-3 py-2 ${NUMERIC.has(c.key) ? "text-right tabular-nums" : ""} ${c.key === "nilai" ? "font-semibold" : ""} ${c.key === "nip" ? "whitespace-nowrap" : ""}`}>
                  {c.key === "name" ? <a href={reportHref(r.nip)} className="text-brand-700 underline">{r.name}</a> : cellText(c, r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
