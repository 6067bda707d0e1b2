/**
 * The monthly score 0–100 (DESIGN.md §8.1): a weighted mean of up to four components. A component
 * without basis is left out and the weights of the others are renormalised. Exact (rationals);
 * shown rounded to two decimals.
 */
import { add, cmp, div, formatRational, HUNDRED, min, mul, rational, sum, ZERO, type Rational } from "../rational";

export const SCORE_COMPONENTS = ["aktivitas", "capaianIki", "perilaku", "aktivitasBawahan"] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

export const SCORE_COMPONENT_LABELS: Record<ScoreComponent, string> = {
  aktivitas: "Aktivitas",
  capaianIki: "Capaian IKI",
  perilaku: "Perilaku",
  aktivitasBawahan: "Aktivitas bawahan",
};

/** Default weights in basis points (§8.1; configurable per year). */
export const DEFAULT_SCORE_WEIGHTS_BP: Record<ScoreComponent, number> = { aktivitas: 4000, capaianIki: 3000, perilaku: 2000, aktivitasBawahan: 1000 };

export type ScoreInputs = {
  /** Approved (DISETUJUI) minutes of the month and the month's target (§8.1). Target 0 → no basis. */
  activity: { approvedMinutes: number; targetMinutes: number };
  /** Capped capaian (0–100) of each IKI target of the month; 0 for a target without a verified realisation. Empty → no basis. */
  ikiCapaian: readonly Rational[];
  /** Behaviour score 0–100 (§7), or null when no rating was received. */
  behaviour: Rational | null;
  /** Supervisors only: subordinates' submitted activities of the month and how many were reviewed before the lock. Null or 0 submitted → no basis. */
  subordinateReview: { submitted: number; reviewedBeforeLock: number } | null;
  weightsBp?: Record<ScoreComponent, number>;
};

export type ScoreLine = {
  component: ScoreComponent;
  /** The component's score 0–100, or null when it had no basis and was left out. */
  score: Rational | null;
  /** Why (numbers), for the page that explains the score. */
  basis: string;
  weightBp: number;
  /** The weight after renormalisation over the components present (a fraction of 1). */
  effectiveWeight: Rational;
};

export type MonthlyScore = { lines: ScoreLine[]; total: Rational | null; totalText: string | null };

const pct = (part: number, whole: number) => min(div(mul(rational(part), HUNDRED), rational(whole)), HUNDRED);
const fmt = (x: Rational) => formatRational(x, 2);

export function monthlyScore(input: ScoreInputs): MonthlyScore {
  const weights = input.weightsBp ?? DEFAULT_SCORE_WEIGHTS_BP;
  const { approvedMinutes, targetMinutes } = input.activity;
  const scores: Record<ScoreComponent, { score: Rational | null; basis: string }> = {
    aktivitas:
      targetMinutes > 0
        ? { score: pct(Math.max(0, approvedMinutes), targetMinutes), basis: `${approvedMinutes} dari ${targetMinutes} menit target disetujui` }
        : { score: null, basis: "Tidak ada target menit bulan ini (tidak ada hari kerja efektif)" },
    capaianIki:
      input.ikiCapaian.length > 0
        ? {
            score: div(sum(input.ikiCapaian.map((c) => min(c, HUNDRED))), rational(input.ikiCapaian.length)),
            basis: `Rata-rata capaian ${input.ikiCapaian.length} target IKI (maks. 100 per IKI; yang belum diverifikasi bernilai 0)`,
          }
        : { score: null, basis: "Tidak ada target IKI bulan ini" },
    perilaku: input.behaviour ? { score: min(input.behaviour, HUNDRED), basis: "Nilai perilaku BerAKHLAK (penilaian 360°)" } : { score: null, basis: "Belum ada penilaian perilaku yang diterima" },
    aktivitasBawahan:
      input.subordinateReview && input.subordinateReview.submitted > 0
        ? {
            score: pct(input.subordinateReview.reviewedBeforeLock, input.subordinateReview.submitted),
            basis: `${input.subordinateReview.reviewedBeforeLock} dari ${input.subordinateReview.submitted} aktivitas bawahan diperiksa sebelum penguncian`,
          }
        : { score: null, basis: input.subordinateReview ? "Tidak ada aktivitas bawahan yang diajukan" : "Bukan atasan" },
  };
  const present = SCORE_COMPONENTS.filter((c) => scores[c].score !== null && weights[c] > 0);
  const totalWeight = present.reduce((s, c) => s + weights[c], 0);
  const lines: ScoreLine[] = SCORE_COMPONENTS.map((component) => ({
    component,
    score: scores[component].score,
    basis: scores[component].basis,
    weightBp: weights[component],
    effectiveWeight: present.includes(component) && totalWeight > 0 ? rational(weights[component], totalWeight) : ZERO,
  }));
  if (present.length === 0) return { lines, total: null, totalText: null };
  const total = lines.reduce((acc, line) => (line.score && cmp(line.effectiveWeight, ZERO) > 0 ? add(acc, mul(line.score, line.effectiveWeight)) : acc), ZERO);
  return { lines, total, totalText: fmt(total) };
}
