/**
 * End-of-month burst (issue 9): 1,000 activity submissions from 500 employees sent at once through
 * the real HTTP server-action path, plus 100 of them sent a second time at the same moment (a double
 * click, a retry): the database must then hold exactly 1,000 of them (zero lost, zero duplicated)
 * and no answer may be a 5xx. Then two instances, and one killed (SIGKILL) mid-burst after it has
 * acknowledged KILL_AFTER_ACKS (default 100) submissions with others in flight: every acknowledged
 * submission must be in the database, and after the cut-off ones are resent, each is stored once
 * (bench/lib/kill-mid-burst.ts).
 *
 * Run: npm run bench:burst   (DATABASE_URL: a local PostgreSQL server). PROVINCE_DATABASE_URL
 * reuses a generated province (it writes and then deletes its burst-* activities); without it a
 * small one (2,000 employees) is generated and dropped. BURST_CONNECTIONS (default 100): concurrent
 * clients per instance in the second phase.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { buildIfNeeded } from "../scripts/lib/build";
import { generateProvince, provinceOptions } from "../scripts/generate-province";
import { SAVE_ACTION, nthSubmission } from "./lib/activity-action";
import { provinceDatabase, serverActionId, sessionCookie, startServer, type AppServer } from "./lib/app-servers";
import { send, summary } from "./lib/burst";
import { killMidBurst } from "./lib/kill-mid-burst";

const EMPLOYEES = 500;
const SUBMISSIONS = 1000;
const RESENT = 100;
const DATES = (process.env.BENCH_DATES ?? "2026-12-01,2026-12-02,2026-12-03").split(",");
const CONNECTIONS = Number(process.env.BURST_CONNECTIONS ?? 100);
const KILL_AFTER_ACKS = Number(process.env.KILL_AFTER_ACKS ?? 100);

async function main(): Promise<number> {
  const { url, drop } = await provinceDatabase((fresh) => generateProvince(fresh, { ...provinceOptions(), employees: 2000, agencies: 5 }, () => undefined));
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

    // Phase 1: one instance, 1,000 distinct submissions + 100 resent copies, all at once.
    const submissions = Array.from({ length: SUBMISSIONS }, (_, n) => nthSubmission(n, { employees: staff.length, dates: DATES, prefix: "burst-1" }));
    const copies = submissions.filter((_, n) => n % (SUBMISSIONS / RESENT) === 0);
    const t0 = performance.now();
    const outcomes = await Promise.all([...submissions, ...copies].map((s) => send(a, { actionId, cookie: cookies[s.employee]!, fields: s.fields })));
    summary(`Burst, one instance (${SUBMISSIONS} + ${RESENT} resent)`, outcomes, performance.now() - t0);
    const stored = (await db.query<{ n: string; distinct: string }>(
      `SELECT count(*) AS n, count(DISTINCT "clientRequestId") AS distinct FROM activity WHERE "clientRequestId" LIKE 'burst-1-%'`,
    )).rows[0]!;
    const lost = submissions.filter((s) => !outcomes.some((o) => o.id === s.fields.clientRequestId && o.ok)).length;
    console.log(`  in the database: ${stored.n} rows, ${stored.distinct} distinct (expected ${SUBMISSIONS}); unacknowledged submissions: ${lost}`);
    if (Number(stored.n) !== SUBMISSIONS || Number(stored.distinct) !== SUBMISSIONS) failures++;
    if (outcomes.some((o) => o.status >= 500)) failures++;

    // Phase 2: two instances, half the submissions each; b is killed once it has acknowledged some.
    // Later time slots than phase 1, so that no submission overlaps one already stored.
    const second = Array.from({ length: SUBMISSIONS }, (_, n) => nthSubmission(SUBMISSIONS + n, { employees: staff.length, dates: DATES, prefix: "burst-2" }));
    const report = await killMidBurst({
      a,
      b,
      forA: second.filter((_, n) => n % 2 === 0),
      forB: second.filter((_, n) => n % 2 === 1),
      actionId,
      cookies,
      connections: CONNECTIONS,
      killAfterAcks: KILL_AFTER_ACKS,
      stored: async () => {
        const rows = (await db.query<{ c: string }>(`SELECT "clientRequestId" AS c FROM activity WHERE "clientRequestId" LIKE 'burst-2-%'`)).rows;
        return { ids: new Set(rows.map((r) => r.c)), rows: rows.length };
      },
    });
    failures += report.failures;
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
