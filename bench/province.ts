/**
 * Province benchmarks (issue 9, DESIGN.md §13), printed as one table:
 *  (a) monthly allowance run for all employees — npm run bench:allowance on this database (a child
 *      process; it adds a policy for the year if there is none and removes it, the run and its lines after)
 *  (b) activity submit through the real HTTP server-action path (autocannon, 50 and 200 connections)
 *  (c) the same insert as a raw PostgreSQL transaction (pg, N concurrent clients), and (b)/(c)
 *  (b0) the submit service (saveActivity) called in-process, to split (b) into service and HTTP/render
 *  (d) employee dashboard and supervisor queue, timed in-process against the full data
 *  (e) agency recap and export — npm run bench:recap (a child process, with its own agency of 3,000)
 *  (f) hand-written SQL aggregating one month's inputs for every employee (the floor for (a)), and (a)/(f)
 *
 * Run: npm run bench:province   (DATABASE_URL: a local PostgreSQL server). PROVINCE_DATABASE_URL
 * reuses a database filled by `npm run generate:province`; without it one is generated (and
 * dropped afterwards). BENCH_SECONDS (default 10) per HTTP run; PG_CLIENTS (default 16).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import pg from "pg";
import { buildIfNeeded } from "../scripts/lib/build";
import { generateProvince, provinceOptions } from "../scripts/generate-province";
import { ACTIVITY_PAGE, SAVE_ACTION, actionBody, actionHeaders, actionSucceeded, nthSubmission, refreshHeaders, refreshPath } from "./lib/activity-action";
import type { StepInput, StepResult } from "./lib/open-loop-step";
import { percentile, provinceDatabase, serverActionId, sessionCookie, startServer } from "./lib/app-servers";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PG_CLIENTS = Number(process.env.PG_CLIENTS ?? 16);
const HTTP_PORT = Number(process.env.BENCH_PORT ?? 3160);
const EMPLOYEES_SUBMITTING = 1000;
/** Step of the sustained-rate search (submissions a second). */
const RATE_STEP = Number(process.env.RATE_STEP ?? 25);
/** Parts to run (default all): raw,service,http,rate,two,inproc,allowance,recap,floor. */
const ONLY = new Set((process.env.BENCH_ONLY ?? "raw,service,http,rate,two,inproc,allowance,recap,floor").split(","));
// Dates of the submissions: before "today" (no future dates), in a month that is not locked.
const SUBMIT_DATES = (process.env.BENCH_DATES ?? "2026-12-01,2026-12-02,2026-12-03").split(",");

type Row = { what: string; figure: string; detail: string };
const rows: Row[] = [];
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function rawInsertRate(url: string, staff: number[]): Promise<number> {
  const clients = await Promise.all(Array.from({ length: PG_CLIENTS }, async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  }));
  const latencies: number[] = [];
  let n = 0;
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < deadline) {
        const i = n++;
        const { employee, fields } = nthSubmission(i, { employees: staff.length, dates: SUBMIT_DATES, prefix: "bench-raw" });
        const start = Number(fields.startTime.slice(0, 2)) * 60 + Number(fields.startTime.slice(3));
        const t0 = performance.now();
        await c.query("BEGIN");
        await c.query(
          `INSERT INTO activity ("employeeId", date, "startMinute", "endMinute", description, "outputQuantity", "outputUnit", status, "submittedAt", "clientRequestId", "updatedAt")
           VALUES ($1, $2, $3, $4, $5, 1, 'dokumen', 'DIAJUKAN', now(), $6, now()) RETURNING id`,
          [staff[employee], fields.date, start, start + 9, fields.description, fields.clientRequestId],
        );
        await c.query("COMMIT");
        latencies.push(performance.now() - t0);
      }
    }),
  );
  // The HTTP runs use the same employees, dates and time slots: clear the way (no overlaps).
  const removed = await clients[0]!.query(`DELETE FROM activity WHERE "clientRequestId" LIKE 'bench-raw-%'`);
  if (removed.rowCount !== latencies.length) throw new Error(`raw insert: ${latencies.length} committed, ${removed.rowCount} found`);
  await Promise.all(clients.map((c) => c.end()));
  const rate = latencies.length / SECONDS;
  rows.push({
    what: `(c) raw PG insert, ${PG_CLIENTS} clients`,
    figure: `${rate.toFixed(0)} tx/s`,
    detail: `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}; load ${load()}`,
  });
  return rate;
}

