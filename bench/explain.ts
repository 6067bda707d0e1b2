/**
 * Query plans of the top queries (issue 9) on a generated province: runs the app's own functions
 * with a pg pool that records every statement and its parameters as sent (bench/lib/sql-capture.ts),
 * then runs EXPLAIN (ANALYZE, BUFFERS) on each and prints per statement the execution time, rows,
 * plan shape, the nodes that took the time, and sequential scans of large tables or big sorts.
 *
 *  - the Beranda: employeeDashboard (a staff member) and supervisorDashboard (the busiest kasi)
 *  - the supervisor's activity queue: listActivityQueue (the busiest kasi)
 *  - the allowance run's inputs: runEmployees (all) and loadRunInputs for a chunk of 5,000
 *  - the agency recap: buildRecap of the largest agency (as Admin BKD)
 *  - the activity submit: saveActivity, recorded on a scratch copy of the rows it reads
 *    (bench/lib/submit-replica.ts) and explained on the province
 *
 * The province is only read: every EXPLAIN runs in a READ ONLY transaction, and the submit's
 * writes (INSERT/UPDATE) are only planned, not executed — unless EXPLAIN_WRITES=analyze, which
 * executes them inside a transaction that is rolled back (for a copy of one's own). A province
 * without a remuneration policy gets the default one in memory (its query is still sent).
 *
 * Run: PROVINCE_DATABASE_URL=<url> npm run bench:explain   (DATABASE_URL: the local PostgreSQL
 * server, for the scratch database). Without PROVINCE_DATABASE_URL a province is generated (EMPLOYEES
 * etc. as for generate:province) and dropped. EXPLAIN_RUNS (default 3): runs per statement, the
 * median is kept. Full plans go to bench/out/explain-<time>.txt.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createTestDb } from "../scripts/lib/test-db";
import { generateProvince, provinceOptions } from "../scripts/generate-province";
import { migrate } from "./lib/app-servers";
import { planText, summarisePlan, type ExplainOutput, type PlanSummary } from "./lib/explain-plan";
import { capturePool, isExplainable, isWrite, splitCommands, type CapturedStatement } from "./lib/sql-capture";
import { pickSubmitSubject, replicateSubmitter } from "./lib/submit-replica";

const RUNS = Number(process.env.EXPLAIN_RUNS ?? 3);
const ANALYZE_WRITES = process.env.EXPLAIN_WRITES === "analyze";
const CHUNK = 5_000;
/** EXPLAIN_ONLY=queue,submit: only the groups whose name contains one of these words. */
const ONLY = (process.env.EXPLAIN_ONLY ?? "").split(",").map((w) => w.trim()).filter(Boolean);
const wanted = (name: string) => ONLY.length === 0 || ONLY.some((w) => name.includes(w));
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

type Explained = { statement: CapturedStatement; repeat: number; summary: PlanSummary; text: string };
type Group = { name: string; appMs: number | null; explained: Explained[]; error?: string };

async function explainOne(client: pg.Client, statement: CapturedStatement, tableRows: Map<string, number>): Promise<{ summary: PlanSummary; text: string }> {
  const write = isWrite(statement);
  const analyze = !write || ANALYZE_WRITES;
  const runs: ExplainOutput[] = [];
  for (let i = 0; i < (analyze ? RUNS : 1); i++) {
    await client.query(write && ANALYZE_WRITES ? "BEGIN" : "BEGIN READ ONLY");
    try {
      const result = await client.query<{ "QUERY PLAN": ExplainOutput[] }>(`EXPLAIN (${analyze ? "ANALYZE, BUFFERS, " : ""}FORMAT JSON) ${statement.text}`, statement.values);
      runs.push(result.rows[0]!["QUERY PLAN"][0]!);
    } finally {
      await client.query("ROLLBACK");
    }
  }
  runs.sort((a, b) => (a["Execution Time"] ?? 0) - (b["Execution Time"] ?? 0));
  const median = runs[Math.floor(runs.length / 2)]!;
  return { summary: summarisePlan(median, tableRows), text: planText(median) };
}

