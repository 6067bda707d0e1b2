import "server-only";
import { behaviourMean, behaviourScore, type RoleTally } from "@/lib/domain/ratings/aggregate";
import type { RaterRole, RoleWeightsBp } from "@/lib/domain/ratings/config";
import type { Fraction } from "@/lib/domain/ratings/fraction";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "../prisma-client";
import { loadRatingConfig } from "./config";

/** The seven values of one rating summed in SQL (each 1–5, CHECKed by the database). */
const RATING_SUM = Prisma.sql`(r."berorientasiPelayanan" + r."akuntabel" + r."kompeten" + r."harmonis" + r."loyal" + r."adaptif" + r."kolaboratif")`;

/**
 * Per ratee and rater role: how many raters answered and the sum of all their values, for the
 * ratings of month year/month — one GROUP BY query, whatever the number of employees.
 */
export async function roleTalliesOfMonth(
  client: Db | Tx,
  input: { year: number; month: number; employeeIds?: readonly number[] },
): Promise<Map<number, RoleTally[]>> {
  const filter = input.employeeIds ? Prisma.sql`AND a."rateeEmployeeId" = ANY(${[...input.employeeIds]}::int[])` : Prisma.empty;
  const rows = await client.$queryRaw<{ employeeId: number; role: RaterRole; raters: number; total: number }[]>`
    SELECT a."rateeEmployeeId" AS "employeeId", a."role"::text AS "role", count(*)::int AS "raters", sum(${RATING_SUM})::int AS "total"
    FROM "rater_assignment" a
    JOIN "behaviour_rating" r ON r."assignmentId" = a."id"
    WHERE a."year" = ${input.year} AND a."month" = ${input.month} ${filter}
    GROUP BY a."rateeEmployeeId", a."role"
    ORDER BY a."rateeEmployeeId", a."role"`;
  const out = new Map<number, RoleTally[]>();
  for (const row of rows) {
    const list = out.get(row.employeeId) ?? [];
    list.push({ role: row.role, raters: row.raters, total: row.total });
    out.set(row.employeeId, list);
  }
  return out;
}

export type BehaviourScore = {
  /** DESIGN.md §7 behaviour score 0–100, exact. */
  score: Fraction;
  /** The weighted mean on the 1–5 scale it comes from (score = mean / 5 × 100). */
  mean: Fraction;
  /** Per role present: raters who answered and the sum of their values. */
  roles: RoleTally[];
};

/**
 * The behaviour component of the monthly score (DESIGN.md §7, §8.1) for a whole month at once: an
 * entry per employee who received at least one rating in year/month (all of them, or only
 * `employeeIds`). An employee without an entry received no rating: the component has no basis and
 * is left out (not 0). Weights are those of the year's newest policy unless `weightsBp` is given
 * (an allowance run passes the policy version it uses). Every rating counts, also those the
 * anonymity rule hides from the employee. Exact fractions; ratings may still change until the
 * month locks, so a run reads this after the lock.
 */
export async function behaviourScoresOfMonth(
  client: Db | Tx,
  input: { year: number; month: number; employeeIds?: readonly number[]; weightsBp?: RoleWeightsBp },
): Promise<Map<number, BehaviourScore>> {
  const weights = input.weightsBp ?? (await loadRatingConfig(client, input.year)).roleWeightsBp;
  const tallies = await roleTalliesOfMonth(client, input);
  const out = new Map<number, BehaviourScore>();
  for (const [employeeId, roles] of tallies) {
    const mean = behaviourMean(roles, weights);
    const score = behaviourScore(roles, weights);
    if (mean && score) out.set(employeeId, { score, mean, roles });
  }
  return out;
}
