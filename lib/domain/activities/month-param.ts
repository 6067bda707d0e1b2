import { jakartaDate } from "../period";

export type YearMonth = { year: number; month: number };

/** "2026-03" → { year: 2026, month: 3 }; the WIB month of `now` when missing or malformed. */
export function parseMonthParam(value: unknown, now: Date): YearMonth {
  if (typeof value === "string") {
    const match = /^(\d{4})-(\d{2})$/.exec(value.trim());
    if (match) {
      const year = Number(match[1]);
      const month = Number(match[2]);
      if (year >= 2000 && year <= 2100 && month >= 1 && month <= 12) return { year, month };
    }
  }
  const today = jakartaDate(now);
  return { year: today.year, month: today.month };
}

export function monthParam(value: YearMonth): string {
  return `${value.year}-${String(value.month).padStart(2, "0")}`;
}

/** The month before or after. */
export function shiftMonth(value: YearMonth, by: -1 | 1): YearMonth {
  const index = value.year * 12 + (value.month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 450 → "7 j 30 m"; 0 → "0 m". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} m`;
  return m === 0 ? `${h} j` : `${h} j ${m} m`;
}