type HttpRun = { next: number; rate: number; p95: number; failures: number };

/**
 * (b): `connections` clients submitting as fast as they are answered (closed loop), or, with `rate`,
 * that many submissions a second spread over them (open loop, for the highest rate sustained with
 * p95 ≤ 100 ms). `record` false: measure only (warm-up, the rate search's steps).
 */
async function httpSubmit(input: { url: string; actionId: string; cookies: string[]; connections: number; offset: number; rawRate: number; rate?: number; record?: boolean; refresh?: string }): Promise<HttpRun> {
  let n = input.offset;
  let ok = 0;
  let notOk = 0;
  let firstFailure = "";
  let refreshFailures = 0;
  const latencies: number[] = [];
  let done!: (result: autocannon.Result) => void;
  let failed!: (error: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (failed = reject)));
  const instance = autocannon({
    url: input.url,
    connections: input.connections,
    duration: SECONDS,
    ...(input.rate ? { overallRate: input.rate } : {}),
    // autocannon's default 10 s would count the queue at 200 connections as errors.
    timeout: 120,
    requests: [
      {
        method: "POST",
        path: ACTIVITY_PAGE,
        setupRequest: (req, context) => {
          const { employee, fields } = nthSubmission(n++, { employees: input.cookies.length, dates: SUBMIT_DATES, prefix: "bench-http" });
          (context as { employee?: number }).employee = employee;
          const { body, contentType } = actionBody(fields);
          return { ...req, body, headers: actionHeaders({ actionId: input.actionId, origin: input.url, cookie: input.cookies[employee]!, contentType }) };
        },
        onResponse: (status, body) => {
          if (actionSucceeded(status, body)) ok++;
          else {
            notOk++;
            firstFailure ||= `${status} ${body.match(/"formError":"[^"]*"/)?.[0] ?? body.slice(0, 120)} ${body.match(/"fieldErrors":\{[^}]*\}/)?.[0] ?? ""}`;
          }
        },
      },
      // What the form does next (router.refresh()): the day's list again, for the same employee.
      ...(input.refresh
        ? [{
            method: "GET" as const,
            path: input.refresh,
            setupRequest: (req: autocannon.Request, context: { employee?: number }) => ({ ...req, headers: refreshHeaders({ cookie: input.cookies[context.employee ?? 0]! }) }),
            onResponse: (status: number) => {
              if (status !== 200) refreshFailures++;
            },
          }]
        : []),
    ],
  }, (error, result) => (error ? failed(error) : done(result)));
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await finished;
  const rate = ok / SECONDS;
  const label = input.refresh
    ? `(b) HTTP submit + the form's refresh of the day, ${input.connections} connections`
    : input.rate ? `(b) HTTP submit at ${input.rate}/s offered, ${input.connections} connections` : `(b) HTTP submit, ${input.connections} connections`;
  if (input.refresh && refreshFailures > 0) console.log(`${label}: ${refreshFailures} refreshes failed`);
  if (firstFailure) console.log(`${label}, first failure: ${firstFailure}`);
  const detail = `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}; ok ${ok}, not ok ${notOk}, non-2xx ${result.non2xx}, errors ${result.errors}; (b)/(c) ${((rate / input.rawRate) * 100).toFixed(1)} %; load ${load()}`;
  console.log(`${label}: ${rate.toFixed(0)} req/s; ${detail}`);
  if (input.record !== false) rows.push({ what: label, figure: `${rate.toFixed(0)} req/s`, detail });
  return { next: n, rate, p95: percentile(latencies, 95), failures: notOk + result.errors + result.non2xx };
}

/**
 * The highest offered rate (steps of RATE_STEP/s, each evenly spaced over SECONDS: bench/lib/open-loop.ts)
 * answered in full with p95 ≤ 100 ms and no failure; the last passing step and the first failing one
 * go into the table.
 */
