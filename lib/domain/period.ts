import { type CalendarDate, daysInMonth, isValidCalendarDate } from "./calendar-date";

/**
 * All dates are WIB, Asia/Jakarta (DESIGN.md §3). WIB is UTC+7 with no daylight saving,
 * so a fixed offset is exact and independent of the server's zone.
 */
export const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The WIB calendar date of an instant. */
export function jakartaDate(now: Date): CalendarDate {
  const shifted = new Date(now.getTime() + WIB_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The instant of a WIB wall-clock time on a calendar date. */
export function jakartaInstant(
  date: CalendarDate,
  time: { hour?: number; minute?: number; second?: number; millisecond?: number } = {},
): Date {
  const { hour = 0, minute = 0, second = 0, millisecond = 0 } = time;
  return new Date(
    Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, millisecond) - WIB_OFFSET_MS,
  );
}

/** "YYYY-MM-DD", the form dates take in keys, holiday sets and URLs. */
export function dateKey(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Parses "YYYY-MM-DD"; null when malformed or not a real date (e.g. "2026-02-29"). */
export function parseDateKey(key: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCalendarDate(date) ? date : null;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** DESIGN.md §3: working days are Monday–Friday minus the holidays (keys "YYYY-MM-DD"). */
export function isWorkingDay(date: CalendarDate, holidays: ReadonlySet<string>): boolean {
  const weekday = dayOfWeek(date);
  return weekday >= 1 && weekday <= 5 && !holidays.has(dateKey(date));
}

/** The working days of a month, as ascending date keys. */
export function workingDaysOfMonth(year: number, month: number, holidays: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const date = { year, month, day };
    if (isWorkingDay(date, holidays)) keys.push(dateKey(date));
  }
  return keys;
}

/** DESIGN.md §3: the default lock day of month M+1; configurable per year. */
export const DEFAULT_LOCK_DAY = 5;

/**
 * DESIGN.md §3: month M locks at the end of day `lockDay` of month M+1, WIB
 * (23:59:59.999, so every moment of 23:59 is still open). December locks in January of the next year.
 */
export function defaultLockAt(year: number, month: number, lockDay: number = DEFAULT_LOCK_DAY): Date {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const date = { ...next, day: lockDay };
  if (!isValidCalendarDate(date)) {
    throw new RangeError(`lock day ${lockDay} does not exist in ${next.year}-${next.month}`);
  }
  return jakartaInstant(date, { hour: 23, minute: 59, second: 59, millisecond: 999 });
}

export type MonthLockState = {
  /** The scheduled lock (defaultLockAt, or the configured day). */
  readonly lockAt: Date;
  /** Set when Admin BKD locks the month early (or locks it again after a reopening). */
  readonly lockedAt?: Date | null;
  /** Set when Admin BKD reopens the month (DESIGN.md §3, audited). */
  readonly reopenedAt?: Date | null;
};

/**
 * DESIGN.md §3. A month is locked when either
 * - Admin BKD locked it (lockedAt) and did not reopen it after that moment, or
 * - the scheduled lock has passed (now > lockAt) and it was not reopened after lockAt.
 * A reopening therefore lifts the scheduled lock for good; it ends only when Admin BKD
 * locks again, which sets a lockedAt later than reopenedAt. A reopening at the very same
 * instant as a lock does not count as after it (fail closed).
 */
export function isMonthLocked(state: MonthLockState, now: Date): boolean {
  const reopenedAfter = (moment: Date) =>
    state.reopenedAt != null && state.reopenedAt.getTime() > moment.getTime();
  const lockedByAdmin = state.lockedAt != null && !reopenedAfter(state.lockedAt);
  const lockedBySchedule = now.getTime() > state.lockAt.getTime() && !reopenedAfter(state.lockAt);
  return lockedByAdmin || lockedBySchedule;
}

export const MONTH_LABELS = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

export type MonthLabel = (typeof MONTH_LABELS)[number];

/** The Indonesian name of a month 1–12; throws RangeError otherwise. */
export function monthLabel(month: number): MonthLabel {
  const label = Number.isInteger(month) ? MONTH_LABELS[month - 1] : undefined;
  if (label === undefined) throw new RangeError(`month must be 1–12, got ${month}`);
  return label;
}
