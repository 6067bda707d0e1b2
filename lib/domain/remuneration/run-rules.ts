/**
 * Rules of allowance runs (DESIGN.md §8.3, last paragraph) that need no database: month arithmetic
 * for sanctions, what may happen to a run in which state, and the labels shown for it.
 */

/** Months since year 0, so a sanction's term is a half-open range of indices. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** A sanction starting startYear/startMonth for `months` months covers year/month. */
export function sanctionActiveIn(s: { startYear: number; startMonth: number; months: number; cancelledAt?: Date | null }, year: number, month: number): boolean {
  if (s.cancelledAt) return false;
  const start = monthIndex(s.startYear, s.startMonth);
  const at = monthIndex(year, month);
  return at >= start && at < start + s.months;
}

export type RunState = { status: "DRAFT" | "FINAL"; computedAt: Date | null; error: string | null };

/** "Menghitung" while the job is writing lines, "Gagal" when it stopped with an error. */
export function runStateLabel(run: RunState): string {
  if (run.status === "FINAL") return "Final";
  if (run.error) return "Gagal dihitung";
  if (!run.computedAt) return "Sedang dihitung";
  return "Draf";
}

/** Why a run cannot be recomputed now, or null when it can (a finished or failed DRAFT). */
export function recomputeRefusal(run: RunState): string | null {
  if (run.status === "FINAL") return "TRK ini sudah final dan tidak dapat dihitung ulang. Buat revisi bila perlu koreksi.";
  if (!run.computedAt && !run.error) return "TRK ini sedang dihitung. Tunggu sampai selesai.";
  return null;
}

/** Why a run cannot be finalised now, or null. */
export function finaliseRefusal(run: RunState): string | null {
  if (run.status === "FINAL") return "TRK ini sudah final.";
  if (run.error) return "Perhitungan TRK ini gagal; hitung ulang sebelum difinalkan.";
  if (!run.computedAt) return "TRK ini masih dihitung; finalkan setelah selesai.";
  return null;
}

/** "2026-03" → { year, month }, or null. */
export function parseMonthKey(text: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 2000 || year > 2100) return null;
  return { year, month };
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}
