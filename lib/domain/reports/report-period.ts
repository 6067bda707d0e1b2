/** Query parameters of the report pages, checked with a plain Indonesian message (no throw). */
import { MONTH_LABELS } from "../period";

export type ReportPeriod = { year: number; month: number | null };
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** "YYYY-MM" → { year, month }; `fallback` when absent. */
export function parseMonthParam(value: string | undefined, fallback: { year: number; month: number }): Parsed<{ year: number; month: number }> {
  if (value === undefined || value === "") return { ok: true, value: fallback };
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  const year = m ? Number(m[1]) : NaN;
  const month = m ? Number(m[2]) : NaN;
  if (!m || month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, message: "Bulan tidak valid. Gunakan format TTTT-BB, misalnya 2026-03." };
  }
  return { ok: true, value: { year, month } };
}

/** The period of a performance report: `bulan=YYYY-MM` (monthly) or `tahun=YYYY` (annual). */
export function parseReportPeriod(params: { bulan?: string; tahun?: string }, today: { year: number; month: number }): Parsed<ReportPeriod> {
  if (params.tahun !== undefined && params.tahun !== "") {
    if (params.bulan) return { ok: false, message: "Pilih bulan atau tahun, tidak keduanya." };
    const year = /^\d{4}$/.test(params.tahun) ? Number(params.tahun) : NaN;
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return { ok: false, message: "Tahun tidak valid. Gunakan empat angka, misalnya 2026." };
    return { ok: true, value: { year, month: null } };
  }
  const month = parseMonthParam(params.bulan, today);
  return month.ok ? { ok: true, value: month.value } : month;
}

/** "Maret 2026" or "Tahun 2026". */
export function periodLabel(period: ReportPeriod): string {
  return period.month === null ? `Tahun ${period.year}` : `${MONTH_LABELS[period.month - 1]} ${period.year}`;
}

/** "2026-03" or "2026", for file names and links. */
export function periodKey(period: ReportPeriod): string {
  return period.month === null ? String(period.year) : `${period.year}-${String(period.month).padStart(2, "0")}`;
}

/** A single query-string value (Next gives arrays for repeated keys; the first counts). */
export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
