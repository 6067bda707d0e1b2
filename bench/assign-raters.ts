/**
 * Benchmark of the monthly rater assignment (DESIGN.md §7, §13: 60,000 employees). Builds an
 * organisation of BENCH_EMPLOYEES (default 60,000) employees with active accounts — heads, then
 * supervisors with 2–15 direct subordinates — in a fresh database, then assigns the raters of a
 * month, again (idempotent), and once more after 1% of the employees moved to another supervisor.
 *
 * Run: npm run bench:ratings   (DATABASE_URL: a local PostgreSQL server)
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createTestDb } from "../scripts/lib/test-db";
import { testNip } from "../prisma/factories";

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 60_000);

async function main(): Promise<void> {
  const database = await createTestDb();
  try {
    console.log(`Basis data: ${database.kind}`);
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: database.url }, stdio: "pipe" });
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../lib/server/db");
    const { assignRaters } = await import("../lib/server/ratings/assign-raters");

    const opd = await db.opd.create({ data: { code: "9.99", name: "Dinas Uji Beban", shortName: "Beban", kind: "DINAS" } });
    const unit = await db.unit.create({ data: { opdId: opd.id, name: "Unit" } });
    const position = await db.position.create({ data: { opdId: opd.id, name: "Pelaksana", kelasJabatan: 7, kind: "PELAKSANA" } });
    // Ids are 1 … N in insertion order on a fresh database: employee i reports to a deterministic earlier one.
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const supervisorOf: (number | null)[] = [null];
    const slots: number[] = [1];
    for (let id = 2; id <= EMPLOYEES; id++) {
      const pick = slots[Math.floor(random() * slots.length)]!;
      supervisorOf.push(id % 1500 === 0 ? null : pick);
      // A new supervisor gets 2–15 slots.
      const span = 2 + Math.floor(random() * 14);
      for (let s = 0; s < span && random() < 0.35; s++) slots.push(id);
    }
    const t0 = performance.now();
    for (let i = 0; i < EMPLOYEES; i += 5000) {
      await db.employee.createMany({
        data: supervisorOf.slice(i, i + 5000).map((sup, j) => ({
          id: i + j + 1, nip: testNip(i + j), name: `Pegawai ${i + j + 1}`, golongan: "III/a", status: "PNS" as const, birthDate: new Date("1990-01-01"), gender: "LAKI_LAKI" as const,
          opdId: opd.id, unitId: unit.id, positionId: position.id, positionStartDate: new Date("2024-01-01"), startDate: new Date("2015-01-01"), supervisorId: null, email: null,
        })),
      });
    }
    await db.$executeRaw`UPDATE "employee" e SET "supervisorId" = s.sup FROM unnest(${supervisorOf.map((_, i) => i + 1)}::int[], ${supervisorOf}::int[]) AS s(id, sup) WHERE e."id" = s.id`;
    for (let i = 1; i <= EMPLOYEES; i += 5000) {
      await db.user.createMany({ data: Array.from({ length: Math.min(5000, EMPLOYEES - i + 1) }, (_, j) => ({ employeeId: i + j, status: "ACTIVE" as const, mustChangePassword: false })) });
    }
    console.log(`Organisasi: ${EMPLOYEES.toLocaleString("id-ID")} pegawai dibuat dalam ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const run = async (label: string) => {
      const start = performance.now();
      const result = await assignRaters({ year: 2026, month: 12, now: new Date("2026-12-01T01:00:00Z") });
      console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s — ${JSON.stringify(result)}`);
    };
    await run("Penugasan pertama");
    await run("Penugasan kedua (tanpa perubahan)");
    await db.$executeRaw`UPDATE "employee" SET "supervisorId" = 1 WHERE "id" % 100 = 7 AND "id" > 1`;
    await run("Penugasan ketiga (1% pindah atasan)");
    await db.$disconnect();
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
