/**
 * Benchmark of the SIAp employee import (issue 3: 10,000 rows in under 30 s on the 2-core
 * reference machine). Generates 10,000 employees of 20 agencies, imports them into a fresh
 * database (migrated, only the agencies seeded), then imports the same file again (idempotent:
 * nothing created or changed) and prints both times.
 *
 * Run: npm run bench:import   (DATABASE_URL: a local PostgreSQL server; without it an embedded
 * PGlite is used, which is much slower than a real server)
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { readOpdList } from "../scripts/lib/opd-list";
import { generateSiapRows, toSiapCsv } from "../scripts/lib/siap-sample";
import { createTestDb } from "../scripts/lib/test-db";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const AGENCIES = 20;

async function main(): Promise<void> {
  const database = await createTestDb();
  try {
    console.log(`Basis data: ${database.kind}`);
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: "pipe",
    });
    // The data layer reads DATABASE_URL on first use, so set it before touching it.
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../lib/server/db");
    const { importEmployees } = await import("../lib/server/imports/employees");
    const { CLI_SYSTEM_ACTOR } = await import("../lib/server/imports/import-actor");

    const opds = readOpdList();
    await db.opd.createMany({ data: opds.map(({ code, name, shortName, kind }) => ({ code, name, shortName, kind })) });
    const agencies = opds.filter((o) => o.kind === "DINAS" || o.kind === "BADAN").slice(0, AGENCIES);
    const rows = generateSiapRows({ agencies, perAgency: Math.ceil(ROWS / agencies.length), seed: 10_000 }).slice(0, ROWS);
    const content = new TextEncoder().encode(toSiapCsv(rows));
    // Every employee renamed: the worst case for updates (one changed field each, all audited).
    const renamed = new TextEncoder().encode(toSiapCsv(rows.map((r) => ({ ...r, nama: `${r.nama} Saputra` }))));
    console.log(`Berkas: ${ROWS.toLocaleString("id-ID")} baris, ${agencies.length} perangkat daerah, ${(content.byteLength / 1024 / 1024).toFixed(2)} MB`);

    const run = async (label: string, file = content) => {
      const start = performance.now();
      const result = await importEmployees({ actor: CLI_SYSTEM_ACTOR, fileName: "bench.csv", content: file, source: "cli" });
      const seconds = (performance.now() - start) / 1000;
      console.log(
        `${label}: ${seconds.toFixed(2)} s — dibuat ${result.created}, diubah ${result.updated}, tidak berubah ${result.unchanged}, kesalahan ${result.errors.length}`,
      );
      if (result.errors.length > 0) console.log(result.errors.slice(0, 5));
      return { seconds, result };
    };
    const first = await run("Impor pertama");
    const second = await run("Impor kedua (berkas sama)");
    const third = await run("Impor ketiga (semua nama berubah)", renamed);
    const counts = {
      employees: await db.employee.count(),
      users: await db.user.count({ where: { status: "INACTIVE" } }),
      audit: await db.auditLog.count(),
    };
    console.log(`Pegawai ${counts.employees}, akun belum aktif ${counts.users}, entri audit ${counts.audit}`);
    await db.$disconnect();
    const ok =
      first.result.created === ROWS && second.result.created === 0 && second.result.updated === 0 &&
      third.result.updated === ROWS && Math.max(first.seconds, third.seconds) < 30;
    console.log(ok ? "Memenuhi target (< 30 s, impor kedua tanpa perubahan)." : "TIDAK memenuhi target.");
    process.exitCode = ok ? 0 : 1;
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
