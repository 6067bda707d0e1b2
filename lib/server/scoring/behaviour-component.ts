import "server-only";
import type { RemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { add, div, mul, rational, ZERO, type Rational } from "@/lib/domain/rational";
import type { Db, Tx } from "../prisma-client";

/**
 * The behaviour score 0–100 of each employee for the month (§7): per rater role the mean of the
 * raters' means of the seven values; the weighted mean over the roles present (weights renormalised);
 * as a percentage of 5. Employees without any rating are absent (no basis). One query.
 */
export async function behaviourOfMonth(
  client: Db | Tx,
  input: { year: number; month: number; employeeIds: readonly number[]; policy: Pick<RemunerationPolicy, "raterRoleWeightsBp"> },
): Promise<Map<number, Rational>> {
  const rows = await client.$queryRaw<{ rateeId: number; role: string; raters: number; total: number }[]>`
    SELECT a."rateeEmployeeId" AS "rateeId", a.role::text AS role, COUNT(*)::int AS raters,
           SUM(b."berorientasiPelayanan" + b.akuntabel + b.kompeten + b.harmonis + b.loyal + b.adaptif + b.kolaboratif)::int AS total
    FROM rater_assignment a JOIN behaviour_rating b ON b."assignmentId" = a.id
    WHERE a.year = ${input.year} AND a.month = ${input.month} AND a."rateeEmployeeId" = ANY(${[...input.employeeIds]}::int[])
    GROUP BY a."rateeEmployeeId", a.role`;
  const weights: Record<string, number> = { ATASAN: input.policy.raterRoleWeightsBp.atasan, REKAN: input.policy.raterRoleWeightsBp.rekan, BAWAHAN: input.policy.raterRoleWeightsBp.bawahan };
  const byRatee = new Map<number, { weighted: Rational; weight: number }>();
  for (const r of rows) {
    const id = Number(r.rateeId);
    const w = weights[r.role] ?? 0;
    if (w === 0) continue;
    // Mean of raters' means = total of all values / (7 × raters), each rater giving all seven.
    const roleMean = rational(Number(r.total), 7 * Number(r.raters));
    const acc = byRatee.get(id) ?? { weighted: ZERO, weight: 0 };
    byRatee.set(id, { weighted: add(acc.weighted, mul(roleMean, rational(w))), weight: acc.weight + w });
  }
  const out = new Map<number, Rational>();
  for (const [id, acc] of byRatee) out.set(id, mul(div(acc.weighted, rational(acc.weight)), rational(20))); // mean / 5 × 100
  return out;
}
