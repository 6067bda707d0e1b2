/**
 * `npm run trk -- run-trk --month YYYY-MM [--opd KODE] [--as <NIP>]`: computes (or recomputes) the
 * DRAFT allowance run of a month for one agency or all, through the same service as "Hitung" on
 * /admin/trk, in this process (also a run of all agencies: the queued job then finds it done).
 * Without --as it acts as the first active Admin BKD account, and says so.
 */
import { parseArgs } from "node:util";
import type { TrkCommand } from "./command";
import { withDatabase } from "./database";

export const runTrkCommand: TrkCommand = {
  usage: "run-trk --month TTTT-BB [--opd KODE] [--as <NIP admin>]",
  summary: "Hitung draf TRK sebulan untuk satu perangkat daerah (kode, mis. 2.14) atau seluruhnya.",
  run: async (args) => {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { month: { type: "string" }, opd: { type: "string" }, as: { type: "string" } } });
    } catch (error) {
      console.error(`${error instanceof Error ? error.message : String(error)}\nPenggunaan: npm run trk -- ${runTrkCommand.usage}`);
      return 1;
    }
    const { parseMonthKey } = await import("../../lib/domain/remuneration/run-rules");
    const month = parseMonthKey(parsed.values.month ?? "");
    if (!month) {
      console.error(`Sebutkan bulan dengan --month TTTT-BB.\nPenggunaan: npm run trk -- ${runTrkCommand.usage}`);
      return 1;
    }
    return withDatabase(() => run({ ...month, opdCode: parsed.values.opd, asNip: parsed.values.as }));
  },
};

async function run(input: { year: number; month: number; opdCode?: string; asNip?: string }): Promise<number> {
  const { db } = await import("../../lib/server/db");
  const { isAppError } = await import("../../lib/server/errors");
  const { computeRun } = await import("../../lib/server/remuneration/compute-run");
  const { executeRun } = await import("../../lib/server/remuneration/execute-run");
  const { resolveCliActor } = await import("./cli-actor");
  try {
    let actor;
    if (input.asNip) {
      actor = await resolveCliActor(input.asNip);
      if (!actor) {
        console.error(`NIP ${input.asNip} bukan akun aktif.`);
        return 1;
      }
    } else {
      const bkd = await db.user.findFirst({ where: { role: "ADMIN_BKD", status: "ACTIVE" }, orderBy: { id: "asc" }, select: { employee: { select: { nip: true } } } });
      actor = bkd ? await resolveCliActor(bkd.employee.nip) : null;
      if (!actor) {
        console.error("Tidak ada akun Admin BKD yang aktif; sebutkan --as <NIP>.");
        return 1;
      }
    }
    let opdId: number | null = null;
    if (input.opdCode) {
      const opd = await db.opd.findUnique({ where: { code: input.opdCode.trim() }, select: { id: true, name: true } });
      if (!opd) {
        console.error(`Perangkat daerah dengan kode ${input.opdCode} tidak ditemukan.`);
        return 1;
      }
      opdId = opd.id;
    }
    console.log(`Menghitung TRK ${input.year}-${String(input.month).padStart(2, "0")} ${input.opdCode ? `perangkat daerah ${input.opdCode}` : "seluruh perangkat daerah"} atas nama ${actor.nip} (${actor.role})…`);
    const started = performance.now();
    const result = await computeRun({ actor: { ...actor, ip: "cli" }, year: input.year, month: input.month, opdId });
    if (result.queued) await executeRun({ runId: result.runId });
    const run = await db.allowanceRun.findUniqueOrThrow({ where: { id: result.runId }, select: { progressTotal: true, totalGross: true, totalTax: true, totalNet: true, error: true } });
    if (run.error) {
      console.error(`Perhitungan gagal: ${run.error}`);
      return 1;
    }
    console.log(`Selesai dalam ${((performance.now() - started) / 1000).toFixed(1)} s: TRK #${result.runId} revisi ${result.revision} (draf), ${run.progressTotal} pegawai.`);
    console.log(`  Bruto Rp ${run.totalGross.toLocaleString("id-ID")}, PPh 21 Rp ${run.totalTax.toLocaleString("id-ID")}, neto Rp ${run.totalNet.toLocaleString("id-ID")}.`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
    await (await import("../../lib/server/remuneration/bulk-writer")).closeBulkWriter();
  }
}
