/**
 * Benchmark of the allowance run (issues #7 and 9; DESIGN.md §13: 60,000 employees). Computes the
 * run of all agencies through the service (computeRun, then executeRun: the code the queue worker
 * runs) and prints where the time went (waiting for the inputs snapshot, calculation, COPY of the
 * lines and the time spent waiting for it), the end-to-end time, the Node process's CPU, the
 * machine's load average (2 shared cores: figures are only comparable at a similar load) and the
 * peak resident memory; the last line, `RINGKASAN {json}`, is read by bench/province.ts.
 *
 * Data: without PROVINCE_DATABASE_URL, N employees (default 60,000; --employees) in 45 agencies with
 * a month of attendance (late arrivals, early leaves, TK days, leave) and some sanctions, inserted
 * into a fresh, migrated database with INSERT … SELECT generate_series (no activities, IKI or
 * ratings: the score is 0) and dropped afterwards (--keep keeps it). With PROVINCE_DATABASE_URL, the
 * database of `npm run generate:province` and its month (activities, IKI, ratings and attendance
 * for every employee): a policy for the year is added if there is none, and the policy, the run, its
 * lines and its job are removed afterwards (--keep keeps them; audit rows stay, audit_log is
 * append-only).
 *
 * Issue 9's target: end to end within 2× the SQL floor (f) of bench:province and under 10 s.
 * Measured December 2026 on 2 cores shared with other work (load average 4–11), 60,000 lines:
 * province data 10–16 s end to end (5–8 s waiting for the snapshot, 3–6 s calculation, COPY
 * hidden behind it; (f) 2.4 s), before this change (INSERT … jsonb_to_recordset, inputs queried
 * per 5,000 employees) 36–46 s; generated data 10 s, before 16 s. Peak RSS ~650 MB (was ~550 MB).
 *
 * Run: npm run bench:allowance [-- --employees 20000] [-- --keep]   (DATABASE_URL: a local PostgreSQL server)
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import { provinceOptions } from "../scripts/generate-province";
import { readOpdList } from "../scripts/lib/opd-list";
import type { Db } from "../lib/server/prisma-client";
import { createTestDb } from "../scripts/lib/test-db";

const AGENCIES = 45;

function monthBefore(now: Date, back: number): { year: number; month: number } {
  const wib = new Date(now.getTime() + 7 * 3600_000);
  const index = wib.getUTCFullYear() * 12 + wib.getUTCMonth() - back;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

type Month = { year: number; month: number };

/** Fills a fresh database with `employees` employees and a month of attendance; returns the month to compute. */
async function generate(db: Db, employees: number): Promise<Month> {
  const { defaultRemunerationConfig } = await import("../prisma/factories");
  // A month whose lock has passed (two months back, WIB) so the run may start.
  const { year, month } = monthBefore(new Date(), 2);
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  const t = performance.now();
  const opds = readOpdList();
  const agencies = Array.from({ length: AGENCIES }, (_, i) => opds[i] ?? { code: `9.${i}`, name: `UPTD Uji ${i}`, shortName: `UPTD${i}`, kind: "BADAN" as const });
  await db.opd.createMany({ data: agencies.map(({ code, name, shortName, kind }) => ({ code, name, shortName, kind })) });
  await db.$executeRawUnsafe(`INSERT INTO unit ("opdId", name, "updatedAt") SELECT id, 'Sekretariat', now() FROM opd`);
  await db.$executeRawUnsafe(`INSERT INTO position ("opdId", name, "kelasJabatan", kind, "updatedAt") SELECT o.id, 'Jabatan kelas ' || k, k, 'PELAKSANA', now() FROM opd o CROSS JOIN generate_series(1, 17) k`);
  await db.remunerationPolicy.create({ data: { year, version: 1, config: defaultRemunerationConfig(baseByKelas()) } });
  // Employees spread over the agencies; kelas 1–17, PNS/CPNS/PPPK with fitting golongan; NIP unique.
  await db.$executeRawUnsafe(`
    WITH o AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM opd), c AS (SELECT count(*) AS n FROM opd)
    INSERT INTO employee (nip, name, golongan, status, "birthDate", gender, "opdId", "unitId", "positionId", "positionStartDate", "startDate", "endDate", "updatedAt")
    SELECT to_char(date '1970-01-01' + (i / 900), 'YYYYMMDD') || '200501' || (1 + i % 2)::text || lpad((i % 900)::text, 3, '0'),
           'Pegawai ' || i,
           CASE WHEN i % 10 = 0 THEN 'IX' ELSE (ARRAY['II/a','II/c','III/a','III/b','III/c','III/d','IV/a','IV/b'])[1 + i % 8] END,
           (CASE WHEN i % 10 = 0 THEN 'PPPK' WHEN i % 10 = 1 THEN 'CPNS' ELSE 'PNS' END)::"EmployeeStatus",
           date '1970-01-01' + (i / 900), (CASE WHEN i % 2 = 0 THEN 'LAKI_LAKI' ELSE 'PEREMPUAN' END)::"Gender",
           o.id, u.id, p.id, date '2020-01-01',
           CASE WHEN i % 97 = 0 THEN date '${first}' + 10 ELSE date '2005-01-01' END,
           CASE WHEN i % 89 = 0 THEN date '${first}' + 15 ELSE NULL END,
           now()
    FROM generate_series(0, ${employees - 1}) i
    CROSS JOIN c
    JOIN o ON o.n = i % c.n
    JOIN unit u ON u."opdId" = o.id
    JOIN position p ON p."opdId" = o.id AND p."kelasJabatan" = 1 + (i % 17)`);
  const admin = await db.employee.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } });
  await db.user.create({ data: { employeeId: admin.id, role: "ADMIN_BKD", status: "ACTIVE" } });
  // Attendance on every weekday of the month: mostly on time; late, early, missing check-out, TK and leave mixed in.
  await db.$executeRawUnsafe(`
    INSERT INTO attendance_day ("employeeId", date, status, "checkInMinute", "checkOutMinute", "updatedAt")
    SELECT e.id, d::date,
           (CASE WHEN (e.id + EXTRACT(DAY FROM d)::int) % 53 = 0 THEN 'TK' WHEN (e.id + EXTRACT(DAY FROM d)::int) % 41 = 0 THEN 'CUTI' ELSE 'HADIR' END)::"AttendanceStatus",
           CASE WHEN (e.id + EXTRACT(DAY FROM d)::int) % 53 = 0 OR (e.id + EXTRACT(DAY FROM d)::int) % 41 = 0 THEN NULL ELSE 420 + (e.id * 7 + EXTRACT(DAY FROM d)::int * 13) % 75 END,
           CASE WHEN (e.id + EXTRACT(DAY FROM d)::int) % 53 = 0 OR (e.id + EXTRACT(DAY FROM d)::int) % 41 = 0 OR (e.id + EXTRACT(DAY FROM d)::int) % 67 = 0 THEN NULL ELSE 930 + (e.id * 11 + EXTRACT(DAY FROM d)::int * 5) % 90 END,
           now()
    FROM employee e CROSS JOIN generate_series(date '${first}', (date '${first}' + interval '1 month' - interval '1 day'), interval '1 day') d
    WHERE EXTRACT(ISODOW FROM d) < 6`);
  await db.$executeRawUnsafe(`
    INSERT INTO sanction ("employeeId", kind, "percentBp", "startYear", "startMonth", months, "updatedAt")
    SELECT id, 'Hukuman disiplin sedang', 2500, ${year}, ${month}, 3, now() FROM employee WHERE id % 150 = 0`);
  await db.$executeRawUnsafe("ANALYZE");
  const attendance = await db.attendanceDay.count();
  console.log(`Data dibuat dalam ${((performance.now() - t) / 1000).toFixed(1)} s: ${attendance.toLocaleString("id-ID")} baris kehadiran, bulan ${year}-${String(month).padStart(2, "0")}`);
  return { year, month };
}

