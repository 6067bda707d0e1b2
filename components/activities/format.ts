const longDay = new Intl.DateTimeFormat("id-ID", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });

/** "2026-03-16" (a WIB calendar date) → "Senin, 16 Maret 2026". */
export function formatDayKey(key: string): string {
  return longDay.format(new Date(`${key}T00:00:00Z`));
}
