import "server-only";
import { daysInMonth } from "@/lib/domain/calendar-date";
import { workingDaysOfMonth } from "@/lib/domain/period";
import { workingHoursOn } from "@/lib/domain/reminders";
import { dbDateKey, toDbDate } from "../admin/db-date";
import type { Db, Tx } from "../prisma-client";

export type MonthCalendar = {
  year: number;
  month: number;
  /** Working days (Mon–Fri, not a holiday, with working hours in force), ascending keys. */
  workingDays: string[];
  /** Working hours of each working day (Friday's differ). */
  hours: Record<string, { startMinute: number; endMinute: number }>;
  /** Holidays of the month: key → description. */
  holidays: Map<string, string>;
  first: Date;
  last: Date;
};

/** The working calendar of a month (DESIGN.md §3) from the holiday and working-hours tables. */
export async function loadMonthCalendar(client: Db | Tx, input: { year: number; month: number }): Promise<MonthCalendar> {
  const first = toDbDate({ year: input.year, month: input.month, day: 1 });
  const last = toDbDate({ year: input.year, month: input.month, day: daysInMonth(input.year, input.month) });
  const [holidayRows, hourRows] = await Promise.all([
    client.holiday.findMany({ where: { date: { gte: first, lte: last } }, select: { date: true, description: true } }),
    client.workingHours.findMany({ select: { validFrom: true, weekday: true, startMinute: true, endMinute: true } }),
  ]);
  const holidays = new Map(holidayRows.map((h) => [dbDateKey(h.date), h.description]));
  const rows = hourRows.map((h) => ({ ...h, validFrom: dbDateKey(h.validFrom) }));
  const hours: MonthCalendar["hours"] = {};
  const workingDays = workingDaysOfMonth(input.year, input.month, new Set(holidays.keys())).filter((key) => {
    const [y, m, d] = key.split("-").map(Number);
    const h = workingHoursOn({ year: y!, month: m!, day: d! }, rows);
    // No schedule configured at all: the default hours of §3.
    const resolved = h === undefined ? { startMinute: 450, endMinute: new Date(`${key}T00:00:00Z`).getUTCDay() === 5 ? 990 : 960 } : h;
    if (!resolved) return false;
    hours[key] = resolved;
    return true;
  });
  return { year: input.year, month: input.month, workingDays, hours, holidays, first, last };
}
