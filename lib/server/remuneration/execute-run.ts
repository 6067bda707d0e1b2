import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import { calculateAllowance } from "@/lib/domain/remuneration/calculate";
import { allowanceLine } from "@/lib/domain/remuneration/line";
import { parseRemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { writeAudit } from "../audit";
import { loadMonthCalendar } from "../calendar/month-calendar";
import { db } from "../db";
import { AppError, isAppError } from "../errors";
import { copyRow, RunChangedError, writeLineChunk } from "./bulk-writer";
import { loadRunSnapshot, RUN_CHUNK_SIZE, RUN_SEGMENT_SIZE, runEmployees, type RunEmployee } from "./run-inputs";

type RunSnapshot = Awaited<ReturnType<typeof loadRunSnapshot>>;

/**
 * Where a run's time went. The stages overlap (chunk k is written while k+1 is calculated; the next
 * segment loads meanwhile), so loadWaitMs and writeWaitMs are only the time the loop stood waiting
 * for them; writeMs is the writer's own time (start of each chunk's transaction to its commit), summed.
 */
export type RunTimings = { lines: number; loadWaitMs: number; calculateMs: number; writeMs: number; writeWaitMs: number; totalMs: number };

/** Lines calculated between two turns of the event loop (~5 ms): meanwhile the previous chunk's COPY keeps streaming. With 250 the socket drained less often and writing a chunk took ~40 % longer (bench:allowance). */
const CALCULATE_SLICE = 50;

/** Raised for an employee the calculator refuses (e.g. a golongan the policy does not know). */
class LineError extends AppError {
  constructor(message: string) {
    super("INVALID_STATE", message);
  }
}

/** A chunk's lines as COPY rows, built and calculated in slices with a turn of the event loop between them. */
async function calculateChunk(input: { runId: number; snapshot: RunSnapshot; employees: readonly RunEmployee[] }): Promise<{ rows: Buffer[]; lines: number; busyMs: number }> {
  const rows: Buffer[] = [];
  let busyMs = 0;
  let lines = 0;
  for (let s = 0; s < input.employees.length; s += CALCULATE_SLICE) {
    if (s > 0) await nextTurn();
    const t = performance.now();
    let text = "";
    for (const r of input.snapshot.inputsOf(input.employees.slice(s, s + CALCULATE_SLICE))) {
      let result;
      try {
        result = calculateAllowance(r.input);
      } catch (error) {
        throw new LineError(`Pegawai NIP ${r.nip}: ${error instanceof Error ? error.message : String(error)}`);
      }
      text += copyRow({ runId: input.runId, employeeId: r.employeeId, opdId: r.opdId, ...allowanceLine(r.input, result, r.score) });
      lines++;
    }
    rows.push(Buffer.from(text));
    busyMs += performance.now() - t;
  }
  return { rows, lines, busyMs };
}

async function writeChunk(input: { runId: number; rows: Buffer[]; lines: number; employees: number }): Promise<number> {
  const t = performance.now();
  try {
    await writeLineChunk(input);
  } catch (error) {
    if (error instanceof RunChangedError) throw new LineError(error.message);
    throw error;
  }
  return performance.now() - t;
}

/**
 * Writes the lines of a DRAFT run whose computation was started (computedAt null): drops the old
 * lines, loads the inputs snapshot of up to RUN_SEGMENT_SIZE employees in set queries (each table
 * read once), then per chunk of RUN_CHUNK_SIZE employees runs the one calculator and appends the
 * lines (bulk-writer.ts), advancing progressDone. The stages overlap: while chunk k is written (one
 * transaction on the bulk connection) chunk k+1 is calculated, and the next segment loads; chunks
 * are written one at a time, in order, so line ids follow (agency, NIP). The totals are the exact
 * SQL sums of the lines. A failure records an Indonesian message in `error` and rethrows (the job
 * queue retries); a run that is no longer a computing DRAFT is left alone.
 */
export async function executeRun(input: { runId: number; now?: Date }): Promise<RunTimings | null> {
  const started = performance.now();
  const now = input.now ?? new Date();
  const run = await db.allowanceRun.findUnique({
    where: { id: input.runId },
    select: { id: true, year: true, month: true, opdId: true, status: true, computedAt: true, policy: { select: { config: true } } },
  });
  if (!run || run.status !== "DRAFT" || run.computedAt) return null;
  const timings: RunTimings = { lines: 0, loadWaitMs: 0, calculateMs: 0, writeMs: 0, writeWaitMs: 0, totalMs: 0 };
  let writing: Promise<number> | null = null;
  const awaitWriting = async () => {
    if (!writing) return;
    const t = performance.now();
    timings.writeMs += await writing;
    writing = null;
    timings.writeWaitMs += performance.now() - t;
  };
  try {
    const parsed = parseRemunerationPolicy(run.policy.config);
    if (!parsed.ok) throw new LineError(`Kebijakan TRK yang dipakai tidak valid: ${parsed.errors[0]}`);
    const policy = parsed.policy;
    const calendar = await loadMonthCalendar(db, run);
    const employees = await runEmployees(db, { year: run.year, month: run.month, opdId: run.opdId, calendar });
    const load = (i: number) => {
      const segment = employees.slice(i, i + RUN_SEGMENT_SIZE);
      const loading = loadRunSnapshot(db, { year: run.year, month: run.month, employees: segment, policy, now, calendar }).then((snapshot) => ({ snapshot, segment }));
      loading.catch(() => undefined); // a failure surfaces when awaited
      return loading;
    };
    // The first segment loads while the old lines are dropped.
    let next = employees.length > 0 ? load(0) : null;
    await db.$transaction([
      db.allowanceLine.deleteMany({ where: { runId: run.id } }),
      db.allowanceRun.update({ where: { id: run.id }, data: { progressTotal: employees.length, progressDone: 0, error: null } }),
    ]);
    for (let s = 0; s < employees.length; s += RUN_SEGMENT_SIZE) {
      const t = performance.now();
      const { snapshot, segment } = await next!;
      next = s + RUN_SEGMENT_SIZE < employees.length ? load(s + RUN_SEGMENT_SIZE) : null;
      timings.loadWaitMs += performance.now() - t;
      for (let i = 0; i < segment.length; i += RUN_CHUNK_SIZE) {
        const chunkEmployees = segment.slice(i, i + RUN_CHUNK_SIZE);
        const chunk = await calculateChunk({ runId: run.id, snapshot, employees: chunkEmployees });
        timings.calculateMs += chunk.busyMs;
        await awaitWriting(); // one chunk in flight: the order of the lines, and memory, stay bounded
        writing = writeChunk({ runId: run.id, rows: chunk.rows, lines: chunk.lines, employees: chunkEmployees.length });
        writing.catch(() => undefined); // awaited before the next chunk or after the loop
        timings.lines += chunk.lines;
      }
    }
    await awaitWriting();
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
    // A chunk still being written finishes (or fails) before the error is recorded: a retry must not race it.
    await (writing as Promise<number> | null)?.catch(() => undefined);
    const message = isAppError(error) ? error.message : "Terjadi kesalahan pada server saat menghitung; coba hitung ulang.";
    await db.allowanceRun.updateMany({ where: { id: run.id, status: "DRAFT", computedAt: null }, data: { error: message } });
    throw error;
  }
  timings.totalMs = performance.now() - started;
  return timings;
}
