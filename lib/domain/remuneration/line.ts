/**
 * An allowance line as stored (DESIGN.md §8.3: "each line keeps its full breakdown so every rupiah
 * can be explained"): the money columns and a JSON breakdown with the score components and every
 * deduction by day and code. Rationals are serialised as exact "n/d" strings, with a rounded text.
 */
import { formatRational, toDecimalString, type Rational } from "../rational";
import { SCORE_COMPONENT_LABELS, type MonthlyScore, type ScoreComponent } from "../scoring/monthly-score";
import type { AllowanceBreakdown, AllowanceInput } from "./calculate";

export const LINE_BREAKDOWN_VERSION = 1;

export const exactText = (x: Rational): string => `${x.n}/${x.d}`;

export type LineBreakdownJson = {
  version: number;
  score: {
    exact: string | null;
    text: string | null;
    components: { component: ScoreComponent; label: string; score: string | null; text: string | null; basis: string; weightBp: number; effectiveWeight: string }[];
  };
  employment: { from: string; to: string | null };
  base: { amount: number; cpnsFactorBp: number; heldDays: number; workingDays: number; value: number };
  kinerja: { shareBp: number; payout: string; payoutText: string; value: number };
  /** Deductions as [date, code, minutes or null, basis points]: 60,000 lines carry a lot of them. */
  disiplin: { shareBp: number; deductions: StoredDeduction[]; deductionBpTotal: number; deductionBpApplied: number; value: number };
  sanctions: { items: AllowanceBreakdown["sanctions"]; bp: number; cut: number };
  gross: number;
  tax: { golonganGroup: string; bp: number; value: number };
  net: number;
};

export type StoredDeduction = [date: string, code: string, minutes: number | null, deductionBp: number];

/** A stored deduction with its explanation (the same wording as dayDeductions). */
export function expandDeduction([date, code, minutes, deductionBp]: StoredDeduction): { date: string; code: string; minutes: number | null; deductionBp: number; note: string } {
  let note: string;
  if (code === "TK") note = "Tanpa keterangan";
  else if (code.startsWith("TL")) note = minutes === null ? "Tidak ada catatan masuk" : `Terlambat ${minutes} menit`;
  else note = minutes === null ? "Tidak ada catatan pulang" : `Pulang ${minutes} menit sebelum waktunya`;
  return { date, code, minutes, deductionBp, note };
}

export type LineColumns = {
  kelasJabatan: number;
  golongan: string;
  employeeStatus: AllowanceInput["status"];
  /** Decimal(12,6) as text; "0" when no component had a basis. */
  score: string;
  disciplineDeductionBp: number;
  base: number;
  kinerja: number;
  disiplin: number;
  sanctionCut: number;
  gross: number;
  tax: number;
  net: number;
  breakdown: LineBreakdownJson;
};

export function allowanceLine(input: AllowanceInput, result: AllowanceBreakdown, score: MonthlyScore): LineColumns {
  return {
    kelasJabatan: input.kelasJabatan,
    golongan: input.golongan,
    employeeStatus: input.status,
    score: score.total ? toDecimalString(score.total, 6) : "0",
    disciplineDeductionBp: result.deductionBpTotal,
    base: result.base,
    kinerja: result.kinerja,
    disiplin: result.disiplin,
    sanctionCut: result.sanctionCut,
    gross: result.gross,
    tax: result.tax,
    net: result.net,
    breakdown: {
      version: LINE_BREAKDOWN_VERSION,
      score: {
        exact: score.total ? exactText(score.total) : null,
        text: score.totalText,
        components: score.lines.map((l) => ({
          component: l.component,
          label: SCORE_COMPONENT_LABELS[l.component],
          score: l.score ? exactText(l.score) : null,
          text: l.score ? formatRational(l.score, 2) : null,
          basis: l.basis,
          weightBp: l.weightBp,
          effectiveWeight: exactText(l.effectiveWeight),
        })),
      },
      employment: input.employment,
      base: { amount: result.baseAmount, cpnsFactorBp: result.cpnsFactorBp, heldDays: result.heldDays, workingDays: result.workingDays, value: result.base },
      kinerja: { shareBp: result.kinerjaShare.bp, payout: exactText(result.payout.exact), payoutText: result.payout.text, value: result.kinerja },
      disiplin: {
        shareBp: result.disiplinShare.bp,
        deductions: result.deductions.map((d) => [d.date, d.code, d.minutes, d.deductionBp]),
        deductionBpTotal: result.deductionBpTotal,
        deductionBpApplied: result.deductionBpApplied,
        value: result.disiplin,
      },
      sanctions: { items: result.sanctions, bp: result.sanctionBp, cut: result.sanctionCut },
      gross: result.gross,
      tax: { golonganGroup: result.golonganGroup, bp: result.taxBp, value: result.tax },
      net: result.net,
    },
  };
}

/** Basis points as an Indonesian percentage: 50 → "0,5%", 12500 → "125%". */
export function formatBp(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = String(Math.abs(bp % 100)).padStart(2, "0").replace(/0+$/, "");
  return `${whole}${frac ? `,${frac}` : ""}%`;
}
