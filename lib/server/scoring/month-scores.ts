import "server-only";
import { monthTargetMinutes } from "@/lib/domain/activities/rules";
import type { RemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { monthlyScore, type MonthlyScore, type ScoreInputs } from "@/lib/domain/scoring/monthly-score";
import { dbDateKey } from "../admin/db-date";
import { loadMonthCalendar, type MonthCalendar } from "../calendar/month-calendar";
import { getMonthLock } from "../periods/month-lock";
import type { Db, Tx } from "../prisma-client";
import { ikiCapaianOfMonth } from "./iki-component";
import { behaviourOfMonth } from "./behaviour-component";

type ActivityOfMonth = { minutes: { employeeId: number; minutes: number }[]; reviews: { supervisorId: number; submitted: number; reviewed: number }[] };
type ActivityQuery = { ids: number[]; first: Date; last: Date; lockedAt: Date };

/** From this many employees on, the month's activities are read in one pass (see monthActivityOnePass). */
const ONE_PASS_FROM = 1_000;

/** Approved minutes of the employees, and for supervisors their subordinates' submitted and reviewed-before-the-lock activities: two index-friendly queries for a few employees. */
export async function monthActivityByIds(client: Db | Tx, q: ActivityQuery): Promise<ActivityOfMonth> {
  const [minutes, reviews] = await Promise.all([
    client.$queryRaw<ActivityOfMonth["minutes"]>`
      SELECT "employeeId", SUM("endMinute" - "startMinute")::int AS minutes FROM activity
      WHERE status = 'DISETUJUI' AND date BETWEEN ${q.first} AND ${q.last} AND "employeeId" = ANY(${q.ids}::int[])
      GROUP BY "employeeId"`,
    client.$queryRaw<ActivityOfMonth["reviews"]>`
      SELECT e."supervisorId", COUNT(*)::int AS submitted,
             COUNT(*) FILTER (WHERE a.status IN ('DISETUJUI', 'DITOLAK') AND a."reviewedAt" <= ${q.lockedAt})::int AS reviewed
      FROM activity a JOIN employee e ON e.id = a."employeeId"
      WHERE a."submittedAt" IS NOT NULL AND a.date BETWEEN ${q.first} AND ${q.last} AND e."supervisorId" = ANY(${q.ids}::int[])
      GROUP BY e."supervisorId"`,
  ]);
  return { minutes, reviews };
}

/**
 * The same figures for many employees (an agency, a run of all agencies) from one scan of the
 * month's activities, aggregated per employee first: the two queries above each scan the month
 * (several million rows in a province) once they ask for thousands of employees.
 */
export async function monthActivityOnePass(client: Db | Tx, q: ActivityQuery): Promise<ActivityOfMonth> {
  const rows = await client.$queryRaw<{ kind: "m" | "r"; id: number; minutes: number; submitted: number; reviewed: number }[]>`
    WITH per AS MATERIALIZED (
      SELECT "employeeId",
             SUM("endMinute" - "startMinute") FILTER (WHERE status = 'DISETUJUI') AS minutes,
             COUNT(*) FILTER (WHERE "submittedAt" IS NOT NULL) AS submitted,
             COUNT(*) FILTER (WHERE "submittedAt" IS NOT NULL AND status IN ('DISETUJUI', 'DITOLAK') AND "reviewedAt" <= ${q.lockedAt}) AS reviewed
      FROM activity WHERE date BETWEEN ${q.first} AND ${q.last}
      GROUP BY "employeeId"
    )
    SELECT 'm' AS kind, p."employeeId" AS id, p.minutes::int AS minutes, 0 AS submitted, 0 AS reviewed
    FROM per p WHERE p.minutes IS NOT NULL AND p."employeeId" = ANY(${q.ids}::int[])
    UNION ALL
    SELECT 'r', e."supervisorId", 0, SUM(p.submitted)::int, SUM(p.reviewed)::int
    FROM per p JOIN employee e ON e.id = p."employeeId"
    WHERE p.submitted > 0 AND e."supervisorId" = ANY(${q.ids}::int[])
    GROUP BY e."supervisorId"`;
  const out: ActivityOfMonth = { minutes: [], reviews: [] };
  for (const r of rows) {
    if (r.kind === "m") out.minutes.push({ employeeId: r.id, minutes: r.minutes });
    else out.reviews.push({ supervisorId: r.id, submitted: r.submitted, reviewed: r.reviewed });
  }
  return out;
}

/**
 * The inputs of the monthly score (DESIGN.md §8.1) for many employees at once, in a handful of
 * set queries (the allowance run asks for 60,000): approved minutes and the target from effective
 * working days, verified IKI achievement, the behaviour score, and for supervisors the share of
 * subordinates' submitted activities reviewed before the lock.
 */
export async function monthScoreInputs(
  client: Db | Tx,
  input: { year: number; month: number; employeeIds: readonly number[]; policy: RemunerationPolicy; now: Date; calendar?: MonthCalendar },
): Promise<Map<number, ScoreInputs>> {
  const ids = [...new Set(input.employeeIds)];
  const out = new Map<number, ScoreInputs>();
  if (ids.length === 0) return out;
  const calendar = input.calendar ?? (await loadMonthCalendar(client, input));
  const lock = await getMonthLock(client, { year: input.year, month: input.month, now: input.now });
  const { first, last } = calendar;

  const lockedAt = lock.lockedAt ?? lock.lockAt;
  const [employees, activity, leave, iki, behaviour] = await Promise.all([
    // One statement with one array parameter, whatever the number of employees (an `in` list is a parameter per id).
    client.$queryRaw<{ id: number; startDate: Date; endDate: Date | null; subordinates: number }[]>`
      SELECT e.id, e."startDate", e."endDate", (SELECT COUNT(*) FROM employee s WHERE s."supervisorId" = e.id)::int AS subordinates
      FROM employee e WHERE e.id = ANY(${ids}::int[])`,
    ids.length >= ONE_PASS_FROM ? monthActivityOnePass(client, { ids, first, last, lockedAt }) : monthActivityByIds(client, { ids, first, last, lockedAt }),
    client.$queryRaw<{ employeeId: number; date: Date }[]>`
      SELECT "employeeId", date FROM attendance_day
      WHERE status IN ('CUTI', 'SAKIT') AND date BETWEEN ${first} AND ${last} AND "employeeId" = ANY(${ids}::int[])`,
    ikiCapaianOfMonth(client, { year: input.year, month: input.month, employeeIds: ids }),
    behaviourOfMonth(client, { year: input.year, month: input.month, employeeIds: ids, policy: input.policy }),
  ]);
  const { minutes, reviews } = activity;
  const minutesOf = new Map(minutes.map((m) => [Number(m.employeeId), Number(m.minutes)]));
  const leaveOf = new Map<number, Set<string>>();
  for (const l of leave) {
    const id = Number(l.employeeId);
    if (!leaveOf.has(id)) leaveOf.set(id, new Set());
    leaveOf.get(id)!.add(dbDateKey(l.date));
  }
  const reviewsOf = new Map(reviews.map((r) => [Number(r.supervisorId), { submitted: Number(r.submitted), reviewedBeforeLock: Number(r.reviewed) }]));

  for (const row of employees) {
    const e = { ...row, id: Number(row.id) };
    const from = dbDateKey(e.startDate);
    const to = e.endDate ? dbDateKey(e.endDate) : null;
    const leaveDays = leaveOf.get(e.id) ?? new Set<string>();
    const effective = calendar.workingDays.filter((d) => d >= from && (to === null || d <= to) && !leaveDays.has(d)).length;
    out.set(e.id, {
      activity: {
        approvedMinutes: minutesOf.get(e.id) ?? 0,
        targetMinutes: monthTargetMinutes({ workingDays: calendar.workingDays.length, effectiveDays: effective, targetMinutes: input.policy.activityTargetMinutes }),
      },
      ikiCapaian: iki.get(e.id) ?? [],
      behaviour: behaviour.get(e.id) ?? null,
      subordinateReview: Number(e.subordinates) > 0 ? (reviewsOf.get(e.id) ?? { submitted: 0, reviewedBeforeLock: 0 }) : null,
      weightsBp: input.policy.scoreWeightsBp,
    });
  }
  return out;
}

/** The monthly score of many employees (the inputs above through the pure §8.1 function). */
export async function monthScores(
  client: Db | Tx,
  input: { year: number; month: number; employeeIds: readonly number[]; policy: RemunerationPolicy; now: Date; calendar?: MonthCalendar },
): Promise<Map<number, { inputs: ScoreInputs; score: MonthlyScore }>> {
  const inputs = await monthScoreInputs(client, input);
  return new Map([...inputs].map(([id, i]) => [id, { inputs: i, score: monthlyScore(i) }]));
}
