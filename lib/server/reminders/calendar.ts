import "server-only";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import type { WorkingHoursRow } from "@/lib/domain/reminders";
import { dbDateKey, toDbDate } from "../admin/db-date";
import { db } from "../db";

/** The holidays of `date` (as a set of keys) and the whole working-hours table (a few rows). */
export async function loadCalendar(date: CalendarDate): Promise<{ holidays: Set<string>; workingHours: WorkingHoursRow[] }> {
  const [holidays, hours] = await Promise.all([
    db.holiday.findMany({ where: { date: toDbDate(date) }, select: { date: true } }),
    db.workingHours.findMany({ select: { validFrom: true, weekday: true, startMinute: true, endMinute: true } }),
  ]);
  return {
    holidays: new Set(holidays.map((h) => dbDateKey(h.date))),
    workingHours: hours.map((h) => ({ ...h, validFrom: dbDateKey(h.validFrom) })),
  };
}

/**
 * The reminder time of `year` (minutes after midnight WIB): the activityReminderMinute of the
 * newest remuneration policy of that year when set (configurable), else undefined (the default 15:00).
 */
export async function reminderMinuteOf(year: number): Promise<number | undefined> {
  const policy = await db.remunerationPolicy.findFirst({ where: { year }, orderBy: { version: "desc" }, select: { config: true } });
  const config = policy?.config;
  if (!config || typeof config !== "object" || Array.isArray(config)) return undefined;
  const minute = (config as Record<string, unknown>).activityReminderMinute;
  return typeof minute === "number" && Number.isInteger(minute) && minute >= 0 && minute < 24 * 60 ? minute : undefined;
}
