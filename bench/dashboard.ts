/**
 * Benchmark of the Beranda (issue 8): one employee with a year of data — an SKP in force with 3 IKI
 * targeted every month, 12 months × ~21 working days × 3 approved activities, a verified realisation
 * per IKI and month, ratings from a supervisor and two peers each month, attendance — in a fresh
 * database, then the server work of the dashboard (employeeDashboard + supervisorDashboard +
 * predictAllowance, as app/(app)/page.tsx runs them) over RUNS runs: p50/p95. The supervisor's
 * dashboard (40 subordinates) is timed the same way.
 *
 * Run: npm run bench:dashboard   (DATABASE_URL: a local PostgreSQL server)
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createTestDb } from "../scripts/lib/test-db";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const YEAR = 2026;
const NOW = new Date("2026-12-18T03:00:00Z");

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

async function main(): Promise<void> {
  const database = await createTestDb();
  try {
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: database.url }, stdio: "pipe" });
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../lib/server/db");
    const { employeeDashboard } = await import("../lib/server/dashboard/employee-dashboard");
    const { supervisorDashboard } = await import("../lib/server/dashboard/supervisor-dashboard");
    const { predictAllowance } = await import("../lib/server/remuneration/predict");
    const { workingDaysOfMonth } = await import("../lib/domain/period");
    const { employeeDefaults, opdDefaults, positionDefaults, unitDefaults, userDefaults, dateOnly, defaultRemunerationConfig } = await import("../prisma/factories");

    await db.remunerationPolicy.create({ data: { year: YEAR, version: 1, config: defaultRemunerationConfig(Object.fromEntries(Array.from({ length: 17 }, (_, i) => [String(i + 1), 2_000_000 + i * 500_000]))) } });
    const opd = await db.opd.create({ data: opdDefaults({ code: "9.98", name: "Dinas Bench", shortName: "Bench" }) });
    const unit = await db.unit.create({ data: unitDefaults({ opdId: opd.id }) });
    const position = await db.position.create({ data: positionDefaults({ opdId: opd.id }) });
    const base = { opdId: opd.id, unitId: unit.id, positionId: position.id };
    let seq = 0;
    const head = await db.employee.create({ data: employeeDefaults({ ...base, seq: ++seq }) });
    const headUser = await db.user.create({ data: userDefaults({ employeeId: head.id, mustChangePassword: false }) });
    await db.employee.createMany({ data: Array.from({ length: 40 }, () => employeeDefaults({ ...base, seq: ++seq, supervisorId: head.id })) });
    const team = await db.employee.findMany({ where: { supervisorId: head.id }, orderBy: { id: "asc" }, select: { id: true, nip: true } });
    const me = team[0]!;
    const myUser = await db.user.create({ data: userDefaults({ employeeId: me.id, mustChangePassword: false }) });

    const skp = await db.skp.create({ data: { employeeId: me.id, year: YEAR } });
    const version = await db.skpVersion.create({ data: { skpId: skp.id, number: 1, status: "DISETUJUI", approvedAt: NOW } });
    await db.skp.update({ where: { id: skp.id }, data: { inForceVersionId: version.id } });
    const rhk = await db.rhk.create({ data: { skpVersionId: version.id, kind: "UTAMA", position: 0, description: "Tersusunnya layanan" } });
    const ikis = [];
    for (let i = 0; i < 3; i++) {
      ikis.push(await db.iki.create({ data: { rhkId: rhk.id, position: i, description: `IKI ${i + 1}`, aspect: "KUANTITAS", unit: "dokumen", targets: { create: Array.from({ length: 12 }, (_, m) => ({ month: m + 1, target: "4" })) } } }));
    }
    for (let month = 1; month <= 12; month++) {
      const days = workingDaysOfMonth(YEAR, month, new Set());
      // The whole team logs three approved entries a working day (the supervisor's review share too).
      await db.activity.createMany({
        data: team.flatMap((t) =>
          days.flatMap((day) => [450, 600, 780].map((start) => ({ employeeId: t.id, date: dateOnly(day), startMinute: start, endMinute: start + 120, description: "Menyusun dokumen layanan", outputQuantity: 1, outputUnit: "dokumen", status: "DISETUJUI" as const, submittedAt: NOW, reviewedAt: NOW, reviewedByEmployeeId: head.id }))),
        ),
      });
      await db.attendanceDay.createMany({ data: days.map((day, i) => ({ employeeId: me.id, date: dateOnly(day), status: "HADIR" as const, checkInMinute: 440 + (i % 5) * 10, checkOutMinute: 965 })) });
      await db.ikiRealisation.createMany({ data: ikis.map((iki) => ({ ikiId: iki.id, employeeId: me.id, year: YEAR, month, value: "3", status: "TERVERIFIKASI" as const })) });
      for (const [rater, role] of [[head.id, "ATASAN"], [team[1]!.id, "REKAN"], [team[2]!.id, "REKAN"]] as const) {
        const a = await db.raterAssignment.create({ data: { year: YEAR, month, raterEmployeeId: rater, rateeEmployeeId: me.id, role } });
        await db.behaviourRating.create({ data: { assignmentId: a.id, berorientasiPelayanan: 4, akuntabel: 4, kompeten: 5, harmonis: 4, loyal: 4, adaptif: 4, kolaboratif: 5 } });
      }
    }
    const count = await db.activity.count();
    console.log(`Data: ${count.toLocaleString("id-ID")} aktivitas (41 pegawai × 12 bulan), 36 realisasi, 36 penilaian untuk pegawai yang diukur`);

    const actorOf = (e: { id: number; nip: string }, userId: number) => ({ userId, employeeId: e.id, nip: e.nip, role: "PEGAWAI" as const, opdId: opd.id });
    const time = async (label: string, fn: () => Promise<unknown>) => {
      await fn(); // warm-up
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await fn();
        ms.push(performance.now() - t);
      }
      console.log(`${label.padEnd(48)} p50 ${percentile(ms, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(ms, 95).toFixed(1).padStart(7)} ms`);
    };
    const employee = actorOf(me, myUser.id);
    const supervisor = actorOf(head, headUser.id);
    await time("Beranda pegawai (setahun data)", () => Promise.all([employeeDashboard(employee, NOW), supervisorDashboard(employee, NOW), predictAllowance(employee, NOW)]));
    await time("Beranda atasan (40 bawahan)", () => Promise.all([employeeDashboard(supervisor, NOW), supervisorDashboard(supervisor, NOW), predictAllowance(supervisor, NOW)]));
    await db.$disconnect();
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
