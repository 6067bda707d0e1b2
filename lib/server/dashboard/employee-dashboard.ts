import "server-only";
import { daysInMonth } from "@/lib/domain/calendar-date";
import { dateKey, jakartaDate } from "@/lib/domain/period";
import { div, rational, sum, type Rational } from "@/lib/domain/rational";
import type { MonthlyScore, ScoreInputs } from "@/lib/domain/scoring/monthly-score";
import { dbDateKey, toDbDate } from "../admin/db-date";
import { activeAnnouncements } from "../announcements/service";
import type { ServiceActor } from "../authz";
import { loadMonthCalendar } from "../calendar/month-calendar";
import { db } from "../db";
import { isAppError } from "../errors";
import { policyOfYear } from "../remuneration/policy-store";
import { monthScores } from "../scoring/month-scores";
import { getOwnSkp } from "../skp/queries";
import { listReceivedInstructions } from "../instructions/queries";

export type DayMinutes = { date: string; day: number; approved: number; submitted: number; working: boolean };

export type EmployeeDashboard = {
  year: number;
  month: number;
  announcements: Awaited<ReturnType<typeof activeAnnouncements>>;
  skp: { status: "BELUM_ADA" | "DRAFT" | "DIAJUKAN" | "DIKEMBALIKAN" | "BERLAKU"; inForceVersion: number | null; openStatus: string | null };
  score: { inputs: ScoreInputs; score: MonthlyScore; ikiMean: Rational | null } | null;
  policyProblem: string | null;
  days: DayMinutes[];
  workingDaysInMonth: number;
  pending: { activityDrafts: number; activityRejected: number; realisationsOpen: number };
  instructions: { id: number; title: string; deadline: Date; issuer: string }[];
  notifications: { id: number; title: string; body: string; link: string | null; createdAt: Date; readAt: Date | null }[];
  unreadCount: number;
};

/** Everything the Beranda of one employee shows (§11), in a few queries. */
export async function employeeDashboard(actor: ServiceActor, now: Date): Promise<EmployeeDashboard> {
  const today = jakartaDate(now);
  const { year, month } = today;
  const first = toDbDate({ year, month, day: 1 });
  const last = toDbDate({ year, month, day: daysInMonth(year, month) });
  const [announcements, skp, calendar, minutes, drafts, realisationsOpen, notifications, unreadCount, instructions] = await Promise.all([
    activeAnnouncements({ opdId: actor.opdId, now }),
    getOwnSkp(actor, year),
    loadMonthCalendar(db, { year, month }),
    db.$queryRaw<{ date: Date; approved: number; submitted: number }[]>`
      SELECT date, COALESCE(SUM("endMinute" - "startMinute") FILTER (WHERE status = 'DISETUJUI'), 0)::int AS approved,
             COALESCE(SUM("endMinute" - "startMinute") FILTER (WHERE status = 'DIAJUKAN'), 0)::int AS submitted
      FROM activity WHERE "employeeId" = ${actor.employeeId} AND date BETWEEN ${first} AND ${last} GROUP BY date`,
    db.activity.groupBy({ by: ["status"], where: { employeeId: actor.employeeId, status: { in: ["DRAFT", "DITOLAK"] }, date: { gte: first, lte: last } }, _count: true }),
    db.ikiRealisation.count({ where: { employeeId: actor.employeeId, year, status: { in: ["DRAFT", "DIKEMBALIKAN"] } } }),
    db.notification.findMany({ where: { employeeId: actor.employeeId }, orderBy: { createdAt: "desc" }, take: 5, select: { id: true, title: true, body: true, link: true, createdAt: true, readAt: true } }),
    db.notification.count({ where: { employeeId: actor.employeeId, readAt: null } }),
    listReceivedInstructions(db, { employeeId: actor.employeeId, openOnly: true }),
  ]);

  let score: EmployeeDashboard["score"] = null;
  let policyProblem: string | null = null;
  try {
    const { policy } = await policyOfYear(db, year);
    const entry = (await monthScores(db, { year, month, employeeIds: [actor.employeeId], policy, now, calendar })).get(actor.employeeId);
    if (entry) {
      const ikiMean = entry.inputs.ikiCapaian.length > 0 ? div(sum(entry.inputs.ikiCapaian), rational(entry.inputs.ikiCapaian.length)) : null;
      score = { ...entry, ikiMean };
    }
  } catch (error) {
    if (!isAppError(error)) throw error;
    policyProblem = error.message;
  }

  const byDay = new Map(minutes.map((m) => [dbDateKey(m.date), m]));
  const working = new Set(calendar.workingDays);
  const days: DayMinutes[] = [];
  for (let day = 1; day <= Math.min(today.day, daysInMonth(year, month)); day++) {
    const key = dateKey({ year, month, day });
    const m = byDay.get(key);
    days.push({ date: key, day, approved: Number(m?.approved ?? 0), submitted: Number(m?.submitted ?? 0), working: working.has(key) });
  }
  const open = skp?.open ?? null;
  return {
    year,
    month,
    announcements,
    skp: {
      status: open ? (open.status === "DISETUJUI" ? "BERLAKU" : open.status) : skp?.inForce ? "BERLAKU" : "BELUM_ADA",
      inForceVersion: skp?.inForce?.number ?? null,
      openStatus: open?.status ?? null,
    },
    score,
    policyProblem,
    days,
    workingDaysInMonth: calendar.workingDays.length,
    pending: {
      activityDrafts: drafts.find((d) => d.status === "DRAFT")?._count ?? 0,
      activityRejected: drafts.find((d) => d.status === "DITOLAK")?._count ?? 0,
      realisationsOpen,
    },
    notifications,
    unreadCount,
    instructions: instructions.slice(0, 5).map((i) => ({ id: i.instructionId, title: i.title, deadline: i.deadline, issuer: i.issuer.name })),
  };
}
