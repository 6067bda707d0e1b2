import "server-only";
import { calculateAllowance } from "@/lib/domain/remuneration/calculate";
import { allowanceLine } from "@/lib/domain/remuneration/line";
import { parseRemunerationPolicy } from "@/lib/domain/remuneration/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "../audit";
import { loadMonthCalendar } from "../calendar/month-calendar";
import { db } from "../db";
import { AppError, isAppError } from "../errors";
import { RunChangedError, writeLineChunk } from "./bulk-writer";
import { loadRunInputs, RUN_CHUNK_SIZE, runEmployees } from "./run-inputs";

export type RunTimings = { lines: number; loadMs: number; calculateMs: number; writeMs: number; totalMs: number };

/** Raised for an employee the calculator refuses (e.g. a golongan the policy does not know). */
class LineError extends AppError {
  constructor(message: string) {
    super("INVALID_STATE", message);
  }
}

/**
 * Writes the lines of a DRAFT run whose computation was started (computedAt null): drops the old
 * lines, then per chunk of RUN_CHUNK_SIZE employees loads the inputs snapshot in set queries, runs
 * the one calculator and inserts the lines (bulk-writer.ts), advancing progressDone. The totals are
 * the exact SQL sums of the lines. A failure records an Indonesian message in `error` and rethrows
 * (the job queue retries); a run that is no longer a computing DRAFT is left alone.
 */
export async function executeRun(input: { runId: number; now?: Date }): Promise<RunTimings | null> {
  const started = performance.now();
  const now = input.now ?? new Date();
  const run = await db.allowanceRun.findUnique({
    where: { id: input.runId },
    select: { id: true, year: true, month: true, opdId: true, status: true, computedAt: true, policy: { select: { config: true } } },
  });
  if (!run || run.status !== "DRAFT" || run.computedAt) return null;
  const timings: RunTimings = { lines: 0, loadMs: 0, calculateMs: 0, writeMs: 0, totalMs: 0 };
  try {
    const parsed = parseRemunerationPolicy(run.policy.config);
    if (!parsed.ok) throw new LineError(`Kebijakan TRK yang dipakai tidak valid: ${parsed.errors[0]}`);
    const policy = parsed.policy;
    const calendar = await loadMonthCalendar(db, run);
    const employees = await runEmployees(db, { year: run.year, month: run.month, opdId: run.opdId, calendar });
    await db.$transaction([
      db.allowanceLine.deleteMany({ where: { runId: run.id } }),
      db.allowanceRun.update({ where: { id: run.id }, data: { progressTotal: employees.length, progressDone: 0, error: null } }),
    ]);
    const load = (i: number) =>
      loadRunInputs(db, { year: run.year, month: run.month, employeeIds: employees.slice(i, i + RUN_CHUNK_SIZE).map((e) => e.id), policy, now, calendar });
    // The next chunk's inputs load while this chunk is calculated and written.
    let next = employees.length > 0 ? load(0) : null;
    for (let i = 0; i < employees.length; i += RUN_CHUNK_SIZE) {
      const chunk = employees.slice(i, i + RUN_CHUNK_SIZE);
      let t = performance.now();
      const inputs = await next!;
      next = i + RUN_CHUNK_SIZE < employees.length ? load(i + RUN_CHUNK_SIZE) : null;
      next?.catch(() => undefined); // a failure surfaces when awaited
      timings.loadMs += performance.now() - t;
      t = performance.now();
      const lines: Prisma.AllowanceLineCreateManyInput[] = inputs.map((r) => {
        let result;
        try {
          result = calculateAllowance(r.input);
        } catch (error) {
          throw new LineError(`Pegawai NIP ${r.nip}: ${error instanceof Error ? error.message : String(error)}`);
        }
        const line = allowanceLine(r.input, result, r.score);
        return { runId: run.id, employeeId: r.employeeId, opdId: r.opdId, ...line, breakdown: line.breakdown as unknown as Prisma.InputJsonValue };
      });
      timings.calculateMs += performance.now() - t;
      t = performance.now();
      try {
        await writeLineChunk({ runId: run.id, lines, employees: chunk.length });
      } catch (error) {
        if (error instanceof RunChangedError) throw new LineError(error.message);
        throw error;
      }
      timings.writeMs += performance.now() - t;
      timings.lines += lines.length;
    }
    await db.$transaction(async (tx) => {
      const [sums] = await tx.$queryRaw<{ gross: bigint | null; tax: bigint | null; net: bigint | null; n: bigint }[]>`
        SELECT SUM(gross)::bigint AS gross, SUM(tax)::bigint AS tax, SUM(net)::bigint AS net, COUNT(*)::bigint AS n
        FROM allowance_line WHERE "runId" = ${run.id}`;
      const totals = { totalGross: BigInt(sums?.gross ?? 0n), totalTax: BigInt(sums?.tax ?? 0n), totalNet: BigInt(sums?.net ?? 0n) };
      await tx.allowanceRun.update({ where: { id: run.id }, data: { ...totals, computedAt: new Date(), error: null } });
      await writeAudit(tx, { userId: null }, {
        action: "allowanceRun.computed",
        targetType: "AllowanceRun",
        targetId: run.id,
        after: { lines: Number(sums?.n ?? 0n), ...totals },
      });
    });
  } catch (error) {
    const message = isAppError(error) ? error.message : "Terjadi kesalahan pada server saat menghitung; coba hitung ulang.";
    await db.allowanceRun.updateMany({ where: { id: run.id, status: "DRAFT", computedAt: null }, data: { error: message } });
    throw error;
  }
  timings.totalMs = performance.now() - started;
  return timings;
}