async function sustainedRate(input: { url: string; actionId: string; cookies: string[]; offset: number; rawRate: number }): Promise<number> {
  let offset = input.offset;
  let best: { rate: number; answered: number; p50: number; p95: number } | null = null;
  for (let rate = RATE_STEP; rate <= 2000; rate += RATE_STEP) {
    const stepInput: StepInput = { origin: input.url, actionId: input.actionId, cookies: input.cookies, dates: SUBMIT_DATES, rate, seconds: SECONDS, offset };
    const result = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "bench/lib/open-loop-step.ts"], { input: JSON.stringify(stepInput), encoding: "utf8", maxBuffer: 1 << 20 })) as StepResult;
    offset += result.sent;
    const step = { rate, answered: result.ok / result.seconds, p50: result.p50, p95: result.p95 };
    console.log(`(b) open loop ${rate}/s: ${step.answered.toFixed(0)} answered/s, p50 ${ms(step.p50)}, p95 ${ms(step.p95)}, failed ${result.failed}${result.firstFailure ? ` (${result.firstFailure})` : ""}; load ${load()}`);
    if (step.p95 > 100 || result.failed > 0) {
      rows.push({
        what: `(b) highest submit rate sustained with p95 ≤ 100 ms`,
        figure: best ? `${best.rate}/s` : `< ${RATE_STEP}/s`,
        detail: `${best ? `at ${best.rate}/s: p50 ${ms(best.p50)}, p95 ${ms(best.p95)}, (b)/(c) ${((best.rate / input.rawRate) * 100).toFixed(1)} %; ` : ""}at ${rate}/s: p95 ${ms(step.p95)}, failed ${result.failed}; open loop, evenly spaced; load ${load()}`,
      });
      return offset;
    }
    best = step;
  }
  return offset;
}

/**
 * Scale-out on this machine: a second instance on the same database, each sent half the employees by
 * its own 100 connections at once (a load balancer's round robin, without its cost), for SECONDS.
 */
async function twoInstances(input: { url: string; first: string; actionId: string; cookies: string[]; offset: number; rawRate: number }): Promise<number> {
  const second = await startServer({ port: HTTP_PORT + 1, databaseUrl: input.url });
  try {
    const half = Math.floor(input.cookies.length / 2);
    // Each instance gets its own employees, so their slots never collide.
    const runs = await Promise.all([
      httpSubmit({ url: input.first, actionId: input.actionId, cookies: input.cookies.slice(0, half), connections: 100, offset: input.offset, rawRate: input.rawRate, record: false }),
      httpSubmit({ url: second.url, actionId: input.actionId, cookies: input.cookies.slice(half), connections: 100, offset: input.offset, rawRate: input.rawRate, record: false }),
    ]);
    const rate = runs[0].rate + runs[1].rate;
    rows.push({
      what: "(b) HTTP submit, two instances × 100 connections",
      figure: `${rate.toFixed(0)} req/s`,
      detail: `${runs.map((r) => `${r.rate.toFixed(0)} req/s p95 ${ms(r.p95)}`).join(" + ")}; failures ${runs[0].failures + runs[1].failures}; (b)/(c) ${((rate / input.rawRate) * 100).toFixed(1)} %; load ${load()}`,
    });
    return Math.max(runs[0].next, runs[1].next);
  } finally {
    await second.stop();
  }
}

/** The submit service alone, in this process (no HTTP, no session check, no render): where (b) loses to (c). */
async function serviceRate(url: string, staff: { id: number; uid: number }[], rawRate: number) {
  process.env.DATABASE_URL = url;
  const { db } = await import("../lib/server/db");
  const { saveActivity } = await import("../lib/server/activities/save-activity");
  const actors = await db.employee.findMany({ where: { id: { in: staff.map((s) => s.id) } }, select: { id: true, nip: true, opdId: true, user: { select: { id: true, role: true } } } });
  const byId = new Map(actors.map((e) => [e.id, { userId: e.user!.id, employeeId: e.id, nip: e.nip, role: e.user!.role, opdId: e.opdId, ip: "127.0.0.1" }]));
  const latencies: number[] = [];
  let n = 0;
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: PG_CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const { employee, fields } = nthSubmission(n++, { employees: staff.length, dates: SUBMIT_DATES, prefix: "bench-svc" });
        const t0 = performance.now();
        await saveActivity({ actor: byId.get(staff[employee]!.id)!, activity: { ...fields, rhkId: null, submit: true } });
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const removed = await db.activity.deleteMany({ where: { clientRequestId: { startsWith: "bench-svc-" } } });
  if (removed.count !== latencies.length) throw new Error(`service: ${latencies.length} saved, ${removed.count} found`);
  const rate = latencies.length / SECONDS;
  rows.push({
    what: `(b0) saveActivity in-process, ${PG_CLIENTS} concurrent`,
    figure: `${rate.toFixed(0)} /s`,
    detail: `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}; (b0)/(c) ${((rate / rawRate) * 100).toFixed(1)} %; load ${load()}`,
  });
}

