/**
 * Benchmark of the agency recap (issue 8, DESIGN.md §11 and §13): one agency of 3,000 employees
 * (a head, 30 supervisors, 2,969 staff) with a month of approved activities (one a working day),
 * an SKP in force with two IKI targets and realisations, and 360° ratings (supervisor and a peer),
 * all inserted with set-based SQL into a fresh database. Then times the recap query (buildRecap,
 * what the page runs) and the xlsx export (query + workbook) over RUNS runs and prints p50/p95.
 *
 * Run: npm run bench:recap   (DATABASE_URL: a local PostgreSQL server; without it an embedded
 * PGlite is used, which is much slower). BENCH_EMPLOYEES and BENCH_RUNS change the size.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createTestDb } from "../scripts/lib/test-db";

const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 3000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SUPERVISORS = 30;
const YEAR = 2026;
const MONTH = 3;
const NOW = new Date("2026-04-10T03:00:00Z"); // after the lock of March

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function main(): Promise<void> {
  const database = await createTestDb();
  try {
    console.log(`Basis data: ${database.kind}`);
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: database.url }, stdio: "pipe" });
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../lib/server/db");
    const { defaultRemunerationPolicy } = await import("../lib/domain/remuneration/policy");
    const { buildRecap } = await import("../lib/server/reports/recap");
    const { recapXlsx, recapCsv } = await import("../lib/server/reports/recap-export");

    const fill = performance.now();
    const opd = await db.opd.create({ data: { code: "9.99", name: "Dinas Uji Beban", shortName: "Uji Beban", kind: "DINAS" } });
    await db.$executeRawUnsafe(`INSERT INTO unit ("opdId", name, "updatedAt") SELECT $1, 'Bidang ' || g, now() FROM generate_series(1, 10) g`, opd.id);
    const position = await db.position.create({ data: { opdId: opd.id, name: "Pranata Komputer Ahli Pertama", kelasJabatan: 8, kind: "FUNGSIONAL" } });
    const bases = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [String(i + 1), 5_000_000]));
    await db.remunerationPolicy.create({ data: { year: YEAR, version: 1, config: defaultRemunerationPolicy(bases) } });
    const sql = (text: string, ...values: unknown[]) => db.$executeRawUnsafe(text, ...values);

    await sql(
      `INSERT INTO employee (nip, name, golongan, status, "birthDate", gender, "opdId", "unitId", "positionId", "positionStartDate", "startDate", "updatedAt")
       SELECT '19900101201501' || lpad(g::text, 4, '0'), 'Pegawai Beban ' || lpad(g::text, 4, '0'), 'III/b', 'PNS', DATE '1990-01-01', 'LAKI_LAKI',
              $1, (SELECT min(id) FROM unit WHERE "opdId" = $1) + (g % 10), $2, DATE '2015-01-01', DATE '2015-01-01', now()
       FROM generate_series(1, $3::int) g`,
      opd.id, position.id, EMPLOYEES,
    );
    // Ids are consecutive in a fresh database: the first is the head, the next 30 supervise the rest.
    await sql(
      `WITH f AS (SELECT min(id) AS first FROM employee WHERE "opdId" = $1)
       UPDATE employee e SET "supervisorId" = CASE WHEN e.id = f.first THEN NULL WHEN e.id <= f.first + $2 THEN f.first ELSE f.first + 1 + ((e.id - f.first - $2 - 1) % $2) END
       FROM f WHERE e."opdId" = $1`,
      opd.id, SUPERVISORS,
    );
    // One approved activity of 5–8 hours on every weekday of the month, reviewed the next day.
    const activities = await sql(
      `INSERT INTO activity ("employeeId", date, "startMinute", "endMinute", description, "outputQuantity", "outputUnit", status, "submittedAt", "reviewedAt", "updatedAt")
       SELECT e.id, d::date, 450, 450 + 300 + ((e.id * 37 + extract(day FROM d)::int * 11) % 180), 'Menyusun bahan layanan', 1, 'dokumen', 'DISETUJUI', d, d + interval '1 day', now()
       FROM employee e CROSS JOIN generate_series(make_date($2, $3, 1), (make_date($2, $3, 1) + interval '1 month - 1 day'), interval '1 day') d
       WHERE e."opdId" = $1 AND extract(isodow FROM d) < 6`,
      opd.id, YEAR, MONTH,
    );
    // SKP in force: one RHK with two IKI, each with a target this month and a realisation (most verified).
    await sql(`INSERT INTO skp ("employeeId", year, "updatedAt") SELECT id, $2, now() FROM employee WHERE "opdId" = $1`, opd.id, YEAR);
    await sql(`INSERT INTO skp_version ("skpId", number, status, "approvedAt", "updatedAt") SELECT id, 1, 'DISETUJUI', now(), now() FROM skp WHERE year = $1`, YEAR);
    await sql(`UPDATE skp s SET "inForceVersionId" = v.id FROM skp_version v WHERE v."skpId" = s.id`);
    await sql(`INSERT INTO rhk ("skpVersionId", kind, position, description, "updatedAt") SELECT id, 'UTAMA', 0, 'Tersedianya layanan daring', now() FROM skp_version`);
    await sql(
      `INSERT INTO iki ("rhkId", position, description, aspect, unit, "updatedAt")
       SELECT r.id, p, CASE p WHEN 0 THEN 'Jumlah dokumen' ELSE 'Persentase penyelesaian' END, CASE p WHEN 0 THEN 'KUANTITAS'::"IkiAspect" ELSE 'KUALITAS'::"IkiAspect" END, CASE p WHEN 0 THEN 'dokumen' ELSE 'persen' END, now()
       FROM rhk r CROSS JOIN generate_series(0, 1) p`,
    );
    await sql(`INSERT INTO iki_target ("ikiId", month, target) SELECT id, $1::int, CASE position WHEN 0 THEN 20 ELSE 100 END FROM iki`, MONTH);
    const realisations = await sql(
      `INSERT INTO iki_realisation ("ikiId", "employeeId", year, month, value, status, "verifiedAt", "updatedAt")
       SELECT i.id, s."employeeId", $1::int, $2::int, CASE i.position WHEN 0 THEN 10 + (s."employeeId" % 12) ELSE 70 + (s."employeeId" % 31) END,
              CASE WHEN s."employeeId" % 10 = 0 THEN 'DIAJUKAN'::"RealisationStatus" ELSE 'TERVERIFIKASI'::"RealisationStatus" END, now(), now()
       FROM iki i JOIN rhk r ON r.id = i."rhkId" JOIN skp_version v ON v.id = r."skpVersionId" JOIN skp s ON s.id = v."skpId"`,
      YEAR, MONTH,
    );
    // Ratings: the supervisor (ATASAN) and a colleague with the same supervisor (REKAN) rate each employee.
    await sql(
      `INSERT INTO rater_assignment (year, month, "raterEmployeeId", "rateeEmployeeId", role)
       SELECT $2::int, $3::int, e."supervisorId", e.id, 'ATASAN'::"RaterRole" FROM employee e WHERE e."opdId" = $1 AND e."supervisorId" IS NOT NULL
       UNION ALL
       SELECT $2::int, $3::int, p.id, e.id, 'REKAN'::"RaterRole" FROM employee e JOIN employee p ON p.id = e.id - $4::int AND p."supervisorId" = e."supervisorId" WHERE e."opdId" = $1`,
      opd.id, YEAR, MONTH, SUPERVISORS,
    );
    const ratings = await sql(
      `INSERT INTO behaviour_rating ("assignmentId", "berorientasiPelayanan", akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif, "updatedAt")
       SELECT id, 3 + id % 3, 4, 3 + id % 2, 4, 5, 3 + id % 3, 4, now() FROM rater_assignment`,
    );
    await sql("ANALYZE");
    console.log(`Data: ${EMPLOYEES} pegawai, ${activities} aktivitas, ${realisations} realisasi IKI, ${ratings} penilaian perilaku (${ms(performance.now() - fill)})`);

    const actor = { userId: 0, employeeId: 0, nip: "000000000000000000", role: "ADMIN_BKD" as const, opdId: opd.id };
    const query = () => buildRecap(db, { actor, year: YEAR, month: MONTH, scope: { mode: "opd", opdId: opd.id }, now: NOW });
    const first = await query(); // warm-up
    if (first.rows.length !== EMPLOYEES || !first.rows[0]?.nilai) throw new Error(`Rekap tidak lengkap: ${first.rows.length} baris`);
    const times = { recap: [] as number[], scores: [] as number[], xlsx: [] as number[], csv: [] as number[] };
    const { monthScores } = await import("../lib/server/scoring/month-scores");
    const { policyOfYear } = await import("../lib/server/remuneration/policy-store");
    const { policy } = await policyOfYear(db, YEAR);
    const ids = first.rows.map((r) => r.employeeId);
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      const recap = await query();
      times.recap.push(performance.now() - t);
      t = performance.now();
      await monthScores(db, { year: YEAR, month: MONTH, employeeIds: ids, policy, now: NOW });
      times.scores.push(performance.now() - t);
      t = performance.now();
      bytes = (await recapXlsx(await query(), NOW)).byteLength;
      times.xlsx.push(performance.now() - t);
      t = performance.now();
      recapCsv(recap);
      times.csv.push(performance.now() - t);
    }
    console.log(`Rekap (${RUNS}×, ${first.rows.length} baris): p50 ${ms(quantile(times.recap, 0.5))}, p95 ${ms(quantile(times.recap, 0.95))}`);
    console.log(`  of which monthScores alone (one batch of ${ids.length}): p50 ${ms(quantile(times.scores, 0.5))}, p95 ${ms(quantile(times.scores, 0.95))}`);
    console.log(`Unduh xlsx (kueri + berkas ${(bytes / 1024).toFixed(0)} KB): p50 ${ms(quantile(times.xlsx, 0.5))}, p95 ${ms(quantile(times.xlsx, 0.95))}`);
    console.log(`CSV dari rekap yang sama (tanpa kueri): p50 ${ms(quantile(times.csv, 0.5))}, p95 ${ms(quantile(times.csv, 0.95))}`);
    console.log(`Peringkat 1: ${first.rows[0]!.name} (${first.rows[0]!.nilai ? "ada nilai" : "-"}); terakhir: ${first.rows.at(-1)!.name}`);
    await db.$disconnect();
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
