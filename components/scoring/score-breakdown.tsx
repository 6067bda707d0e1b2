import { formatRational, mul, rational } from "@/lib/domain/rational";
import { SCORE_COMPONENT_LABELS, type MonthlyScore } from "@/lib/domain/scoring/monthly-score";

/** The monthly score with how it was computed (§8.1): each component, its basis, weight and share. */
export function ScoreBreakdown({ score, caption }: { score: MonthlyScore; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="score-breakdown">
        <caption className="px-3 pt-3 text-left text-sm font-semibold">{caption}</caption>
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">Komponen</th>
            <th scope="col" className="px-3 py-2">Dasar perhitungan</th>
            <th scope="col" className="px-3 py-2 text-right">Nilai</th>
            <th scope="col" className="px-3 py-2 text-right">Bobot</th>
            <th scope="col" className="px-3 py-2 text-right">Kontribusi</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {score.lines.map((line) => (
            <tr key={line.component} className={line.score ? "" : "text-slate-500"}>
              <th scope="row" className="px-3 py-2 text-left font-medium">{SCORE_COMPONENT_LABELS[line.component]}</th>
              <td className="px-3 py-2">{line.basis}</td>
              <td className="px-3 py-2 text-right tabular-nums">{line.score ? formatRational(line.score, 2) : "tidak dihitung"}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                {line.weightBp / 100}%{line.score ? <span className="block text-xs text-slate-500">efektif {formatRational(mul(line.effectiveWeight, rational(100)), 2)}%</span> : null}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{line.score ? formatRational(mul(line.score, line.effectiveWeight), 2) : "—"}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold">
            <th scope="row" colSpan={4} className="px-3 py-2 text-left">Nilai bulanan</th>
            <td className="px-3 py-2 text-right tabular-nums" data-testid="score-total">{score.totalText ?? "belum ada dasar"}</td>
          </tr>
        </tfoot>
      </table>
      <p className="px-3 pb-3 text-xs text-slate-500">Komponen tanpa dasar perhitungan tidak dihitung dan bobot komponen lain disesuaikan. Nilai ditampilkan dibulatkan dua desimal.</p>
    </div>
  );
}