function baseByKelas(): Record<string, number> {
  return Object.fromEntries(
    readFileSync("prisma/data/kelas-jabatan-sample.csv", "utf8").trim().split("\n").slice(1).map((l) => l.split(",")).map(([k, v]) => [k!, Number(v)]),
  );
}

/**
 * A province database (scripts/generate-province.ts): its month, a policy for its year if it has
 * none (created here, removed by the returned cleanup with the run, its lines and its job; the
 * run's audit rows stay: audit_log is append-only).
 */
async function useProvince(db: Db): Promise<Month & { cleanup: (runId: number | null) => Promise<void> }> {
  const { defaultRemunerationConfig } = await import("../prisma/factories");
  const { year, month } = provinceOptions();
  const existing = await db.remunerationPolicy.findFirst({ where: { year }, select: { id: true } });
  // The generated province gives PPPK staff PNS-style golongan (III/a …); the policy's PPPK map
  // (configurable) takes them by their roman head, as the tax group of a PNS would.
  const pppk = await db.employee.findMany({ where: { status: "PPPK" }, distinct: ["golongan"], select: { golongan: true } });
  const config = defaultRemunerationConfig(baseByKelas());
  for (const { golongan } of pppk) {
    const key = golongan.trim().toUpperCase();
    const head = key.split("/")[0]!;
    if (!(key in config.pppkGolonganGroup) && ["I", "II", "III", "IV"].includes(head)) config.pppkGolonganGroup[key] = head as "I" | "II" | "III" | "IV";
  }
  const created = existing ? null : await db.remunerationPolicy.create({ data: { year, version: 1, config }, select: { id: true } });
  const employees = await db.employee.count();
  console.log(`Basis data provinsi: ${employees.toLocaleString("id-ID")} pegawai, bulan ${year}-${String(month).padStart(2, "0")}${created ? " (kebijakan TRK dibuat untuk bench)" : ""}`);
  return {
    year,
    month,
    cleanup: async (runId) => {
      if (runId !== null) {
        await db.job.deleteMany({ where: { dedupeKey: { startsWith: `allowance-run:${runId}:` } } });
        await db.allowanceRun.delete({ where: { id: runId } });
      }
      if (created) await db.remunerationPolicy.delete({ where: { id: created.id } });
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { employees: { type: "string", default: "60000" }, keep: { type: "boolean", default: false } } });
  const employees = Number(values.employees);
  if (!Number.isInteger(employees) || employees < 1 || employees > 500_000) throw new Error("--employees harus bilangan bulat 1–500000");
  const provinceUrl = process.env.PROVINCE_DATABASE_URL;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const database = provinceUrl ? null : await createTestDb();
  let cleanup: ((runId: number | null) => Promise<void>) | undefined;
  let runId: number | null = null;
  let connected: Db | undefined;
  try {
    if (database) {
      console.log(`Basis data: ${database.kind}; ${employees.toLocaleString("id-ID")} pegawai, ${AGENCIES} perangkat daerah`);
      execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: database.url }, stdio: "pipe" });
    }
    process.env.DATABASE_URL = provinceUrl ?? database!.url;
    const { db } = await import("../lib/server/db");
    connected = db;
    const { computeRun } = await import("../lib/server/remuneration/compute-run");
    const { executeRun } = await import("../lib/server/remuneration/execute-run");
    let month: Month;
    if (provinceUrl) {
      const province = await useProvince(db);
      month = province;
      cleanup = province.cleanup;
    } else {
      month = await generate(db, employees);
    }
    // After the month's lock (the 10th of the next month), so the run may start.
    const now = provinceUrl ? new Date(Date.UTC(month.year, month.month, 10, 3)) : new Date();

    // An Admin BKD: the generated data has one; in a province database any account acts as one here.
    const user = await db.user.findFirstOrThrow({ orderBy: { id: "asc" }, where: provinceUrl ? {} : { role: "ADMIN_BKD" }, select: { id: true, employee: { select: { id: true, nip: true, opdId: true } } } });
    const actor = { userId: user.id, employeeId: user.employee.id, nip: user.employee.nip, role: "ADMIN_BKD" as const, opdId: user.employee.opdId, ip: "bench" };
    peakRss = process.memoryUsage().rss;
    const rssBefore = peakRss;
    const loadBefore = loadavg();
    const cpuBefore = process.cpuUsage();
    const t = performance.now();
    const started = await computeRun({ actor, year: month.year, month: month.month, opdId: null, now });
    runId = started.runId;
    const timings = await executeRun({ runId: started.runId, now });
    const endToEnd = (performance.now() - t) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const loadAfter = loadavg();
    if (!timings) throw new Error("run tidak dihitung");
    const run = await db.allowanceRun.findUniqueOrThrow({ where: { id: started.runId } });
    const [sum] = await db.$queryRaw<{ net: bigint; n: bigint }[]>`SELECT SUM(net)::bigint AS net, COUNT(*)::bigint AS n FROM allowance_line WHERE "runId" = ${run.id}`;
    clearInterval(sampler);
    const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;
    const s = (v: number) => `${(v / 1000).toFixed(2)} s`;
    const loadText = (l: number[]) => l.map((x) => x.toFixed(2)).join(" ");
    console.log(`Baris TRK: ${Number(sum!.n).toLocaleString("id-ID")} (progres ${run.progressDone}/${run.progressTotal}); total neto = jumlah baris: ${run.totalNet === sum!.net}`);
    console.log(`Menunggu input (kueri per 5.000 pegawai, dimuat paralel): ${s(timings.loadWaitMs)}`);
    console.log(`Perhitungan (kalkulator + rincian + baris COPY): ${s(timings.calculateMs)}`);
    console.log(`Tulis baris (COPY, paralel dengan perhitungan): ${s(timings.writeMs)}; menunggu penulis ${s(timings.writeWaitMs)}`);
    console.log(`CPU proses Node: ${s((cpu.user + cpu.system) / 1000)}`);
    console.log(`Beban mesin (loadavg 1/5/15 menit): sebelum ${loadText(loadBefore)}, sesudah ${loadText(loadAfter)}`);
    console.log(`Memori puncak (RSS): ${mb(peakRss)} (sebelum run ${mb(rssBefore)})`);
    console.log(`Ujung ke ujung: ${endToEnd.toFixed(2)} s   [target issue 9: ≤ 2× lantai SQL (f) dan < 10 s]`);
    // The last line, read by bench/province.ts.
    console.log(
      `RINGKASAN ${JSON.stringify({
        lines: timings.lines, endToEndS: +endToEnd.toFixed(2), loadWaitS: +(timings.loadWaitMs / 1000).toFixed(2), calculateS: +(timings.calculateMs / 1000).toFixed(2),
        writeS: +(timings.writeMs / 1000).toFixed(2), writeWaitS: +(timings.writeWaitMs / 1000).toFixed(2), peakRssMb: Math.round(peakRss / 1024 / 1024), load1: +loadAfter[0]!.toFixed(2),
      })}`,
    );
  } finally {
    clearInterval(sampler);
    if (connected) {
      if (!values.keep) await cleanup?.(runId);
      await connected.$disconnect();
      await (await import("../lib/server/remuneration/bulk-writer")).closeBulkWriter();
    }
    if (database && values.keep) console.error(`Basis data disimpan: ${database.url}`);
    else await database?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
