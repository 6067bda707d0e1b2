import "server-only";
import { monthTargetMinutes } from "@/lib/domain/activities/rules";
import { daysInMonth } from "@/lib/domain/calendar-date";
import { dateKey, dayOfWeek, jakartaDate } from "@/lib/domain/period";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { getMonthLock } from "../periods/month-lock";
import type { Db, Tx } from "../prisma-client";

/** §8.1 default, configurable per year as `activityTargetMinutes` in the remuneration policy. */
export const DEFAULT_ACTIVITY_TARGET_MINUTES = 6000;

/** Attendance that takes a day out of the employee's effective working days (§8.1). */
const LEAVE: ReadonlySet<AttendanceStatus> = new Set<AttendanceStatus>(["CUTI", "SAKIT"]);

export type MinutesByStatus = { approved: number; submitted: number; draft: number; rejected: number };

export type SummaryDay = {
  date: string;
  day: number;
  /** 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
  weekend: boolean;
  holiday: string | null;
  working: boolean;
  /** A working day that counts for this employee (not leave, inside employment). */
  effective: boolean;
  attendance: AttendanceStatus | null;
  minutes: MinutesByStatus;
};

export type MonthSummary = {
  employeeId: number;
  year: number;
  month: number;
  days: SummaryDay[];
  workingDays: number;
  effectiveDays: number;
  baseTargetMinutes: number;
  targetMinutes: number;
  approvedMinutes: number;
  totals: MinutesByStatus;
  /** approved / target × 100, unrounded beyond 2 decimals (may exceed 100); null without a target. */
  progressPercent: number | null;
  /** For display: capped at 100. */
  progressPercentCapped: number;
  locked: boolean;
  today: string;
};

const utcDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const key = (d: Date) => d.toISOString().slice(0, 10);

/** The configured monthly target minutes of `year` (latest policy version), else the default. */
export async function activityTargetMinutesOf(client: Db | Tx, year: number): Promise<number> {
  const policy = await client.remunerationPolicy.findFirst({ where: { year }, orderBy: { version: "desc" }, select: { config: true } });
  const value = (policy?.config as { activityTargetMinutes?: unknown } | null)?.activityTargetMinutes;
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : DEFAULT_ACTIVITY_TARGET_MINUTES;
}

/**
 * One employee's month (§5, §8.1): minutes per day by status, working days (weekends and the
 * Holiday table), effective days (no CUTI/SAKIT, inside employment), the target and progress.
 * The caller decides who may see it. Four small queries whatever the month holds.
 */
export async function monthSummary(client: Db | Tx, input: { employeeId: number; year: number; month: number; now: Date }): Promise<MonthSummary> {
  const { year, month } = input;
  const last = daysInMonth(year, month);
  const from = utcDay(year, month, 1);
  const to = utcDay(year, month, last);
  const range = { gte: from, lte: to };
  const [employee, holidays, attendance, activities, baseTargetMinutes, lock] = await Promise.all([
    client.employee.findUniqueOrThrow({ where: { id: input.employeeId }, select: { startDate: true, endDate: true } }),
    client.holiday.findMany({ where: { date: range }, select: { date: true, description: true } }),
    client.attendanceDay.findMany({ where: { employeeId: input.employeeId, date: range }, select: { date: true, status: true } }),
    client.activity.findMany({ where: { employeeId: input.employeeId, date: range }, select: { date: true, status: true, startMinute: true, endMinute: true } }),
    activityTargetMinutesOf(client, year),
    getMonthLock(client, { year, month, now: input.now }),
  ]);
  const holidayByKey = new Map(holidays.map((h) => [key(h.date), h.description]));
  const attendanceByKey = new Map(attendance.map((a) => [key(a.date), a.status]));
  const minutesByKey = new Map<string, MinutesByStatus>();
  const totals: MinutesByStatus = { approved: 0, submitted: 0, draft: 0, rejected: 0 };
  const field = { DISETUJUI: "approved", DIAJUKAN: "submitted", DRAFT: "draft", DITOLAK: "rejected" } as const;
  for (const a of activities) {
    const k = key(a.date);
    const m = minutesByKey.get(k) ?? { approved: 0, submitted: 0, draft: 0, rejected: 0 };
    const minutes = a.endMinute - a.startMinute;
    m[field[a.status]] += minutes;
    totals[field[a.status]] += minutes;
    minutesByKey.set(k, m);
  }
  const startKey = key(employee.startDate);
  const endKey = employee.endDate ? key(employee.endDate) : null;

  const days: SummaryDay[] = [];
  for (let day = 1; day <= last; day++) {
    const date = { year, month, day };
    const k = dateKey(date);
    const weekday = dayOfWeek(date);
    const weekend = weekday === 0 || weekday === 6;
    const holiday = holidayByKey.get(k) ?? null;
    const working = !weekend && holiday === null;
    const status = attendanceByKey.get(k) ?? null;
    const employed = k >= startKey && (endKey === null || k <= endKey);
    days.push({
      date: k,
      day,
      isoWeekday: weekday === 0 ? 7 : weekday,
      weekend,
      holiday,
      working,
      effective: working && employed && !(status && LEAVE.has(status)),
      attendance: status,
      minutes: minutesByKey.get(k) ?? { approved: 0, submitted: 0, draft: 0, rejected: 0 },
    });
  }
  const workingDays = days.filter((d) => d.working).length;
  const effectiveDays = days.filter((d) => d.effective).length;
  const targetMinutes = monthTargetMinutes({ workingDays, effectiveDays, targetMinutes: baseTargetMinutes });
  const progressPercent = targetMinutes > 0 ? Math.floor((totals.approved * 10000) / targetMinutes) / 100 : null;
  return {
    employeeId: input.employeeId,
    year,
    month,
    days,
    workingDays,
    effectiveDays,
    baseTargetMinutes,
    targetMinutes,
    approvedMinutes: totals.approved,
    totals,
    progressPercent,
    progressPercentCapped: progressPercent === null ? 0 : Math.min(progressPercent, 100),
    locked: lock.locked,
    today: dateKey(jakartaDate(input.now)),
  };
}
