import "server-only";
import { calculateAllowance } from "@/lib/domain/remuneration/calculate";
import { allowanceLine } from "@/lib/domain/remuneration/line";
import { parseRemunerationPolicy } from "@/lib/domain/remuneration/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "../audit";
import { loadMonthCalendar } from "../calendar/month-calendar";
import { db } from "../db";
import type { Tx } from "../prisma-client";
import { AppError, isAppError } from "../errors";
import { loadRunInputs, RUN_CHUNK_SIZE, runEmployees } from "./run-inputs";

/** Lines per INSERT statement (one jsonb parameter each). */
const INSERT_BATCH = 2_500;

export type RunTimings = { lines: number; loadMs: number; calculateMs: number; writeMs: number; totalMs: number };

/**
 * Inserts lines in one statement: the batch travels as a single jsonb parameter and
 * jsonb_to_recordset turns it into rows. Prisma's createMany took ~6 ms a line here (its query
 * compiler and one bound parameter per cell); this takes a fraction of that (bench/allowance-run.ts).
 * A function scan yields the array's elements in order, so line ids follow the (agency, NIP) order.
 */
async function insertLines(tx: Tx, lines: Prisma.AllowanceLineCreateManyInput[]): Promise<void> {
  if (lines.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO allowance_line ("runId", "employeeId", "opdId", "kelasJabatan", golongan, "employeeStatus", score, "disciplineDeductionBp",
                                base, kinerja, disiplin, "sanctionCut", gross, tax, net, breakdown)
    SELECT "runId", "employeeId", "opdId", "kelasJabatan", golongan, "employeeStatus"::"EmployeeStatus", score::numeric(12, 6), "disciplineDeductionBp",
           base, kinerja, disiplin, "sanctionCut", gross, tax, net, breakdown
    FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) AS x("runId" int, "employeeId" int, "opdId" int, "kelasJabatan" int, golongan text,
         "employeeStatus" text, score text, "disciplineDeductionBp" int, base int, kinerja int, disiplin int, "sanctionCut" int, gross int, tax int, net int, breakdown jsonb)`;
}

/** Raised for an employee the calculator refuses (e.g. a golongan the policy does not know). */
class LineError extends AppError {
  constructor(message: string) {
    super("INVALID_STATE", message);
  }
}

/**
 * Writes the lines of a DRAFT run whose computation was started (computedAt null): drops the old
 * lines, then per chunk of RUN_CHUNK_SIZE employees loads the inputs snapshot in set queries, runs
 * the one calculator and inserts the lines with createMany, advancing progressDone. The totals are
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
      await db.$transaction(async (tx) => {
        const current = await tx.allowanceRun.findUnique({ where: { id: run.id }, select: { status: true, computedAt: true } });
        if (!current || current.status !== "DRAFT" || current.computedAt) throw new LineError("Perhitungan dihentikan: TRK ini berubah status selama dihitung.");
        for (let j = 0; j < lines.length; j += INSERT_BATCH) await insertLines(tx, lines.slice(j, j + INSERT_BATCH));
        await tx.allowanceRun.update({ where: { id: run.id }, data: { progressDone: { increment: chunk.length } } });
      }, { timeout: 120_000 });
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
