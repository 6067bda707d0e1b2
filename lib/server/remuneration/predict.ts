import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { calculateAllowance } from "@/lib/domain/remuneration/calculate";
import { allowanceLine, type LineColumns } from "@/lib/domain/remuneration/line";
import { assertCan, type ServiceActor } from "../authz";
import { db } from "../db";
import { isAppError } from "../errors";
import { policyOfYear } from "./policy-store";
import { loadRunInputs } from "./run-inputs";

export type AllowancePrediction = { year: number; month: number; asOf: Date; line: LineColumns };

/**
 * The predicted allowance of the current month (WIB) for the dashboard: the same calculator with the
 * inputs recorded so far (score to date, attendance to date, active sanctions). Null when the year
 * has no policy or the employee is not employed this month.
 */
export async function predictAllowance(actor: ServiceActor, now: Date = new Date()): Promise<AllowancePrediction | null> {
  assertCan(actor, "report.viewOwn", { employeeId: actor.employeeId });
  const { year, month } = jakartaDate(now);
  let policy;
  try {
    policy = (await policyOfYear(db, year)).policy;
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
  const [row] = await loadRunInputs(db, { year, month, employeeIds: [actor.employeeId], policy, now });
  if (!row) return null;
  const last = row.input.employment.to;
  const monthStart = `${year}-${String(month).padStart(2, "0")}-01`;
  if (last !== null && last < monthStart) return null;
  return { year, month, asOf: now, line: allowanceLine(row.input, calculateAllowance(row.input), row.score) };
}
