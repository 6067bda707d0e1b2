import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { LineColumns } from "@/lib/domain/remuneration/line";
import { databaseUrl } from "@/lib/env";

/**
 * The one place that writes allowance lines in bulk, with COPY … FROM STDIN on a plain pg
 * connection. A chunk of a 60,000-employee run is ~10 MB of breakdown JSON: an INSERT through
 * jsonb_to_recordset made PostgreSQL parse every line twice (the chunk as one jsonb document, then
 * each record out of it) and took ~16 s for 60,000 lines; COPY parses each value once.
 * The chunk, its progress and the check that the run is still a computing DRAFT are one transaction.
 */
const globalForPool = globalThis as unknown as { trkBulkPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForPool.trkBulkPool) {
    const created = new pg.Pool({ connectionString: databaseUrl(), max: 2, idleTimeoutMillis: 5_000, allowExitOnIdle: true });
    // An idle connection closed by the server (restart, dropped test database) must not crash the process.
    created.on("error", (error) => console.warn("[trk] koneksi tulis massal ditutup:", error.message));
    globalForPool.trkBulkPool = created;
  }
  return globalForPool.trkBulkPool;
}

/** Closes the bulk connections (scripts and benchmarks, before they drop or leave the database). */
export async function closeBulkWriter(): Promise<void> {
  const existing = globalForPool.trkBulkPool;
  globalForPool.trkBulkPool = undefined;
  await existing?.end();
}

export class RunChangedError extends Error {}

/** A line as written: the run, the employee and agency, and the calculator's columns. */
export type LineRecord = LineColumns & { runId: number; employeeId: number; opdId: number };

// The order of copyRow's fields. id (a sequence: line ids follow the order of the rows) and createdAt take their defaults.
const COPY_SQL = `COPY allowance_line ("runId", "employeeId", "opdId", "kelasJabatan", golongan, "employeeStatus", score, "disciplineDeductionBp",
  base, kinerja, disiplin, "sanctionCut", gross, tax, net, breakdown) FROM STDIN`;

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** A value in COPY's text format: backslash, tab, newline and carriage return escaped. */
export function copyText(value: string): string {
  return COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : value;
}

/** JSON.stringify's output in COPY's text format: it never holds a raw tab or line break, only backslashes (of its escapes) to double. */
export function copyJson(json: string): string {
  return json.indexOf("\\") === -1 ? json : json.replaceAll("\\", "\\\\");
}

const int = (value: number): string => {
  if (!Number.isSafeInteger(value)) throw new RangeError(`bukan bilangan bulat: ${value}`);
  return String(value);
};

/** One line as a row of COPY's text format (tab-separated, newline-terminated), in COPY_SQL's column order. */
export function copyRow(line: LineRecord): string {
  return (
    `${int(line.runId)}\t${int(line.employeeId)}\t${int(line.opdId)}\t${int(line.kelasJabatan)}\t${copyText(line.golongan)}\t${copyText(line.employeeStatus)}\t` +
    `${copyText(line.score)}\t${int(line.disciplineDeductionBp)}\t${int(line.base)}\t${int(line.kinerja)}\t${int(line.disiplin)}\t${int(line.sanctionCut)}\t` +
    `${int(line.gross)}\t${int(line.tax)}\t${int(line.net)}\t${copyJson(JSON.stringify(line.breakdown))}\n`
  );
}

/**
 * Writes one chunk: `rows` are copyRow texts (joined into a few large buffers), `lines` their
 * number, `employees` the chunk's employees for progressDone. Lines are appended in the order given.
 */
export async function writeLineChunk(input: { runId: number; rows: readonly Buffer[]; lines: number; employees: number }): Promise<void> {
  const client = await pool().connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const state = await client.query<{ status: string; computedAt: Date | null }>(`SELECT status::text AS status, "computedAt" FROM allowance_run WHERE id = $1 FOR UPDATE`, [input.runId]);
    const run = state.rows[0];
    if (!run || run.status !== "DRAFT" || run.computedAt) throw new RunChangedError("Perhitungan dihentikan: TRK ini berubah status selama dihitung.");
    const copy = client.query(copyFrom(COPY_SQL));
    try {
      await pipeline(Readable.from(input.rows), copy);
    } catch (error) {
      broken = true; // the protocol state after a failed COPY is not worth trusting: the connection is discarded
      throw error;
    }
    if (copy.rowCount !== input.lines) throw new Error(`COPY menulis ${copy.rowCount} baris, bukan ${input.lines}`);
    await client.query(`UPDATE allowance_run SET "progressDone" = "progressDone" + $2, "updatedAt" = now() WHERE id = $1`, [input.runId, input.employees]);
    await client.query("COMMIT");
  } catch (error) {
    if (!broken) await client.query("ROLLBACK").catch(() => (broken = true));
    throw error;
  } finally {
    client.release(broken || undefined);
  }
}