async function inProcess(url: string) {
  process.env.DATABASE_URL = url;
  const { db } = await import("../lib/server/db");
  const { employeeDashboard } = await import("../lib/server/dashboard/employee-dashboard");
  const { listActivityQueue } = await import("../lib/server/activities/queue");
  const { year, month } = provinceOptions();
  const now = new Date(Date.UTC(year, month - 1, 27, 5));
  const actorOf = async (employeeId: number) => {
    const e = await db.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { id: true, nip: true, opdId: true, user: { select: { id: true, role: true } } } });
    return { userId: e.user!.id, employeeId: e.id, nip: e.nip, role: e.user!.role, opdId: e.opdId };
  };
  const time = async (what: string, runs: number, fn: () => Promise<unknown>) => {
    await fn();
    const t: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await fn();
      t.push(performance.now() - t0);
    }
    rows.push({ what, figure: `p95 ${ms(percentile(t, 95))}`, detail: `p50 ${ms(percentile(t, 50))}, ${runs} runs; load ${load()}` });
  };
  // A staff member, and the busiest supervisor: the kasi with the most subordinates.
  const staff = await db.employee.findFirstOrThrow({ where: { supervisorId: { not: null }, subordinates: { none: {} } }, orderBy: { id: "asc" }, select: { id: true } });
  const busiest = await db.$queryRaw<{ id: number; n: bigint }[]>`SELECT "supervisorId" AS id, count(*) AS n FROM employee WHERE "supervisorId" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1`;
  const staffActor = await actorOf(staff.id);
  const bossActor = await actorOf(busiest[0]!.id);
  await time("(d) employee dashboard", 30, () => employeeDashboard(staffActor, now));
  const queue = await listActivityQueue(bossActor, { year, month, now });
  await time(`(d) supervisor queue (${busiest[0]!.n} staff, ${queue.count} waiting)`, 30, () => listActivityQueue(bossActor, { year, month, now }));
  await db.$disconnect();
}

async function monthFloor(url: string) {
  const { year, month } = provinceOptions();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const from = `${year}-${String(month).padStart(2, "0")}-01`;
  const sql = `
    WITH minutes AS (
      SELECT "employeeId" AS id, sum("endMinute" - "startMinute") AS approved_minutes FROM activity
      WHERE date >= $1::date AND date < $1::date + interval '1 month' AND status = 'DISETUJUI' GROUP BY 1),
    leave AS (
      SELECT "employeeId" AS id, count(*) FILTER (WHERE status IN ('CUTI', 'SAKIT')) AS leave_days, count(*) FILTER (WHERE status = 'TK') AS absent_days
      FROM attendance_day WHERE date >= $1::date AND date < $1::date + interval '1 month' GROUP BY 1),
    capaian AS (
      SELECT r."employeeId" AS id, avg(LEAST(r.value / NULLIF(t.target, 0), 1.2)) AS capaian FROM iki_realisation r
      JOIN iki_target t ON t."ikiId" = r."ikiId" AND t.month = r.month
      WHERE r.year = $2 AND r.month = $3 AND r.status = 'TERVERIFIKASI' GROUP BY 1),
    ratings AS (
      SELECT a."rateeEmployeeId" AS id, avg((b."berorientasiPelayanan" + b.akuntabel + b.kompeten + b.harmonis + b.loyal + b.adaptif + b.kolaboratif) / 7.0) AS rating
      FROM rater_assignment a JOIN behaviour_rating b ON b."assignmentId" = a.id WHERE a.year = $2 AND a.month = $3 GROUP BY 1)
    SELECT e.id, coalesce(m.approved_minutes, 0), coalesce(l.leave_days, 0), coalesce(l.absent_days, 0), c.capaian, r.rating
    FROM employee e LEFT JOIN minutes m ON m.id = e.id LEFT JOIN leave l ON l.id = e.id LEFT JOIN capaian c ON c.id = e.id LEFT JOIN ratings r ON r.id = e.id`;
  const t: number[] = [];
  let count = 0;
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    const result = await c.query(sql, [from, year, month]);
    t.push(performance.now() - t0);
    count = result.rowCount ?? 0;
  }
  await c.end();
  const median = percentile(t.slice(1), 50);
  rows.push({ what: `(f) SQL floor: month inputs of ${count} employees`, figure: ms(median), detail: `median of 3 warm runs (cold ${ms(t[0]!)}); load ${load()}` });
  return median;
}

