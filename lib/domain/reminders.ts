import type { CalendarDate } from "./calendar-date";
import { dateKey, dayOfWeek, isWorkingDay, jakartaDate, WIB_OFFSET_MS } from "./period";

/** DESIGN.md §10: the daily reminder goes to whoever has logged no activity by 15:00 WIB (configurable). */
export const ACTIVITY_REMINDER_MINUTE = 15 * 60;

/** One row of the working-hours table: ISO weekday (1 = Monday … 7 = Sunday) from validFrom ("YYYY-MM-DD"). */
export type WorkingHoursRow = { validFrom: string; weekday: number; startMinute: number; endMinute: number };

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  return dayOfWeek(date) || 7;
}

/**
 * The working hours of `date`, from the schedule in force: the rows with the latest validFrom not
 * after the date (each validFrom starts a new week schedule, see the WorkingHours model). Undefined
 * when no schedule was configured at all; null when the schedule in force has no row for the weekday.
 */
export function workingHoursOn(
  date: CalendarDate,
  rows: readonly WorkingHoursRow[],
): { startMinute: number; endMinute: number } | null | undefined {
  const key = dateKey(date);
  let inForce: string | undefined;
  for (const row of rows) if (row.validFrom <= key && (inForce === undefined || row.validFrom > inForce)) inForce = row.validFrom;
  if (inForce === undefined) return undefined;
  const weekday = isoWeekday(date);
  const row = rows.find((r) => r.validFrom === inForce && r.weekday === weekday);
  return row ? { startMinute: row.startMinute, endMinute: row.endMinute } : null;
}

/**
 * A working day for the reminder: Monday–Friday and not a holiday (DESIGN.md §3), and — when working
 * hours are configured — a weekday of the schedule in force.
 */
export function isReminderWorkingDay(date: CalendarDate, holidays: ReadonlySet<string>, workingHours: readonly WorkingHoursRow[]): boolean {
  return isWorkingDay(date, holidays) && workingHoursOn(date, workingHours) !== null;
}

/** The dedupe key of the reminder of one WIB date: one job per date, whatever the number of servers. */
export function activityReminderKey(date: CalendarDate): string {
  return `activity-reminder:${dateKey(date)}`;
}

export type ReminderDue = {
  due: boolean;
  /** The WIB date of `now`. */
  date: CalendarDate;
  dedupeKey: string;
  reason: "DUE" | "NOT_WORKING_DAY" | "TOO_EARLY";
};

/**
 * Is the daily activity reminder due at `now`? On a working day in WIB, at or after 15:00 WIB
 * (or `reminderMinute`), whatever the server's zone.
 */
export function activityReminderDue(input: {
  now: Date;
  holidays: ReadonlySet<string>;
  workingHours: readonly WorkingHoursRow[];
  reminderMinute?: number;
}): ReminderDue {
  const date = jakartaDate(input.now);
  const dedupeKey = activityReminderKey(date);
  if (!isReminderWorkingDay(date, input.holidays, input.workingHours)) return { due: false, date, dedupeKey, reason: "NOT_WORKING_DAY" };
  const wib = new Date(input.now.getTime() + WIB_OFFSET_MS);
  const minuteOfDay = wib.getUTCHours() * 60 + wib.getUTCMinutes();
  const threshold = input.reminderMinute ?? ACTIVITY_REMINDER_MINUTE;
  if (minuteOfDay < threshold) return { due: false, date, dedupeKey, reason: "TOO_EARLY" };
  return { due: true, date, dedupeKey, reason: "DUE" };
}
