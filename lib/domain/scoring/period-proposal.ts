/**
 * The system's proposal of the two ratings for a quarter or the year (DESIGN.md §8.2): results
 * (hasil kerja) from the mean of the monthly scores without behaviour, behaviour (perilaku) from the
 * mean behaviour score. A period in which nothing was recorded that the scores rest on gets no
 * proposal at all: its monthly scores are 0 only because nothing was recorded (§8.1 counts a
 * month's activity target even then), and "di bawah ekspektasi" would punish an absence of data.
 */
import { div, rational, sum, type Rational } from "../rational";
import type { ScoreInputs } from "./monthly-score";
import { proposeExpectation, type Expectation } from "./predikat";

/** One month of the period, as the proposal needs it. */
export type EvaluationMonth = {
  /** Monthly score without the behaviour component (0–100), or null when it had no component at all. */
  hasil: Rational | null;
  /** Behaviour score (0–100), or null when no rating was received. */
  perilaku: Rational | null;
  /** Whether anything the score rests on was recorded that month (see monthHasBasis). */
  basis: boolean;
};

export type PeriodProposal = {
  hasil: Expectation | null;
  perilaku: Expectation | null;
  hasilMean: Rational | null;
  perilakuMean: Rational | null;
  /** False when no month of the period has any basis: then nothing is proposed. */
  basis: boolean;
};

export const NO_BASIS_TEXT =
  "Belum ada dasar penilaian: pada periode ini tidak ada aktivitas yang disetujui, realisasi IKI yang diverifikasi, maupun penilaian perilaku yang diterima.";

/**
 * Whether a month has a basis for evaluation: approved activity minutes, a verified IKI realisation,
 * a behaviour rating received, or (supervisors) subordinates' submitted activities to review.
 * Only counted work is a basis (DESIGN.md §5: only DISETUJUI minutes count; §8.1: only a verified
 * realisation scores).
 */
export function monthHasBasis(inputs: Pick<ScoreInputs, "activity" | "behaviour" | "subordinateReview">, verifiedRealisations: number): boolean {
  return (
    inputs.activity.approvedMinutes > 0 ||
    verifiedRealisations > 0 ||
    inputs.behaviour !== null ||
    (inputs.subordinateReview?.submitted ?? 0) > 0
  );
}

const mean = (xs: Rational[]) => (xs.length === 0 ? null : div(sum(xs), rational(xs.length)));

/** The proposal from the months of the period that have begun (months not yet begun are absent). */
export function proposePeriod(months: readonly EvaluationMonth[]): PeriodProposal {
  if (!months.some((m) => m.basis)) return { hasil: null, perilaku: null, hasilMean: null, perilakuMean: null, basis: false };
  const hasilMean = mean(months.flatMap((m) => (m.hasil ? [m.hasil] : [])));
  const perilakuMean = mean(months.flatMap((m) => (m.perilaku ? [m.perilaku] : [])));
  return { hasil: proposeExpectation(hasilMean), perilaku: proposeExpectation(perilakuMean), hasilMean, perilakuMean, basis: true };
}
