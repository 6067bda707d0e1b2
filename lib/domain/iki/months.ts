import { monthLabel } from "../period";

export type YearMonth = { year: number; month: number };

/** "2026-03" for March 2026: the form a month takes in URLs (?bulan=2026-03). */
export function monthKey(value: YearMonth): string {
  return `${value.year}-${String(value.month).padStart(2, "0")}`;
}

/** "2026-03" → { year: 2026, month: 3 }; null when malformed. */
export function parseMonthKey(text: string | undefined | null): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text ?? "");
  if (!match) return null;
  const value = { year: Number(match[1]), month: Number(match[2]) };
  return value.month >= 1 && value.month <= 12 ? value : null;
}

const index = (v: YearMonth) => v.year * 12 + (v.month - 1);

/**
 * The months a realisation page offers (§3, §6): every month of the current year up to the current
 * one, newest first, and December of the previous year while it may still be open in January.
 */
export function selectableMonths(current: YearMonth): (YearMonth & { label: string })[] {
  const list: YearMonth[] = [];
  for (let month = current.month; month >= 1; month--) list.push({ year: current.year, month });
  if (current.month === 1) list.push({ year: current.year - 1, month: 12 });
  return list.map((m) => ({ ...m, label: `${monthLabel(m.month)} ${m.year}` }));
}

/** The asked month when it is a real month no later than the current one and at most a year back; else the current month. */
export function chooseMonth(asked: YearMonth | null, current: YearMonth): YearMonth {
  if (!asked) return current;
  const diff = index(current) - index(asked);
  return diff >= 0 && diff <= 12 ? asked : current;
}
