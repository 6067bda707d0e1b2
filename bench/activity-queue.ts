/**
 * Benchmark of the supervisor's activity queue (issue 5): one supervisor with 40 direct
 * subordinates × 22 working days × 3 DIAJUKAN activities (2,640 entries) in a fresh database, plus
 * 40 other teams of the same size so the queue query must pick its rows out of ~100,000. Times
 * listActivityQueue and approveActivities of one day of one person over 20 runs each and prints
 * p50/p95.
 *
 * Run: npm run bench:activity-queue   (DATABASE_URL: a local PostgreSQL server; without it an
 * embedded PGlite is used, which is much slower)
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createTestDb } from "../scripts/lib/test-db";

const SUBORDINATES = 40;
const DAYS = 22;
const PER_DAY = 3;
const OTHER_TEAMS = Number(process.env.BENCH_OTHER_TEAMS ?? 40);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const YEAR = 2026;
const MONTH = 12;
const NOW = new Date("2026-12-30T05:00:00Z");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const database = await createTestDb();
  try {
    console.log(`Basis data: ${database.kind}`);
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: database.url }, stdio: "pipe" });
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../lib/server/db");
    const { listActivityQueue } = await import("../lib/server/activities/queue");
    const { approveActivities } = await import("../lib/server/activities/review-activities");
    const { workingDaysOfMonth } = await import("../lib/domain/period");
    const { employeeDefaults, opdDefaults, positionDefaults, unitDefaults, userDefaults, dateOnly } = await import("../prisma/factories");

    const opd = await db.opd.create({ data: opdDefaults({ code: "9.99", name: "Dinas Bench", shortName: "Bench" }) });
    const unit = await db.unit.create({ data: unitDefaults({ opdId: opd.id }) });
    const position = await db.position.create({ data: positionDefaults({ opdId: opd.id }) });
    const base = { opdId: opd.id, unitId: unit.id, positionId: position.id };
    const days = workingDaysOfMonth(YEAR, MONTH, new Set()).slice(0, DAYS);
    let seq = 0;
    const supervisors: { id: number; nip: string; userId: number }[] = [];
    for (let team = 0; team <= OTHER_TEAMS; team++) {
      const supervisor = await db.employee.create({ data: employeeDefaults({ ...base, seq: ++seq }) });
      const user = await db.user.create({ data: userDefaults({ employeeId: supervisor.id, mustChangePassword: false }) });
      supervisors.push({ id: supervisor.id, nip: supervisor.nip, userId: user.id });
      await db.employee.createMany({ data: Array.from({ length: SUBORDINATES }, () => employeeDefaults({ ...base, seq: ++seq, supervisorId: supervisor.id })) });
      const members = await db.employee.findMany({ where: { supervisorId: supervisor.id }, select: { id: true } });
      await db.activity.createMany({
        data: members.flatMap((m) =>
          days.flatMap((day) =>
            Array.from({ length: PER_DAY }, (_, i) => ({
              employeeId: m.id,
              date: dateOnly(day),
              startMinute: 450 + i * 120,
              endMinute: 450 + i * 120 + 90,
              description: "Menyusun dan menguji modul aplikasi layanan",
              outputQuantity: "1",
              outputUnit: "dokumen",
              status: "DIAJUKAN" as const,
              submittedAt: NOW,
            })),
          ),
        ),
      });
    }
    await db.$executeRawUnsafe("ANALYZE");
    const total = await db.activity.count();
    const me = supervisors[0]!;
    const actor = { userId: me.userId, employeeId: me.id, nip: me.nip, role: "PEGAWAI" as const, opdId: opd.id, ip: "127.0.0.1" };
    console.log(`Data: ${total.toLocaleString("id-ID")} aktivitas; antrean satu atasan: ${SUBORDINATES} bawahan × ${DAYS} hari × ${PER_DAY} = ${SUBORDINATES * DAYS * PER_DAY}`);

    // Warm-up (connection pool, query plans).
    const first = await listActivityQueue(actor, { year: YEAR, month: MONTH, now: NOW });
    if (first.count !== SUBORDINATES * DAYS * PER_DAY) throw new Error(`antrean berisi ${first.count}`);

    const listTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await listActivityQueue(actor, { year: YEAR, month: MONTH, now: NOW });
      listTimes.push(performance.now() - start);
    }
    const approveTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const person = first.people[i % first.people.length]!;
      const day = person.days[Math.floor(i / first.people.length)]!;
      const ids = day.entries.map((e) => e.id);
      const start = performance.now();
      await approveActivities({ actor, ids, now: NOW });
      approveTimes.push(performance.now() - start);
    }
    const fmt = (values: number[]) => `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms (min ${Math.min(...values).toFixed(1)}, maks ${Math.max(...values).toFixed(1)})`;
    console.log(`listActivityQueue (${first.count} entri, ${RUNS}×): ${fmt(listTimes)}`);
    console.log(`approveActivities (1 orang, 1 hari = ${PER_DAY} entri, ${RUNS}×): ${fmt(approveTimes)}`);
    await db.$disconnect();
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
