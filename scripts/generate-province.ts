/**
 * Fills a database with a province (issue 9, DESIGN.md §13): AGENCIES agencies (default 45) and
 * EMPLOYEES employees (default 60,000) in hierarchies head → 4 kabid → 3 kasi each → staff, one
 * ACTIVE account each (password GENERATED_PASSWORD), an approved SKP of the year (one RHK with two
 * IKI and twelve monthly targets each), one month of activities (3 per working day, ~90 % DISETUJUI),
 * verified IKI realisations, rater assignments (atasan + two peers) with ratings, and attendance.
 * Deterministic: every value is a function of the row numbers and SEED. Bulk SQL only
 * (INSERT … SELECT generate_series), so it takes minutes, not hours.
 *
 * Run: npm run generate:province [-- --fresh]   (env: DATABASE_URL; SEED, EMPLOYEES, AGENCIES,
 * YEAR, MONTH). With --fresh, or without DATABASE_URL, a new database is created on the server of
 * DATABASE_URL (or an embedded one), migrated, filled and kept; its URL is printed. Without --fresh
 * the database of DATABASE_URL must be migrated and hold no employees.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import bcrypt from "bcrypt";
import pg from "pg";
import { createTestDb } from "./lib/test-db";

export const GENERATED_PASSWORD = "Provinsi#2026";

export type ProvinceOptions = { seed: number; employees: number; agencies: number; year: number; month: number };

export function provinceOptions(env: NodeJS.ProcessEnv = process.env): ProvinceOptions {
  return {
    seed: Number(env.SEED ?? 1),
    employees: Number(env.EMPLOYEES ?? 60_000),
    agencies: Number(env.AGENCIES ?? 45),
    year: Number(env.YEAR ?? 2026),
    month: Number(env.MONTH ?? 11),
  };
}

/** A deterministic pseudo-random integer in [0, m) from SQL expressions (no random()). */
const h = (expr: string, seed: number, m: number) => `(abs(hashint8((${expr})::bigint * 7919 + ${seed})) % ${m})`;

