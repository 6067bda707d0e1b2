import type { MyBehaviourResult } from "@/lib/server/ratings/queries";
import { MIN_ANONYMOUS_RATERS } from "@/lib/domain/ratings/aggregate";
import { RATER_ROLE_LABELS } from "@/lib/domain/ratings/config";
import { formatFraction, fraction } from "@/lib/domain/ratings/fraction";

/** "Hasil Penilaian Saya": per-role averages under the anonymity rule (DESIGN.md §7) and the score. */
export function BehaviourResult({ result }: { result: MyBehaviourResult }) {
  const w = result.weightsBp;
  const total = w.ATASAN + w.REKAN + w.BAWAHAN;
  const pct = (bp: number) => `${formatFraction(fraction(bp * 100, total), 0)}%`;
  return (
    <div className="space-y-3" data-testid="behaviour-result">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Rata-rata penilaian per kelompok penilai</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th scope="col" className="py-2 pr-3 font-medium">Penilai</th>
            <th scope="col" className="py-2 font-medium">Rata-rata (1–5)</th>
          </tr>
        </thead>
        <tbody>
          {result.roles.map((r) => (
            <tr key={r.role} className="border-b border-slate-100" data-testid={`result-${r.role.toLowerCase()}`}>
              <th scope="row" className="py-2 pr-3 font-medium">{RATER_ROLE_LABELS[r.role]}</th>
              <td className="py-2">
                {r.status === "SHOWN" && r.mean ? (
                  <strong className="tabular-nums">{formatFraction(r.mean)}</strong>
                ) : r.status === "TOO_FEW" ? (
                  <span className="text-slate-600">Tidak ditampilkan: kurang dari {MIN_ANONYMOUS_RATERS} penilai menjawab</span>
                ) : (
                  <span className="text-slate-500">Belum ada penilaian</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-base" data-testid="behaviour-score">
        Nilai perilaku:{" "}
        {result.score ? <strong className="tabular-nums">{formatFraction(result.score)}</strong> : <span className="text-slate-600">belum ada (belum ada penilaian yang masuk)</span>}
      </p>
      <p className="text-xs text-slate-500">
        Nilai perilaku = rata-rata tertimbang atasan {pct(w.ATASAN)}, rekan {pct(w.REKAN)}, bawahan {pct(w.BAWAHAN)} (bobot dibagi ulang atas kelompok yang menilai) ÷ 5 × 100, dan memakai
        semua penilaian, termasuk yang rata-ratanya tidak ditampilkan. Nama penilai tidak pernah ditampilkan. Penilaian masih dapat berubah sampai bulan dikunci.
      </p>
    </div>
  );
}
