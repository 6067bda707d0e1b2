import "server-only";
import { executeRun } from "./execute-run";

/** The queue job that computes an allowance run of all agencies (DESIGN.md §13). */
export const ALLOWANCE_RUN_JOB = "allowance.run";

export async function handleAllowanceRunJob(payload: unknown): Promise<void> {
  const runId = payload && typeof payload === "object" && "runId" in payload ? Number((payload as { runId: unknown }).runId) : NaN;
  if (!Number.isInteger(runId) || runId <= 0) throw new Error(`payload tanpa runId yang valid: ${JSON.stringify(payload)}`);
  const timings = await executeRun({ runId });
  if (timings) console.log(`[jobs] TRK run ${runId}: ${timings.lines} baris dalam ${Math.round(timings.totalMs)} ms`);
}
