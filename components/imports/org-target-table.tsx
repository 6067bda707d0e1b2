import type { OrgTargetItem } from "@/lib/server/org-targets/queries";
import { formatDecimalText } from "@/lib/format-number";

/** The stored organisation targets of one agency and year, grouped by sasaran strategis. */
export function OrgTargetTable({ targets, caption }: { targets: OrgTargetItem[]; caption: string }) {
  if (targets.length === 0) {
    return <p className="text-sm text-slate-600" data-testid="org-targets-empty">Belum ada sasaran tersimpan untuk {caption}.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid="org-targets">
        <caption className="px-3 py-2 text-left font-semibold">Sasaran tersimpan · {caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Sasaran strategis</th>
            <th scope="col" className="px-3 py-2">Indikator</th>
            <th scope="col" className="px-3 py-2 text-right">Target</th>
            <th scope="col" className="px-3 py-2">Satuan</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((t, i) => {
            const first = i === 0 || targets[i - 1]!.sasaranStrategis !== t.sasaranStrategis;
            let span = 1;
            while (first && targets[i + span]?.sasaranStrategis === t.sasaranStrategis) span += 1;
            return (
              <tr key={t.id} className="border-t border-slate-200 align-top">
                {first ? <td rowSpan={span} className="px-3 py-2">{t.sasaranStrategis}</td> : null}
                <td className="px-3 py-2">{t.indikator}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatDecimalText(t.target)}</td>
                <td className="px-3 py-2">{t.unit}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
