import type { CalendarDate } from "@/lib/domain/calendar-date";

/** A calendar date as Prisma writes it to a @db.Date column (UTC midnight). */
export function toDbDate(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

/** A @db.Date value as "YYYY-MM-DD" (for forms and audit rows). */
export function dbDateKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}
