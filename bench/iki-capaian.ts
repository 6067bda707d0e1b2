/**
 * Benchmark of verifiedCapaianOfMonths, the Capaian IKI input of the allowance run (DESIGN.md §8.1,
 * §13: 60,000 employees). Generates BENCH_EMPLOYEES employees (default 60,000) in a fresh database,
 * each with an SKP in force of two RHK and five IKI with a target every month, and a realisation for
 * four of them in March (three verified, one submitted); a tenth of the SKPs are a revision whose
 * realisations sit on the earlier version's IKI. Then times the batch over everyone for March.
 *
 * Run: npm run bench:capaian   (DATABASE_URL: a local PostgreSQL server)
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createTestDb } from "../scripts/lib/test-db";

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 60_000);

async function main(): Promise<void> {
  const database = await createTestDb();
  try {
    console.log(`Basis data: ${database.kind}`);
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: database.url }, stdio: "pipe" });
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../lib/server/db");
    const { verifiedCapaianOfMonths } = await import("../lib/server/iki/verified-capaian");

    const setup = performance.now();
    const opd = await db.opd.create({ data: { code: "9.99", name: "Dinas Uji", shortName: "Uji", kind: "DINAS" } });
    const unit = await db.unit.create({ data: { opdId: opd.id, name: "Bidang Uji" } });
    const position = await db.position.create({ data: { opdId: opd.id, name: "Pranata Komputer", kelasJabatan: 9, kind: "FUNGSIONAL" } });
    const n = EMPLOYEES;
    await db.$executeRawUnsafe(`
      INSERT INTO employee (nip, name, golongan, status, "birthDate", gender, "opdId", "unitId", "positionId", "positionStartDate", "startDate", "updatedAt")
      SELECT lpad(g::text, 18, '0'), 'Pegawai ' || g, 'III/a', 'PNS', DATE '1990-01-01', 'LAKI_LAKI', ${opd.id}, ${unit.id}, ${position.id}, DATE '2020-01-01', DATE '2020-01-01', now()
      FROM generate_series(1, ${n}) g`);
    await db.$executeRawUnsafe(`INSERT INTO skp ("employeeId", year, "updatedAt") SELECT id, 2026, now() FROM employee`);
    // Version 1 for everyone; version 2 (a revision) for every tenth employee.
    await db.$executeRawUnsafe(`INSERT INTO skp_version ("skpId", number, status, "updatedAt") SELECT id, 1, 'DISETUJUI', now() FROM skp`);
    await db.$executeRawUnsafe(`INSERT INTO skp_version ("skpId", number, status, "updatedAt") SELECT id, 2, 'DISETUJUI', now() FROM skp WHERE id % 10 = 0`);
    await db.$executeRawUnsafe(`UPDATE skp s SET "inForceVersionId" = (SELECT v.id FROM skp_version v WHERE v."skpId" = s.id ORDER BY v.number DESC LIMIT 1)`);
    await db.$executeRawUnsafe(`
      INSERT INTO rhk ("skpVersionId", kind, position, description, "updatedAt")
      SELECT v.id, 'UTAMA', p, 'RHK ' || p, now() FROM skp_version v CROSS JOIN generate_series(0, 1) p`);
    await db.$executeRawUnsafe(`
      INSERT INTO iki ("rhkId", position, description, aspect, unit, polarity, "updatedAt")
      SELECT r.id, p, 'IKI ' || p, 'KUANTITAS', 'dokumen', CASE WHEN p = 2 THEN 'MAKIN_RENDAH'::"Polarity" ELSE 'MAKIN_TINGGI'::"Polarity" END, now()
      FROM rhk r CROSS JOIN generate_series(0, 2) p WHERE r.position = 0 OR p < 2`);
    // The revision's IKI are copies of version 1's.
    await db.$executeRawUnsafe(`
      UPDATE iki c SET "copiedFromId" = o.id
      FROM rhk rc JOIN skp_version vc ON vc.id = rc."skpVersionId" AND vc.number = 2
      JOIN skp_version vo ON vo."skpId" = vc."skpId" AND vo.number = 1
      JOIN rhk ro ON ro."skpVersionId" = vo.id AND ro.position = rc.position
      JOIN iki o ON o."rhkId" = ro.id
      WHERE c."rhkId" = rc.id AND o.position = c.position`);
    await db.$executeRawUnsafe(`INSERT INTO iki_target ("ikiId", month, target) SELECT i.id, m, 4 FROM iki i CROSS JOIN generate_series(1, 12) m`);
    // Realisations on version 1's IKI (so the revised tenth finds them through copiedFromId).
    await db.$executeRawUnsafe(`
      INSERT INTO iki_realisation ("ikiId", "employeeId", year, month, value, status, "updatedAt")
      SELECT i.id, s."employeeId", 2026, 3, 3 + (i.position % 3), CASE WHEN r.position = 1 THEN 'DIAJUKAN'::"RealisationStatus" ELSE 'TERVERIFIKASI'::"RealisationStatus" END, now()
      FROM iki i JOIN rhk r ON r.id = i."rhkId" JOIN skp_version v ON v.id = r."skpVersionId" AND v.number = 1 JOIN skp s ON s.id = v."skpId"
      WHERE NOT (r.position = 1 AND i.position = 1)`);
    await db.$executeRawUnsafe(`ANALYZE`);
    console.log(`Data: ${n.toLocaleString("id-ID")} pegawai, ${(await db.iki.count()).toLocaleString("id-ID")} IKI, ${(await db.ikiRealisation.count()).toLocaleString("id-ID")} realisasi (${((performance.now() - setup) / 1000).toFixed(1)} s)`);

    const ids = (await db.employee.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((e) => e.id);
    const start = performance.now();
    const result = await verifiedCapaianOfMonths(db, { employeeIds: ids, year: 2026, month: 3 });
    const seconds = (performance.now() - start) / 1000;
    const sample = result.get(ids[9]!)!; // a revised SKP
    console.log(`verifiedCapaianOfMonths, ${ids.length.toLocaleString("id-ID")} pegawai, Maret 2026: ${seconds.toFixed(2)} s`);
    console.log(`Contoh (SKP revisi): ${sample.targetCount} target, terverifikasi ${sample.targets.filter((t) => t.status === "TERVERIFIKASI").length}, rerata ${sample.mean ? `${sample.mean.num}/${sample.mean.den}` : "—"}`);
    await db.$disconnect();
    process.exitCode = result.size === ids.length && sample.targetCount === 5 ? 0 : 1;
  } finally {
    if (process.env.BENCH_KEEP === "1") console.log(`Basis data disimpan: ${database.url}`);
    else await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
