import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { div, rational, sum, type Rational } from "@/lib/domain/rational";
import { monthlyScore } from "@/lib/domain/scoring/monthly-score";
import { proposeExpectation, type Expectation } from "@/lib/domain/scoring/predikat";
import type { Db, Tx } from "../prisma-client";
import { policyOfYear } from "../remuneration/policy-store";
import { monthScores } from "./month-scores";

export const EVALUATION_PERIODS = ["TW1", "TW2", "TW3", "TW4", "TAHUNAN"] as const;
export type EvaluationPeriod = (typeof EVALUATION_PERIODS)[number];
export const PERIOD_LABELS: Record<EvaluationPeriod, string> = { TW1: "Triwulan I", TW2: "Triwulan II", TW3: "Triwulan III", TW4: "Triwulan IV", TAHUNAN: "Tahunan" };

export function monthsOf(period: EvaluationPeriod): number[] {
  if (period === "TAHUNAN") return Array.from({ length: 12 }, (_, i) => i + 1);
  const q = Number(period.slice(2));
  return [q * 3 - 2, q * 3 - 1, q * 3];
}

export type MonthRow = { month: number; total: Rational | null; totalText: string | null; hasil: Rational | null; perilaku: Rational | null };

/**
 * The monthly scores of one employee over the months of `year` that have begun, and the system's
 * proposal for a period (§8.2): results (hasil kerja) from the mean of the monthly scores without
 * the behaviour component, behaviour (perilaku) from the mean behaviour score.
 */
export async function yearScores(client: Db | Tx, input: { employeeId: number; year: number; now: Date }): Promise<MonthRow[]> {
  const { policy } = await policyOfYear(client, input.year);
  const today = jakartaDate(input.now);
  const lastMonth = input.year < today.year ? 12 : input.year > today.year ? 0 : today.month;
  const rows: MonthRow[] = [];
  for (let month = 1; month <= lastMonth; month++) {
    const scores = await monthScores(client, { year: input.year, month, employeeIds: [input.employeeId], policy, now: input.now });
    const entry = scores.get(input.employeeId);
    if (!entry) continue;
    const hasil = monthlyScore({ ...entry.inputs, behaviour: null }).total;
    rows.push({ month, total: entry.score.total, totalText: entry.score.totalText, hasil, perilaku: entry.inputs.behaviour });
  }
  return rows;
}

const mean = (xs: Rational[]) => (xs.length === 0 ? null : div(sum(xs), rational(xs.length)));

export function proposalFor(rows: readonly MonthRow[], period: EvaluationPeriod): { hasil: Expectation | null; perilaku: Expectation | null; hasilMean: Rational | null; perilakuMean: Rational | null } {
  const months = new Set(monthsOf(period));
  const inPeriod = rows.filter((r) => months.has(r.month));
  const hasilMean = mean(inPeriod.flatMap((r) => (r.hasil ? [r.hasil] : [])));
  const perilakuMean = mean(inPeriod.flatMap((r) => (r.perilaku ? [r.perilaku] : [])));
  return { hasil: proposeExpectation(hasilMean), perilaku: proposeExpectation(perilakuMean), hasilMean, perilakuMean };
}
