import { isValidCalendarDate } from "./calendar-date";
import { jakartaInstant, monthLabel } from "./period";

/** DESIGN.md §3: reopening a locked month is audited and needs a reason (issue #5: at least 10 characters). */
export const REOPEN_REASON_MIN = 10;
export const REOPEN_REASON_MAX = 500;

/** Years an administrator may address on the period page and in the services. */
export const PERIOD_YEAR_MIN = 2000;
export const PERIOD_YEAR_MAX = 2100;

export type ReasonCheck = { ok: true; reason: string } | { ok: false; message: string };

/** The reason as stored (trimmed, runs of whitespace kept as typed inside), or why it is refused. */
export function checkReopenReason(raw: string): ReasonCheck {
  const reason = raw.trim();
  if (reason.length === 0) return { ok: false, message: "Alasan membuka kembali wajib diisi." };
  if (reason.length < REOPEN_REASON_MIN) {
    return { ok: false, message: `Alasan membuka kembali minimal ${REOPEN_REASON_MIN} karakter.` };
  }
  if (reason.length > REOPEN_REASON_MAX) {
    return { ok: false, message: `Alasan membuka kembali paling banyak ${REOPEN_REASON_MAX} karakter.` };
  }
  return { ok: true, reason };
}

/** Whether year/month names a performance month the administration addresses. */
export function isPeriodMonth(year: number, month: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= PERIOD_YEAR_MIN &&
    year <= PERIOD_YEAR_MAX &&
    isValidCalendarDate({ year, month, day: 1 })
  );
}

/** The first instant (00:00 WIB on the 1st) of a performance month. */
export function monthStart(year: number, month: number): Date {
  return jakartaInstant({ year, month, day: 1 });
}

/** "Maret 2026". */
export function periodLabel(year: number, month: number): string {
  return `${monthLabel(month)} ${year}`;
}

/**
 * The instant to record for a lock or reopening at `now`: never at or before the previous opposite
 * event, because isMonthLocked compares them strictly (the same instant fails closed) and a lock
 * must end a reopening, and a reopening a lock, even when two clicks land in the same millisecond.
 */
export function stampAfter(now: Date, previous: Date | null | undefined): Date {
  if (previous && now.getTime() <= previous.getTime()) return new Date(previous.getTime() + 1);
  return now;
}