async function explainAll(client: pg.Client, statements: CapturedStatement[], tableRows: Map<string, number>): Promise<Explained[]> {
  const distinct = new Map<string, { statement: CapturedStatement; repeat: number }>();
  for (const s of splitCommands(statements).filter(isExplainable)) {
    const key = `${s.text}\u0000${JSON.stringify(s.values)}`;
    const seen = distinct.get(key);
    if (seen) seen.repeat++;
    else distinct.set(key, { statement: s, repeat: 1 });
  }
  const out: Explained[] = [];
  for (const { statement, repeat } of distinct.values()) {
    try {
      out.push({ statement, repeat, ...(await explainOne(client, statement, tableRows)) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const summary: PlanSummary = { analyzed: false, executionMs: null, planningMs: null, rows: null, shape: "—", top: [], warnings: [`not explained: ${message}`], sharedHit: 0, sharedRead: 0 };
      out.push({ statement, repeat, summary, text: `not explained: ${message}` });
    }
  }
  return out;
}

const oneLine = (sql: string, max: number) => {
  const s = sql.replace(/"public"\./g, "").replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};
const ms = (v: number | null) => (v === null ? "—" : v >= 100 ? v.toFixed(0) : v.toFixed(2));
const sumMs = (g: Group) => g.explained.reduce((s, e) => s + (e.summary.executionMs ?? 0) * e.repeat, 0);

function printGroup(g: Group): void {
  console.log(`\n== ${g.name}`);
  console.log(`   ${g.explained.length} statements · SQL execution ${ms(sumMs(g))} ms in total${g.appMs === null ? "" : ` · the function ${ms(g.appMs)} ms (median of 3, in-process)`}`);
  if (g.error) console.log(`   ! stopped: ${g.error}`);
  g.explained.forEach((e, i) => {
    const s = e.summary;
    const times = s.analyzed ? `${ms(s.executionMs).padStart(8)} ms` : "  planned  ";
    console.log(`   #${String(i + 1).padEnd(2)} ${times}  rows ${String(s.rows ?? "—").padStart(6)}${e.repeat > 1 ? ` ×${e.repeat}` : ""}  ${oneLine(e.statement.text, 110)}`);
    console.log(`        plan: ${s.shape}`);
    if (s.analyzed && (s.executionMs ?? 0) >= 1) console.log(`        time: ${s.top.filter((t) => t.selfMs >= 0.05).map((t) => `${t.label} ${ms(t.selfMs)} ms`).join("; ")}`);
    for (const w of s.warnings) console.log(`        ! ${w}`);
  });
}

function markdownSummary(groups: Group[]): string {
  const lines = ["| query | statements | rows (largest) | SQL time | slowest statement: plan | large seq scans / sorts |", "| --- | --- | --- | --- | --- | --- |"];
  for (const g of groups) {
    const slowest = [...g.explained].sort((a, b) => (b.summary.executionMs ?? 0) - (a.summary.executionMs ?? 0))[0];
    const rows = Math.max(0, ...g.explained.map((e) => e.summary.rows ?? 0));
    const warnings = [...new Set(g.explained.flatMap((e) => e.summary.warnings))];
    lines.push(
      `| ${g.name} | ${g.explained.length} | ${rows.toLocaleString("en-US")} | ${ms(sumMs(g))} ms | ${slowest ? `${ms(slowest.summary.executionMs)} ms: ${slowest.summary.shape.slice(0, 90)}` : "—"} | ${warnings.join("; ") || "none"} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  let url = process.env.PROVINCE_DATABASE_URL;
  const cleanup: (() => Promise<void>)[] = [];
  if (!url) {
    const database = await createTestDb();
    url = database.url;
    cleanup.push(database.drop);
    migrate(url);
    await generateProvince(url, provinceOptions());
  }
  const { year, month } = provinceOptions();
  const now = new Date(Date.UTC(year, month - 1, 27, 5));
  const capture = capturePool({ url, max: 10 });
  const explainClient = new pg.Client({ connectionString: url });
  await explainClient.connect();
  const groups: Group[] = [];
  try {
    process.env.DATABASE_URL = url;
    const { createPrismaClient } = await import("../lib/server/prisma-client");
    const { defaultRemunerationPolicy } = await import("../lib/domain/remuneration/policy");
    const fallbackPolicy = defaultRemunerationPolicy(Object.fromEntries(Array.from({ length: 17 }, (_, i) => [String(i + 1), 2_000_000 + i * 500_000])));
    const withPolicyFallback = (client: ReturnType<typeof createPrismaClient>) =>
      client.$extends({
        query: {
          remunerationPolicy: {
            async findFirst({ args, query }) {
              return (await query(args)) ?? ({ id: 0, version: 0, year, config: fallbackPolicy } as never);
            },
          },
        },
      }) as unknown as ReturnType<typeof createPrismaClient>;
    const provinceDb = withPolicyFallback(createPrismaClient({ pool: capture.pool }));
    // lib/server/db.ts creates its client on first use from this global: the app's functions use ours.
    // So does lib/server/sql.ts's plain pg pool (the submit and the session check use it).
    const global = globalThis as unknown as { trkPrisma?: unknown; trkSqlPool?: unknown };
    global.trkPrisma = provinceDb;
    global.trkSqlPool = capture.pool;
    const { db } = await import("../lib/server/db");
    const { employeeDashboard } = await import("../lib/server/dashboard/employee-dashboard");
    const { supervisorDashboard } = await import("../lib/server/dashboard/supervisor-dashboard");
    const { listActivityQueue } = await import("../lib/server/activities/queue");
    const { loadMonthCalendar } = await import("../lib/server/calendar/month-calendar");
    const { runEmployees, loadRunInputs } = await import("../lib/server/remuneration/run-inputs");
    const { policyOfYear } = await import("../lib/server/remuneration/policy-store");
    const { buildRecap } = await import("../lib/server/reports/recap");
    const { saveActivity } = await import("../lib/server/activities/save-activity");

    const tableRows = new Map(
      (await explainClient.query<{ relname: string; n: string }>(`SELECT relname, reltuples::bigint AS n FROM pg_class WHERE relkind IN ('r', 'p') AND relnamespace = 'public'::regnamespace`)).rows.map((r) => [r.relname, Number(r.n)]),
    );
    const hasPolicy = (await explainClient.query(`SELECT 1 FROM remuneration_policy WHERE year = $1`, [year])).rowCount! > 0;
    const actorOf = async (employeeId: number) => {
      const e = await db.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { id: true, nip: true, opdId: true, user: { select: { id: true, role: true } } } });
      return { userId: e.user!.id, employeeId: e.id, nip: e.nip, role: e.user!.role, opdId: e.opdId, ip: "127.0.0.1" };
    };
    const pick = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await explainClient.query<T>(sql, params)).rows[0]!;
    const staff = await pick<{ id: number }>(`SELECT e.id FROM employee e WHERE e."supervisorId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM employee s WHERE s."supervisorId" = e.id) ORDER BY e.id LIMIT 1`);
    const boss = await pick<{ id: number; n: string }>(`SELECT "supervisorId" AS id, count(*) AS n FROM employee WHERE "supervisorId" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
    const agency = await pick<{ id: number; n: string }>(`SELECT "opdId" AS id, count(*) AS n FROM employee GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`);
    const staffActor = await actorOf(staff.id);
    const bossActor = await actorOf(boss.id);
    const bkdActor = { userId: 0, employeeId: 0, nip: "", role: "ADMIN_BKD" as const, opdId: agency.id, ip: "127.0.0.1" };
    const calendar = await loadMonthCalendar(db, { year, month });
    const chunk = (await runEmployees(db, { year, month, opdId: null, calendar })).slice(0, CHUNK).map((e) => e.id);
    const { policy } = await policyOfYear(db, year);
    const label = `${year}-${String(month).padStart(2, "0")}`;
    console.log(`Province: ${tableRows.get("employee")?.toLocaleString("en-US")} employees, ${tableRows.get("activity")?.toLocaleString("en-US")} activities; month ${label}; load ${load()}`);
    if (!hasPolicy) console.log(`No remuneration policy for ${year} in this database: the default one is supplied in memory.`);

    const measure = async (name: string, fn: () => Promise<unknown>) => {
      if (!wanted(name)) return;
      await fn(); // warm: connections, caches
      const times: number[] = [];
      const t0 = performance.now();
      const { statements } = await capture.capture(fn);
      times.push(performance.now() - t0);
      for (let i = 0; i < 2; i++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      groups.push({ name, appMs: times[1]!, explained: await explainAll(explainClient, statements, tableRows) });
      printGroup(groups.at(-1)!);
    };
    await measure(`employee dashboard (employeeDashboard, staff ${staff.id}, ${label})`, () => employeeDashboard(staffActor, now));
    await measure(`supervisor panel (supervisorDashboard, kasi ${boss.id} with ${boss.n} staff)`, () => supervisorDashboard(bossActor, now));
    await measure(`activity queue (listActivityQueue, kasi ${boss.id} with ${boss.n} staff)`, () => listActivityQueue(bossActor, { year, month, now }));
    await measure(`allowance run: employees of the month (runEmployees, all)`, () => runEmployees(db, { year, month, opdId: null, calendar }));
    await measure(`allowance run: inputs of a chunk of ${chunk.length.toLocaleString("en-US")} (loadRunInputs)`, () => loadRunInputs(db, { year, month, employeeIds: chunk, policy, now, calendar }));
    await measure(`agency recap (buildRecap, opd ${agency.id} with ${agency.n} employees)`, () => buildRecap(db, { actor: bkdActor, year, month, scope: { mode: "opd", opdId: agency.id }, now }));

    // The submit: recorded on a scratch copy of what it reads, explained on the province.
    if (wanted("activity submit")) {
      const group: Group = { name: "activity submit (saveActivity)", appMs: null, explained: [] };
      let statements: CapturedStatement[] = [];
      try {
        const subject = await pickSubmitSubject(explainClient, { year, month, staffId: staff.id });
        group.name = `activity submit (saveActivity, employee ${subject.employeeId}, ${subject.date}, with RHK)`;
        const scratch = await createTestDb(serverUrl ?? url);
        cleanup.unshift(scratch.drop);
        migrate(scratch.url);
        await replicateSubmitter({ provinceUrl: url, scratchUrl: scratch.url, subject, year });
        const scratchCapture = capturePool({ url: scratch.url, max: 2 });
        const scratchDb = createPrismaClient({ pool: scratchCapture.pool });
        global.trkPrisma = scratchDb;
        global.trkSqlPool = scratchCapture.pool;
        try {
          const actor = { userId: subject.userId, employeeId: subject.employeeId, nip: subject.nip, role: subject.role as "PEGAWAI", opdId: subject.opdId, ip: "127.0.0.1" };
          const activity = { date: subject.date, startTime: "21:00", endTime: "21:30", rhkId: subject.rhkId, description: "Menyusun laporan analisis rencana kerja", outputQuantity: "1", outputUnit: "dokumen", submit: true };
          statements = (await scratchCapture.capture(() => saveActivity({ actor, activity: { ...activity, clientRequestId: `explain-${Date.now()}` }, now }))).statements;
        } finally {
          global.trkPrisma = provinceDb;
          global.trkSqlPool = capture.pool;
          await scratchDb.$disconnect();
          await scratchCapture.pool.end();
        }
      } catch (error) {
        group.error = error instanceof Error ? error.message : String(error);
      }
      group.explained = await explainAll(explainClient, statements, tableRows);
      groups.push(group);
      printGroup(group);
      if (!ANALYZE_WRITES) console.log("   (writes are planned only: the province is read-only here; EXPLAIN_WRITES=analyze on a copy of your own times them, rolled back)");
    }
    await provinceDb.$disconnect();

    console.log(`\nSummary (load ${load()}):\n\n${markdownSummary(groups)}`);
    mkdirSync("bench/out", { recursive: true });
    const file = path.join("bench/out", `explain-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}.txt`);
    writeFileSync(
      file,
      groups
        .map((g) => [`== ${g.name}`, ...g.explained.map((e, i) => `-- #${i + 1}${e.repeat > 1 ? ` (×${e.repeat})` : ""}\n${e.statement.text}\n-- params: ${JSON.stringify(e.statement.values).slice(0, 500)}\n${e.text}`)].join("\n\n"))
        .join("\n\n"),
    );
    console.log(`\nFull plans: ${file}`);
  } finally {
    await explainClient.end();
    await capture.pool.end().catch(() => undefined);
    for (const fn of cleanup) await fn();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
