/**
 * Benchmark of the K-MOB attendance import (issue 7: a month of a large agency, 3,000 employees ×
 * 22 working days = 66,000 rows). Creates 3,000 employees of one agency in a fresh database, then
 * imports the month, the same file again (nothing created or changed) and a version where every
 * check-in is a minute later (every day updated and audited), and prints the times.
 *
 * Run: npx tsx --conditions=react-server bench/import-attendance.ts   (DATABASE_URL: a local PostgreSQL)
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { formatMinuteOfDay } from "../lib/domain/imports/attendance-row";
import { createTestDb } from "../scripts/lib/test-db";

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 3000);

async function main(): Promise<void> {
  const database = await createTestDb();
  try {
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: database.url }, stdio: "pipe" });
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../lib/server/db");
    const { importAttendance } = await import("../lib/server/imports/attendance");
    const { CLI_SYSTEM_ACTOR } = await import("../lib/server/imports/import-actor");
    const { testNip, opdDefaults, unitDefaults, positionDefaults, employeeDefaults } = await import("../prisma/factories");

    const opd = await db.opd.create({ data: opdDefaults({ code: "2.14", name: "Dinas Uji", shortName: "Uji" }) });
    const unit = await db.unit.create({ data: unitDefaults({ opdId: opd.id }) });
    const position = await db.position.create({ data: positionDefaults({ opdId: opd.id }) });
    const people = Array.from({ length: EMPLOYEES }, (_, i) => employeeDefaults({ opdId: opd.id, unitId: unit.id, positionId: position.id, seq: i + 1 }));
    for (let i = 0; i < people.length; i += 1000) await db.employee.createMany({ data: people.slice(i, i + 1000) });
    const nips = people.map((p) => p.nip);

    const days: string[] = [];
    for (let d = 1; d <= 30; d++) {
      const date = new Date(Date.UTC(2026, 10, d));
      if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) days.push(date.toISOString().slice(0, 10));
    }
    const csv = (shift: number) =>
      new TextEncoder().encode(
        ["nip,tanggal,jam_masuk,jam_pulang,status", ...nips.flatMap((nip, i) => days.map((day, d) => `${nip},${day},${formatMinuteOfDay(420 + ((i + d) % 40) + shift)},16:${String(5 + (d % 50)).padStart(2, "0")},HADIR`))].join("\n") + "\n",
      );
    const first = csv(0);
    console.log(`Berkas: ${(nips.length * days.length).toLocaleString("id-ID")} baris, ${(first.byteLength / 1024 / 1024).toFixed(2)} MB`);
    const now = new Date("2026-12-04T03:00:00Z");
    const run = async (label: string, content: Uint8Array) => {
      const start = performance.now();
      const r = await importAttendance({ actor: CLI_SYSTEM_ACTOR, fileName: "bench.csv", content, now, source: "cli" });
      console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s — dibuat ${r.created}, diubah ${r.updated}, tidak berubah ${r.unchanged}, kesalahan ${r.errors.length}`);
      if (r.errors.length > 0) console.log(r.errors.slice(0, 5));
    };
    await run("Impor pertama", first);
    await run("Impor kedua (berkas sama)", first);
    await run("Impor ketiga (semua jam masuk berubah)", csv(1));
    await db.$disconnect();
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