/** Runs another benchmark's npm script as a child process on the same database; its stdout, or null when the branch has no such script. */
function otherBench(script: string, label: string, url: string): string | null {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
  if (!pkg.scripts[script]) {
    rows.push({ what: label, figure: "—", detail: `skipped: no npm script ${script} on this branch` });
    return null;
  }
  try {
    return execFileSync("npm", ["run", "--silent", script], { env: { ...process.env, PROVINCE_DATABASE_URL: url }, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    rows.push({ what: label, figure: "failed", detail: `${script}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` });
    return null;
  }
}

type AllowanceSummary = { lines: number; endToEndS: number; loadWaitS: number; calculateS: number; writeS: number; writeWaitS: number; peakRssMb: number; load1: number };

/** (a): bench:allowance on the province database; its last line is `RINGKASAN {json}`. */
function allowanceRun(url: string): AllowanceSummary | null {
  const label = "(a) allowance run, all employees";
  const t0 = performance.now();
  const out = otherBench("bench:allowance", label, url);
  if (out === null) return null;
  const line = out.trim().split("\n").find((l) => l.startsWith("RINGKASAN "));
  if (!line) {
    rows.push({ what: label, figure: "?", detail: `no RINGKASAN line in the output: ${out.trim().split("\n").slice(-1)[0] ?? ""}` });
    return null;
  }
  const a = JSON.parse(line.slice("RINGKASAN ".length)) as AllowanceSummary;
  rows.push({
    what: `(a) allowance run, ${a.lines} lines`,
    figure: `${a.endToEndS.toFixed(2)} s`,
    detail: `computeRun → lines written and summed; waited for inputs ${a.loadWaitS} s, calculation ${a.calculateS} s, COPY ${a.writeS} s (waited ${a.writeWaitS} s); peak RSS ${a.peakRssMb} MB; child process ${((performance.now() - t0) / 1000).toFixed(1)} s; load ${a.load1} at its end`,
  });
  return a;
}

/** (e): bench:recap (its own agency of 3,000 employees in a fresh database): recap and xlsx p50/p95. */
function agencyRecap(url: string): void {
  const label = "(e) agency recap and export";
  const t0 = performance.now();
  const out = otherBench("bench:recap", label, url);
  if (out === null) return;
  const lines = out.trim().split("\n");
  const find = (prefix: string) => lines.find((l) => l.startsWith(prefix))?.trim() ?? "";
  const recap = find("Rekap (");
  const xlsx = find("Unduh xlsx");
  const p95 = /p95 (\d+ ms)/.exec(recap)?.[1];
  rows.push({
    what: label,
    figure: p95 ? `p95 ${p95}` : "?",
    detail: `${recap}; ${xlsx}; ${find("CSV")} (bench:recap, ${((performance.now() - t0) / 1000).toFixed(1)} s with its data); load ${load()}`,
  });
}

/** One HTTP part (rate, http or two) against its own freshly started, warmed-up server. */
async function httpPart(part: string, url: string, staff: { id: number; uid: number; name: string }[], rawRate: number): Promise<void> {
  await buildIfNeeded();
  const actionId = serverActionId(SAVE_ACTION.file, SAVE_ACTION.name);
  const cookies = await Promise.all(staff.map((s) => sessionCookie({ userId: s.uid, name: s.name })));
  // Offsets far apart per part, so their time slots never meet.
  let offset = { rate: 0, http: 40_000, two: 80_000 }[part] ?? 0;
  const server = await startServer({ port: HTTP_PORT, databaseUrl: url });
  try {
    // Warm-up (JIT, caches, the pools): the first seconds cost about twice the CPU per request.
    offset = (await httpSubmit({ url: server.url, actionId, cookies, connections: 50, offset, rawRate, record: false })).next;
    if (part === "rate") offset = await sustainedRate({ url: server.url, actionId, cookies, offset, rawRate });
    if (part === "http") {
      for (const connections of [50, 200]) offset = (await httpSubmit({ url: server.url, actionId, cookies, connections, offset, rawRate })).next;
      const refresh = await refreshPath({ origin: server.url, path: `${ACTIVITY_PAGE}?tanggal=${SUBMIT_DATES[0]}`, cookie: cookies[0]! });
      offset = (await httpSubmit({ url: server.url, actionId, cookies, connections: 50, offset, rawRate, refresh })).next;
    }
    if (part === "two") await twoInstances({ url, first: server.url, actionId, cookies, offset, rawRate });
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const { url, drop } = await provinceDatabase(async (fresh) => {
    const t0 = performance.now();
    await generateProvince(fresh, provinceOptions());
    console.log(`Provinsi dibuat dalam ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  });
  try {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const staffRows = await c.query<{ id: number; uid: number; name: string }>(
      `SELECT e.id, u.id AS uid, e.name FROM employee e JOIN user_account u ON u."employeeId" = e.id
       WHERE e."supervisorId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM employee s WHERE s."supervisorId" = e.id) ORDER BY e.id LIMIT $1`,
      [EMPLOYEES_SUBMITTING],
    );
    // Earlier runs on a reused database: start from a clean slate for the submit dates.
    await c.query(`DELETE FROM activity WHERE "clientRequestId" LIKE 'bench-%'`);
    await c.end();
    const staff = staffRows.rows;

    const allowance = ONLY.has("allowance") ? allowanceRun(url) : null;
    const rawRate = process.env.BENCH_RAW_RATE
      ? Number(process.env.BENCH_RAW_RATE)
      : ONLY.has("raw") || ONLY.has("http") || ONLY.has("rate") || ONLY.has("two") || ONLY.has("service") ? await rawInsertRate(url, staff.map((s) => s.id)) : NaN;
    if (ONLY.has("service")) await serviceRate(url, staff, rawRate);

    // Each HTTP part in a process of its own: within one load-generating process, a part that
    // saturated the server left the following parts measuring a fraction of the rate (even against
    // a freshly started server, and not in a new process afterwards) — see README.
    for (const part of ["rate", "http", "two"]) {
      if (!ONLY.has(part)) continue;
      if (process.env.BENCH_HTTP_CHILD) {
        await httpPart(part, url, staff, rawRate);
        continue;
      }
      const file = `${tmpdir()}/trk-bench-rows-${process.pid}-${part}.json`;
      execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/province.ts"], {
        stdio: "inherit",
        env: { ...process.env, PROVINCE_DATABASE_URL: url, BENCH_ONLY: part, BENCH_HTTP_CHILD: "1", BENCH_RAW_RATE: String(rawRate), BENCH_ROWS_FILE: file },
      });
      rows.push(...(JSON.parse(readFileSync(file, "utf8")) as Row[]));
      unlinkSync(file);
    }
    if (ONLY.has("inproc")) await inProcess(url);
    if (ONLY.has("recap")) agencyRecap(url);
    const floorMs = ONLY.has("floor") ? await monthFloor(url) : NaN;
    if (allowance && Number.isFinite(floorMs)) {
      const ratio = (allowance.endToEndS * 1000) / floorMs;
      rows.push({
        what: "(a)/(f) allowance run over the SQL floor",
        figure: `${ratio.toFixed(1)}×`,
        detail: `target (issue 9): ≤ 2× and < 10 s — ${ratio <= 2 && allowance.endToEndS < 10 ? "met" : "not met"} (${allowance.endToEndS.toFixed(2)} s vs ${ms(floorMs)}; (a) and (f) ran at different moments of the machine's load)`,
      });
    }

    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const counted = await check.query<{ kind: string; n: string }>(
      `SELECT split_part("clientRequestId", '-', 2) AS kind, count(*) AS n FROM activity WHERE "clientRequestId" LIKE 'bench-%' GROUP BY 1`,
    );
    await check.query(`DELETE FROM activity WHERE "clientRequestId" LIKE 'bench-%'`);
    await check.end();
    console.log(`\nBaris yang ditulis oleh bench: ${counted.rows.map((r) => `${r.kind} ${r.n}`).join(", ")}`);
  } finally {
    await drop?.();
  }
  if (process.env.BENCH_ROWS_FILE) {
    writeFileSync(process.env.BENCH_ROWS_FILE, JSON.stringify(rows));
    return;
  }
  const w = [Math.max(...rows.map((r) => r.what.length)), Math.max(...rows.map((r) => r.figure.length))];
  console.log(`\n${"benchmark".padEnd(w[0]!)} | ${"figure".padEnd(w[1]!)} | detail`);
  console.log(`${"-".repeat(w[0]!)}-|-${"-".repeat(w[1]!)}-|-------`);
  for (const r of rows) console.log(`${r.what.padEnd(w[0]!)} | ${r.figure.padEnd(w[1]!)} | ${r.detail}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
