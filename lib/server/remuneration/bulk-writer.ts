import "server-only";
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one place that writes allowance lines in bulk on a plain pg connection. A chunk of a 60,000-
 * employee run is several megabytes of breakdown JSON; passing it through Prisma's raw query took
 * about 1.5× as long as pg itself (measured while building bench/allowance-run.ts). The chunk, its
 * progress and the check that the run is still a computing DRAFT are one transaction.
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

/** Lines per INSERT statement (one jsonb parameter each). */
const INSERT_BATCH = 2_500;

export class RunChangedError extends Error {}

export async function writeLineChunk(input: { runId: number; lines: Prisma.AllowanceLineCreateManyInput[]; employees: number }): Promise<void> {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    const state = await client.query<{ status: string; computedAt: Date | null }>(`SELECT status::text AS status, "computedAt" FROM allowance_run WHERE id = $1 FOR UPDATE`, [input.runId]);
    const run = state.rows[0];
    if (!run || run.status !== "DRAFT" || run.computedAt) throw new RunChangedError("Perhitungan dihentikan: TRK ini berubah status selama dihitung.");
    for (let j = 0; j < input.lines.length; j += INSERT_BATCH) {
      // A function scan yields the array's elements in order, so line ids follow the (agency, NIP) order.
      await client.query(
        `INSERT INTO allowance_line ("runId", "employeeId", "opdId", "kelasJabatan", golongan, "employeeStatus", score, "disciplineDeductionBp",
                                     base, kinerja, disiplin, "sanctionCut", gross, tax, net, breakdown)
         SELECT "runId", "employeeId", "opdId", "kelasJabatan", golongan, "employeeStatus"::"EmployeeStatus", score::numeric(12, 6), "disciplineDeductionBp",
                base, kinerja, disiplin, "sanctionCut", gross, tax, net, breakdown
         FROM jsonb_to_recordset($1::jsonb) AS x("runId" int, "employeeId" int, "opdId" int, "kelasJabatan" int, golongan text,
              "employeeStatus" text, score text, "disciplineDeductionBp" int, base int, kinerja int, disiplin int, "sanctionCut" int, gross int, tax int, net int, breakdown jsonb)`,
        [JSON.stringify(input.lines.slice(j, j + INSERT_BATCH))],
      );
    }
    await client.query(`UPDATE allowance_run SET "progressDone" = "progressDone" + $2, "updatedAt" = now() WHERE id = $1`, [input.runId, input.employees]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
