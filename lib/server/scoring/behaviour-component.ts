import "server-only";
import type { RemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { rational, type Rational } from "@/lib/domain/rational";
import type { Db, Tx } from "../prisma-client";
import { behaviourScoresOfMonth } from "../ratings/scores";

/**
 * The behaviour score 0–100 of each employee for the month (§7), with the role weights of the policy
 * in use (lib/server/ratings). Employees without any rating are absent (no basis).
 */
export async function behaviourOfMonth(
  client: Db | Tx,
  input: { year: number; month: number; employeeIds: readonly number[]; policy: Pick<RemunerationPolicy, "raterRoleWeightsBp"> },
): Promise<Map<number, Rational>> {
  const w = input.policy.raterRoleWeightsBp;
  const scores = await behaviourScoresOfMonth(client, {
    year: input.year,
    month: input.month,
    employeeIds: input.employeeIds,
    weightsBp: { ATASAN: w.atasan, REKAN: w.rekan, BAWAHAN: w.bawahan },
  });
  return new Map([...scores].map(([id, s]) => [id, rational(s.score.num, s.score.den)]));
}