export async function generateProvince(url: string, options: ProvinceOptions, log: (line: string) => void = console.log): Promise<void> {
  const { seed, employees, agencies, year, month } = options;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(sql, params);
    log(`  ${label.padEnd(34)} ${String(result.rowCount ?? "").padStart(9)} baris  ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM employee`);
    if (Number(rows[0]!.n) > 0) throw new Error("The database already holds employees; use an empty one (or --fresh).");
    const passwordHash = await bcrypt.hash(GENERATED_PASSWORD, 12);
    const monthStart = `${year}-${String(month).padStart(2, "0")}-01`;
    await client.query("SET synchronous_commit = off");
    await client.query("BEGIN");

    await step("opd", `INSERT INTO opd (code, name, "shortName", kind, "updatedAt")
      SELECT 'P.' || lpad(a::text, 2, '0'), 'Dinas Provinsi ' || a, 'DP' || a, 'DINAS', now() FROM generate_series(1, $1) a`, [agencies]);
    // Per agency: one root unit (Sekretariat), 4 bidang under it, 3 seksi under each bidang.
    await step("unit", `INSERT INTO unit ("opdId", "parentId", name, code, "updatedAt")
      SELECT o.id, NULL, 'Pimpinan', 'U0', now() FROM opd o`);
    await step("unit bidang", `INSERT INTO unit ("opdId", "parentId", name, code, "updatedAt")
      SELECT o.id, r.id, 'Bidang ' || b, 'B' || b, now() FROM opd o JOIN unit r ON r."opdId" = o.id AND r.code = 'U0', generate_series(1, 4) b`);
    await step("unit seksi", `INSERT INTO unit ("opdId", "parentId", name, code, "updatedAt")
      SELECT u."opdId", u.id, 'Seksi ' || substr(u.code, 2) || '.' || s, 'S' || substr(u.code, 2) || '.' || s, now()
      FROM unit u, generate_series(1, 3) s WHERE u.code LIKE 'B%'`);
    await step("position", `INSERT INTO position ("opdId", name, "kelasJabatan", kind, "updatedAt")
      SELECT o.id, p.name, p.kelas, p.kind::"PositionKind", now() FROM opd o,
        (VALUES ('Kepala Dinas', 15, 'STRUKTURAL'), ('Kepala Bidang', 12, 'STRUKTURAL'), ('Kepala Seksi', 9, 'STRUKTURAL'),
                ('Analis Kebijakan', 8, 'FUNGSIONAL'), ('Pengadministrasi Umum', 6, 'PELAKSANA')) p(name, kelas, kind)`);

    // The roster: g = 1..employees, agency a = g mod agencies, rank r within the agency.
    // r = 1 head, 2..5 kabid (bidang 1..4), 6..17 kasi (seksi 1..12), the rest staff spread over the 12 seksi.
    await step("roster (temp)", `CREATE TEMP TABLE roster AS
      SELECT g, a, r,
        CASE WHEN r = 1 THEN 'HEAD' WHEN r <= 5 THEN 'KABID' WHEN r <= 17 THEN 'KASI' ELSE 'STAFF' END AS level,
        CASE WHEN r = 1 THEN NULL WHEN r <= 5 THEN r - 1 WHEN r <= 17 THEN (r - 6) / 3 + 1 ELSE ((r - 18) % 12) / 3 + 1 END AS bidang,
        CASE WHEN r <= 5 THEN NULL WHEN r <= 17 THEN r - 5 ELSE (r - 18) % 12 + 1 END AS seksi
      FROM (SELECT g, (g - 1) % $1 + 1 AS a, (g - 1) / $1 + 1 AS r FROM generate_series(1, $2) g) x`, [agencies, employees]);
    // NIP: birth date, appointment 24 years later, sex, serial; (birth index, serial) is unique per g.
    await step("employee", `INSERT INTO employee (nip, name, golongan, status, "birthDate", gender, "opdId", "unitId", "positionId",
        "positionStartDate", "startDate", email, "updatedAt")
      SELECT to_char(bd, 'YYYYMMDD') || to_char(bd + interval '24 years', 'YYYYMM') || sex || lpad(((g - 1) % 999 + 1)::text, 3, '0'),
        'Pegawai ' || g, (ARRAY['II/c','III/a','III/b','III/c','III/d','IV/a'])[${h("g", seed, 6)} + 1],
        (ARRAY['PNS','PNS','PNS','PPPK','CPNS'])[${h("g", seed + 1, 5)} + 1]::"EmployeeStatus",
        bd, CASE sex WHEN '1' THEN 'LAKI_LAKI' ELSE 'PEREMPUAN' END::"Gender", o.id, u.id, p.id,
        DATE '2024-01-01', (bd + interval '24 years')::date, 'pegawai' || g || '@provinsi.jabarprov.go.id', now()
      FROM (SELECT roster.*, (DATE '1966-01-01' + ((g - 1) / 999) * 97 + ${h("g", seed + 2, 60)})::date AS bd,
                   (1 + ${h("g", seed + 3, 2)})::text AS sex FROM roster) x
      JOIN opd o ON o.code = 'P.' || lpad(x.a::text, 2, '0')
      JOIN unit u ON u."opdId" = o.id AND u.code = CASE x.level WHEN 'HEAD' THEN 'U0' WHEN 'KABID' THEN 'B' || x.bidang ELSE 'S' || x.bidang || '.' || ((x.seksi - 1) % 3 + 1) END
      JOIN position p ON p."opdId" = o.id AND p.name = CASE x.level WHEN 'HEAD' THEN 'Kepala Dinas' WHEN 'KABID' THEN 'Kepala Bidang' WHEN 'KASI' THEN 'Kepala Seksi'
        ELSE CASE WHEN ${h("g", seed + 4, 3)} = 0 THEN 'Analis Kebijakan' ELSE 'Pengadministrasi Umum' END END
      ORDER BY g`);
    await step("roster ↔ employee (temp)", `CREATE TEMP TABLE member AS
      SELECT r.*, e.id AS employee_id FROM roster r JOIN employee e ON e.email = 'pegawai' || r.g || '@provinsi.jabarprov.go.id'`);
    await client.query(`CREATE INDEX ON member (a, level, bidang, seksi)`);
    await client.query(`CREATE INDEX ON member (employee_id)`);
    await step("employee.supervisorId", `UPDATE employee e SET "supervisorId" = boss.employee_id
      FROM member m JOIN member boss ON boss.a = m.a AND (
        (m.level = 'KABID' AND boss.level = 'HEAD') OR
        (m.level = 'KASI' AND boss.level = 'KABID' AND boss.bidang = m.bidang) OR
        (m.level = 'STAFF' AND boss.level = 'KASI' AND boss.seksi = m.seksi))
      WHERE e.id = m.employee_id`);
    await step("user_account", `INSERT INTO user_account ("employeeId", role, status, "passwordHash", "mustChangePassword", "activatedAt", "updatedAt")
      SELECT id, 'PEGAWAI', 'ACTIVE', $1, false, now(), now() FROM employee`, [passwordHash]);

    // SKP of the year: one approved version in force, approved by the supervisor.
    await step("skp", `INSERT INTO skp ("employeeId", year, "updatedAt") SELECT id, $1, now() FROM employee`, [year]);
    await step("skp_version", `INSERT INTO skp_version ("skpId", number, status, "approverEmployeeId", "submittedAt", "approvedAt", "updatedAt")
      SELECT s.id, 1, 'DISETUJUI', e."supervisorId", make_date($1, 1, 10), make_date($1, 1, 15), now() FROM skp s JOIN employee e ON e.id = s."employeeId"`, [year]);
    await step("skp.inForceVersionId", `UPDATE skp s SET "inForceVersionId" = v.id FROM skp_version v WHERE v."skpId" = s.id`);
    await step("rhk", `INSERT INTO rhk ("skpVersionId", kind, position, description, "updatedAt")
      SELECT v.id, 'UTAMA', 1, 'Terlaksananya layanan administrasi dan teknis bidang tugas ' || s."employeeId", now()
      FROM skp_version v JOIN skp s ON s.id = v."skpId"`);
    await step("iki", `INSERT INTO iki ("rhkId", position, description, aspect, unit, "updatedAt")
      SELECT r.id, k.pos, k.description, k.aspect::"IkiAspect", k.unit, now() FROM rhk r,
        (VALUES (1, 'Jumlah dokumen yang diselesaikan', 'KUANTITAS', 'dokumen'), (2, 'Persentase dokumen tanpa revisi', 'KUALITAS', 'persen')) k(pos, description, aspect, unit)`);
    await step("iki_target", `INSERT INTO iki_target ("ikiId", month, target)
      SELECT i.id, m, CASE i.aspect WHEN 'KUANTITAS' THEN 10 + ${h("i.id", seed + 5, 11)} ELSE 90 END FROM iki i, generate_series(1, 12) m`);

    // Activities: 3 per working day (Mon–Fri) of the month, 08:00–10:00, 10:00–12:00, 13:00–15:30.
    await step("activity", `INSERT INTO activity ("employeeId", date, "startMinute", "endMinute", "rhkId", description, "outputQuantity", "outputUnit",
        status, "rejectReason", "reviewedByEmployeeId", "reviewedAt", "submittedAt", "updatedAt")
      SELECT e.id, d::date, slot.s, slot.e, CASE WHEN slot.n = 3 AND ${h("e.id * 31 + extract(day from d)::int", seed + 6, 4)} = 0 THEN NULL ELSE r.id END,
        'Menyusun dan memeriksa dokumen kegiatan ke-' || slot.n || ' tanggal ' || to_char(d, 'DD/MM'), 1 + slot.n, 'dokumen',
        st.status::"ActivityStatus", CASE st.status WHEN 'DITOLAK' THEN 'Uraian kurang rinci.' END,
        CASE WHEN st.status IN ('DISETUJUI', 'DITOLAK') THEN e."supervisorId" END,
        CASE WHEN st.status IN ('DISETUJUI', 'DITOLAK') THEN d + interval '1 day 2 hours' END, d + interval '9 hours', now()
      FROM employee e
      JOIN skp s ON s."employeeId" = e.id AND s.year = $1
      JOIN rhk r ON r."skpVersionId" = s."inForceVersionId"
      CROSS JOIN generate_series($2::date, ($2::date + interval '1 month' - interval '1 day'), interval '1 day') d
      CROSS JOIN (VALUES (1, 480, 600), (2, 600, 720), (3, 780, 930)) slot(n, s, e)
      CROSS JOIN LATERAL (SELECT CASE
          WHEN e."supervisorId" IS NULL THEN 'DIAJUKAN'
          WHEN ${h("e.id * 97 + extract(day from d)::int * 3 + slot.n", seed + 7, 100)} < 90 THEN 'DISETUJUI'
          WHEN ${h("e.id * 97 + extract(day from d)::int * 3 + slot.n", seed + 7, 100)} < 97 THEN 'DIAJUKAN'
          ELSE 'DITOLAK' END AS status) st
      WHERE extract(isodow from d) < 6
      ORDER BY d, e.id, slot.n`, [year, monthStart]);

    await step("iki_realisation", `INSERT INTO iki_realisation ("ikiId", "employeeId", year, month, value, status, "reviewerEmployeeId", "submittedAt", "verifiedAt", "updatedAt")
      SELECT i.id, s."employeeId", $1, $2, round(t.target * (80 + ${h("i.id", seed + 8, 31)}) / 100.0, 2),
        CASE WHEN e."supervisorId" IS NULL THEN 'DIAJUKAN' ELSE 'TERVERIFIKASI' END::"RealisationStatus", e."supervisorId",
        ($3::date + interval '1 month'), CASE WHEN e."supervisorId" IS NOT NULL THEN $3::date + interval '1 month 1 day' END, now()
      FROM iki i JOIN rhk r ON r.id = i."rhkId" JOIN skp s ON s."inForceVersionId" = r."skpVersionId" JOIN employee e ON e.id = s."employeeId"
      JOIN iki_target t ON t."ikiId" = i.id AND t.month = $2`, [year, month, monthStart]);

    // Raters: the supervisor (ATASAN) and the two next colleagues under the same supervisor (REKAN).
    await step("rater_assignment atasan", `INSERT INTO rater_assignment (year, month, "raterEmployeeId", "rateeEmployeeId", role)
      SELECT $1, $2, e."supervisorId", e.id, 'ATASAN' FROM employee e WHERE e."supervisorId" IS NOT NULL`, [year, month]);
    await step("rater_assignment rekan", `INSERT INTO rater_assignment (year, month, "raterEmployeeId", "rateeEmployeeId", role)
      SELECT $1, $2, peer, id, 'REKAN' FROM (
        SELECT id, lead(id, 1) OVER w AS p1, lag(id, 1) OVER w AS p2 FROM employee WHERE "supervisorId" IS NOT NULL
        WINDOW w AS (PARTITION BY "supervisorId" ORDER BY id)) x, LATERAL unnest(ARRAY[p1, p2]) peer WHERE peer IS NOT NULL`, [year, month]);
    await step("behaviour_rating", `INSERT INTO behaviour_rating ("assignmentId", "berorientasiPelayanan", akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif, "submittedAt", "updatedAt")
      SELECT id, 3 + ${h("id", seed + 9, 3)}, 3 + ${h("id", seed + 10, 3)}, 3 + ${h("id", seed + 11, 3)}, 3 + ${h("id", seed + 12, 3)},
        3 + ${h("id", seed + 13, 3)}, 3 + ${h("id", seed + 14, 3)}, 3 + ${h("id", seed + 15, 3)}, now(), now()
      FROM rater_assignment WHERE year = $1 AND month = $2 AND ${h("id", seed + 16, 100)} < 95`, [year, month]);

    await step("attendance_day", `INSERT INTO attendance_day ("employeeId", date, "checkInMinute", "checkOutMinute", status, "updatedAt")
      SELECT e.id, d::date, CASE WHEN st = 'HADIR' THEN 440 + ${h("e.id * 40 + extract(day from d)::int", seed + 17, 40)} END,
        CASE WHEN st = 'HADIR' THEN 960 + ${h("e.id * 41 + extract(day from d)::int", seed + 18, 60)} END, st::"AttendanceStatus", now()
      FROM employee e
      CROSS JOIN generate_series($1::date, ($1::date + interval '1 month' - interval '1 day'), interval '1 day') d
      CROSS JOIN LATERAL (SELECT CASE WHEN x < 94 THEN 'HADIR' WHEN x < 97 THEN 'CUTI' WHEN x < 99 THEN 'SAKIT' ELSE 'DINAS_LUAR' END AS st
        FROM (SELECT ${h("e.id * 53 + extract(day from d)::int", seed + 19, 100)} AS x) y) s
      WHERE extract(isodow from d) < 6`, [monthStart]);

    await client.query("COMMIT");
    const started = performance.now();
    await client.query("ANALYZE");
    log(`  ${"ANALYZE".padEnd(34)} ${"".padStart(9)}       ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const options = provinceOptions();
  const fresh = process.argv.includes("--fresh") || !process.env.DATABASE_URL;
  let url = process.env.DATABASE_URL!;
  if (fresh) {
    const database = await createTestDb();
    url = database.url;
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  }
  console.log(`Membuat provinsi: ${options.employees} pegawai, ${options.agencies} OPD, ${options.month}/${options.year}, seed ${options.seed}`);
  const started = performance.now();
  await generateProvince(url, options);
  console.log(`Selesai dalam ${((performance.now() - started) / 1000).toFixed(1)} s. DATABASE_URL=${url}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/generate-province.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
