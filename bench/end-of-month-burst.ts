/**
 * End-of-month burst (issue 9): 1,000 activity submissions from 500 employees sent at once through
 * the real HTTP server-action path, plus 100 of them sent a second time at the same moment (a double
 * click, a retry): the database must then hold exactly 1,000 of them (zero lost, zero duplicated)
 * and no answer may be a 5xx. Then the same with two instances and one killed (SIGKILL) mid-burst:
 * every submission that was acknowledged ({"ok":true}) must be in the database.
 *
 * Run: npm run bench:burst   (DATABASE_URL: a local PostgreSQL server). PROVINCE_DATABASE_URL
 * reuses a generated province; without it a small one (2,000 employees) is generated and dropped.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { buildIfNeeded } from "../scripts/lib/build";
import { createTestDb } from "../scripts/lib/test-db";
import { generateProvince, provinceOptions } from "../scripts/generate-province";
import { ACTIVITY_PAGE, SAVE_ACTION, actionBody, actionHeaders, actionSucceeded, nthSubmission } from "./lib/activity-action";
import { migrate, percentile, serverActionId, sessionCookie, startServer, type AppServer } from "./lib/app-servers";

const EMPLOYEES = 500;
const SUBMISSIONS = 1000;
const RESENT = 100;
const DATES = (process.env.BENCH_DATES ?? "2026-12-01,2026-12-02,2026-12-03").split(",");
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

type Outcome = { id: string; status: number; ok: boolean; ms: number; error?: string };

async function send(server: AppServer, input: { actionId: string; cookie: string; fields: ReturnType<typeof nthSubmission>["fields"] }): Promise<Outcome> {
  const { body, contentType } = actionBody(input.fields);
  const t0 = performance.now();
  try {
    const res = await fetch(`${server.url}${ACTIVITY_PAGE}`, {
      method: "POST",
      body,
      headers: actionHeaders({ actionId: input.actionId, origin: server.url, cookie: input.cookie, contentType }),
    });
    const text = await res.text();
    return { id: input.fields.clientRequestId, status: res.status, ok: actionSucceeded(res.status, text), ms: performance.now() - t0 };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return { id: input.fields.clientRequestId, status: 0, ok: false, ms: performance.now() - t0, error: `${String(error)}${cause ? ` (${String(cause)})` : ""}` };
  }
}

function summary(label: string, outcomes: Outcome[], wallMs: number) {
  const times = outcomes.map((o) => o.ms);
  const by = (f: (o: Outcome) => boolean) => outcomes.filter(f).length;
  console.log(
    `${label}: ${outcomes.length} requests in ${(wallMs / 1000).toFixed(1)} s — ok ${by((o) => o.ok)}, not ok ${by((o) => !o.ok && o.status > 0 && o.status < 500)}, ` +
      `5xx ${by((o) => o.status >= 500)}, connection errors ${by((o) => o.status === 0)}; p50 ${percentile(times, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(times, 95).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms; load ${load()}`,
  );
  const firstError = outcomes.find((o) => o.error)?.error;
  if (firstError) console.log(`  first connection error: ${firstError}`);
}

async function main(): Promise<number> {
  let url = process.env.PROVINCE_DATABASE_URL;
  let drop: (() => Promise<void>) | undefined;
  if (!url) {
    const database = await createTestDb();
    url = database.url;
    drop = database.drop;
    migrate(url);
    await generateProvince(url, { ...provinceOptions(), employees: 2000, agencies: 5 }, () => undefined);
  }
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const servers: AppServer[] = [];
  let failures = 0;
  try {
    const staff = (
      await db.query<{ id: number; uid: number; name: string }>(
        `SELECT e.id, u.id AS uid, e.name FROM employee e JOIN user_account u ON u."employeeId" = e.id
         WHERE e."supervisorId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM employee s WHERE s."supervisorId" = e.id) ORDER BY e.id DESC LIMIT $1`,
        [EMPLOYEES],
      )
    ).rows;
    await db.query(`DELETE FROM activity WHERE "clientRequestId" LIKE 'burst-%'`);
    const cookies = await Promise.all(staff.map((s) => sessionCookie({ userId: s.uid, name: s.name })));
    await buildIfNeeded();
    const actionId = serverActionId(SAVE_ACTION.file, SAVE_ACTION.name);
    servers.push(await startServer({ port: 3170, databaseUrl: url }), await startServer({ port: 3171, databaseUrl: url }));
    const [a, b] = servers as [AppServer, AppServer];
    const inDb = async (prefix: string) =>
      new Set((await db.query<{ c: string }>(`SELECT "clientRequestId" AS c FROM activity WHERE "clientRequestId" LIKE $1`, [`${prefix}-%`])).rows.map((r) => r.c));

    // Phase 1: one instance, 1,000 distinct submissions + 100 resent copies, all at once.
    const submissions = Array.from({ length: SUBMISSIONS }, (_, n) => nthSubmission(n, { employees: staff.length, dates: DATES, prefix: "burst-1" }));
    const copies = submissions.filter((_, n) => n % (SUBMISSIONS / RESENT) === 0);
    let t0 = performance.now();
    const outcomes = await Promise.all([...submissions, ...copies].map((s) => send(a, { actionId, cookie: cookies[s.employee]!, fields: s.fields })));
    summary(`Burst, one instance (${SUBMISSIONS} + ${RESENT} resent)`, outcomes, performance.now() - t0);
    const stored = (await db.query<{ n: string; distinct: string }>(
      `SELECT count(*) AS n, count(DISTINCT "clientRequestId") AS distinct FROM activity WHERE "clientRequestId" LIKE 'burst-1-%'`,
    )).rows[0]!;
    const lost = submissions.filter((s) => !outcomes.some((o) => o.id === s.fields.clientRequestId && o.ok)).length;
    console.log(`  in the database: ${stored.n} rows, ${stored.distinct} distinct (expected ${SUBMISSIONS}); unacknowledged submissions: ${lost}`);
    if (Number(stored.n) !== SUBMISSIONS || Number(stored.distinct) !== SUBMISSIONS) failures++;
    if (outcomes.some((o) => o.status >= 500)) failures++;

    // Phase 2: two instances, half the requests each; instance b is killed while they are in flight.
    // Later time slots than phase 1, so that no submission overlaps one already stored.
    const second = Array.from({ length: SUBMISSIONS }, (_, n) => nthSubmission(SUBMISSIONS + n, { employees: staff.length, dates: DATES, prefix: "burst-2" }));
    t0 = performance.now();
    const inFlight = Promise.all(second.map((s, n) => send(n % 2 === 0 ? a : b, { actionId, cookie: cookies[s.employee]!, fields: s.fields })));
    await new Promise((r) => setTimeout(r, Number(process.env.KILL_AFTER_MS ?? 1500)));
    b.process.kill("SIGKILL");
    const killed = await inFlight;
    summary("Burst, two instances, one killed mid-burst", killed, performance.now() - t0);
    const kept = await inDb("burst-2");
    const acknowledged = killed.filter((o) => o.ok);
    const missing = acknowledged.filter((o) => !kept.has(o.id));
    console.log(
      `  acknowledged ${acknowledged.length}, in the database ${kept.size} (the rest were cut off unanswered by the kill); acknowledged but missing: ${missing.length}`,
    );
    if (missing.length > 0) failures++;
    const refusedOnA = killed.filter((o, n) => n % 2 === 0 && !o.ok);
    if (refusedOnA.length > 0) {
      console.log(`  the surviving instance refused ${refusedOnA.length} submissions (status ${refusedOnA[0]!.status})`);
      failures++;
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await db.query(`DELETE FROM activity WHERE "clientRequestId" LIKE 'burst-%'`).catch(() => undefined);
    await db.end();
    await drop?.();
  }
  console.log(failures === 0 ? "Tidak ada yang hilang, tidak ada duplikat, tidak ada 5xx." : `${failures} pemeriksaan gagal.`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
