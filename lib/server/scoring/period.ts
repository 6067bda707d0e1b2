import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import type { Rational } from "@/lib/domain/rational";
import { monthlyScore } from "@/lib/domain/scoring/monthly-score";
import { monthHasBasis, proposePeriod, type PeriodProposal } from "@/lib/domain/scoring/period-proposal";
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

export type MonthRow = {
  month: number;
  total: Rational | null;
  totalText: string | null;
  hasil: Rational | null;
  perilaku: Rational | null;
  /** Anything recorded that the score rests on (lib/domain/scoring/period-proposal monthHasBasis). */
  basis: boolean;
};

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
  if (lastMonth === 0) return rows;
  // Verified realisations per month: the score only shows their capaian, which may itself be 0.
  const verified = await client.ikiRealisation.groupBy({
    by: ["month"],
    where: { employeeId: input.employeeId, year: input.year, status: "TERVERIFIKASI" },
    _count: { _all: true },
  });
  const verifiedIn = new Map(verified.map((v) => [v.month, v._count._all]));
  for (let month = 1; month <= lastMonth; month++) {
    const scores = await monthScores(client, { year: input.year, month, employeeIds: [input.employeeId], policy, now: input.now });
    const entry = scores.get(input.employeeId);
    if (!entry) continue;
    const hasil = monthlyScore({ ...entry.inputs, behaviour: null }).total;
    const basis = monthHasBasis(entry.inputs, verifiedIn.get(month) ?? 0);
    rows.push({ month, total: entry.score.total, totalText: entry.score.totalText, hasil, perilaku: entry.inputs.behaviour, basis });
  }
  return rows;
}

/** The system's proposal for a period from the year's rows (none when the period has no basis). */
export function proposalFor(rows: readonly MonthRow[], period: EvaluationPeriod): PeriodProposal {
  const months = new Set(monthsOf(period));
  return proposePeriod(rows.filter((r) => months.has(r.month)));
}
