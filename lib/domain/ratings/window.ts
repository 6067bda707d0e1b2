import { daysInMonth } from "../calendar-date";
import { isMonthLocked, jakartaInstant, type MonthLockState } from "../period";
import { DEFAULT_WINDOW_OPEN_DAY } from "./config";

/**
 * DESIGN.md §7: the rating form of month M opens on the configured day of M (default the 20th) at
 * 00:00 WIB and closes at the month's lock (the scheduled lock, or an earlier lock by Admin BKD; a
 * reopened month is open again until it is locked again).
 */
export function ratingWindowOpensAt(input: { year: number; month: number; openDay?: number }): Date {
  const wanted = input.openDay ?? DEFAULT_WINDOW_OPEN_DAY;
  // A day that the month lacks (31 in April) opens on its last day.
  const day = Math.min(Math.max(1, Math.floor(wanted)), daysInMonth(input.year, input.month));
  return jakartaInstant({ year: input.year, month: input.month, day });
}

export type RatingWindow = {
  opensAt: Date;
  /** BEFORE: not yet open; OPEN: ratings accepted; LOCKED: the month is locked. */
  state: "BEFORE" | "OPEN" | "LOCKED";
  open: boolean;
};

export function ratingWindow(input: { year: number; month: number; openDay?: number; lock: MonthLockState; now: Date }): RatingWindow {
  const opensAt = ratingWindowOpensAt(input);
  if (isMonthLocked(input.lock, input.now)) return { opensAt, state: "LOCKED", open: false };
  if (input.now.getTime() < opensAt.getTime()) return { opensAt, state: "BEFORE", open: false };
  return { opensAt, state: "OPEN", open: true };
}
