/** Dates and times as shown to users: Bahasa Indonesia, West Indonesia Time (DESIGN.md §3). */
const dateTime = new Intl.DateTimeFormat("id-ID", {
  timeZone: "Asia/Jakarta",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const dateOnly = new Intl.DateTimeFormat("id-ID", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

/** "4 Desember 2026 pukul 09.15 WIB". */
export function formatDateTimeWib(value: Date): string {
  return `${dateTime.format(value)} WIB`;
}

/** A calendar date stored as UTC midnight (a @db.Date column): "1 Maret 2015". */
export function formatCalendarDate(value: Date): string {
  return dateOnly.format(value);
}

const longDate = new Intl.DateTimeFormat("id-ID", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });

/** A WIB calendar date with its weekday: "Jumat, 4 Desember 2026". */
export function formatCalendarDateLong(date: { year: number; month: number; day: number }): string {
  return longDate.format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
}
