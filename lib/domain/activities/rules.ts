/**
 * The rules of one activity entry (DESIGN.md §5): description of at least 10 characters, end after
 * start on the same day, no date in the future, output quantity not negative, and no overlap with the
 * same employee's other entries that day. Times are minutes since midnight WIB.
 */
export const MIN_DESCRIPTION = 10;
export const MAX_DESCRIPTION = 2000;

/** "07:30" or "7.30" → 450; null when it is not a time of day. */
export function parseTimeOfDay(text: string): number | null {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** 450 → "07:30". */
export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export type Interval = { id?: number; startMinute: number; endMinute: number };

/** The entries of the day that [start, end) overlaps (touching ends do not overlap). */
export function overlapping(interval: Interval, others: readonly Interval[]): Interval[] {
  return others.filter((o) => o.id !== interval.id && interval.startMinute < o.endMinute && o.startMinute < interval.endMinute);
}

export type ActivityFieldErrors = Partial<Record<"date" | "startTime" | "endTime" | "description" | "outputQuantity" | "outputUnit", string[]>>;

/**
 * Checks an entry against the rules that need no database; `others` are the employee's other
 * entries of that date. `today` is the WIB date key (YYYY-MM-DD) of now.
 */
export function checkActivity(input: {
  dateKey: string;
  today: string;
  startMinute: number | null;
  endMinute: number | null;
  description: string;
  outputQuantity: string;
  outputUnit: string;
  others: readonly Interval[];
  id?: number;
}): ActivityFieldErrors {
  const errors: ActivityFieldErrors = {};
  const add = (key: keyof ActivityFieldErrors, message: string) => (errors[key] ??= []).push(message);
  if (input.dateKey > input.today) add("date", "Tanggal aktivitas tidak boleh di masa depan.");
  if (input.startMinute == null) add("startTime", "Isi jam mulai dengan format JJ:MM, misalnya 07:30.");
  if (input.endMinute == null) add("endTime", "Isi jam selesai dengan format JJ:MM, misalnya 09:00.");
  if (input.startMinute != null && input.endMinute != null) {
    if (input.endMinute <= input.startMinute) add("endTime", "Jam selesai harus setelah jam mulai pada hari yang sama.");
    else {
      const clash = overlapping({ id: input.id, startMinute: input.startMinute, endMinute: input.endMinute }, input.others);
      if (clash.length > 0) {
        const c = clash[0]!;
        add("startTime", `Waktu bertabrakan dengan aktivitas lain pada hari itu (${formatTimeOfDay(c.startMinute)}–${formatTimeOfDay(c.endMinute)}).`);
      }
    }
  }
  const description = input.description.trim();
  if (description.length < MIN_DESCRIPTION) add("description", `Uraian aktivitas paling sedikit ${MIN_DESCRIPTION} karakter.`);
  if (description.length > MAX_DESCRIPTION) add("description", `Uraian aktivitas paling banyak ${MAX_DESCRIPTION} karakter.`);
  const quantity = input.outputQuantity.trim().replace(",", ".");
  if (!/^\d+(\.\d{1,4})?$/.test(quantity)) add("outputQuantity", "Jumlah hasil harus angka tidak negatif, misalnya 1 atau 2,5.");
  else if (Number(quantity) >= 1e12) add("outputQuantity", "Jumlah hasil terlalu besar.");
  if (!input.outputUnit.trim()) add("outputUnit", "Isi satuan hasil, misalnya dokumen atau laporan.");
  else if (input.outputUnit.trim().length > 50) add("outputUnit", "Satuan hasil paling banyak 50 karakter.");
  return errors;
}

/**
 * Target minutes of a month (§8.1): 6,000 × effective working days / working days of the month,
 * rounded down to a whole minute. `targetMinutes` is configurable (remuneration policy).
 */
export function monthTargetMinutes(input: { workingDays: number; effectiveDays: number; targetMinutes?: number }): number {
  if (input.workingDays <= 0) return 0;
  const target = input.targetMinutes ?? 6000;
  return Math.floor((target * Math.min(input.effectiveDays, input.workingDays)) / input.workingDays);
}
