/**
 * Discipline deductions from one working day of attendance (DESIGN.md §8.3 step 4, §9): TL (late
 * arrival) and PSW (leaving early) codes from the check-in/out times against that day's working
 * hours, TK (absent without leave), and days without deduction (leave, sick leave, official travel).
 * Holidays and weekends never deduct: the caller passes working days only.
 */
import type { AttendanceBand, RemunerationPolicy } from "./policy";

export const ATTENDANCE_STATUSES = ["HADIR", "CUTI", "SAKIT", "DINAS_LUAR", "WFH", "TK"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export type DayDeduction = { code: string; minutes: number | null; deductionBp: number; note: string };

function band(bands: readonly AttendanceBand[], minutes: number): { index: number; bp: number } | null {
  if (minutes <= 0) return null;
  const i = bands.findIndex((b) => minutes >= b.fromMinute && (b.toMinute === null || minutes <= b.toMinute));
  return i < 0 ? null : { index: i, bp: bands[i]!.deductionBp };
}

/**
 * The deductions of one working day. `hours` are that day's working hours (Friday's differ).
 * HADIR and WFH are checked against the times; a missing check-in counts as the last TL band
 * (TL4), a missing check-out as the last PSW band (PSW4).
 */
export function dayDeductions(input: {
  status: AttendanceStatus;
  checkInMinute: number | null;
  checkOutMinute: number | null;
  hours: { startMinute: number; endMinute: number };
  policy: Pick<RemunerationPolicy, "lateArrivalBands" | "earlyLeaveBands" | "missingCheckInBp" | "missingCheckOutBp" | "absentWithoutLeaveBp">;
}): DayDeduction[] {
  const { policy } = input;
  if (input.status === "TK") return [{ code: "TK", minutes: null, deductionBp: policy.absentWithoutLeaveBp, note: "Tanpa keterangan" }];
  if (input.status !== "HADIR" && input.status !== "WFH") return [];
  const out: DayDeduction[] = [];
  const lastTl = policy.lateArrivalBands.length;
  const lastPsw = policy.earlyLeaveBands.length;
  if (input.checkInMinute == null) {
    out.push({ code: `TL${lastTl}`, minutes: null, deductionBp: policy.missingCheckInBp, note: "Tidak ada catatan masuk" });
  } else {
    const late = input.checkInMinute - input.hours.startMinute;
    const b = band(policy.lateArrivalBands, late);
    if (b) out.push({ code: `TL${b.index + 1}`, minutes: late, deductionBp: b.bp, note: `Terlambat ${late} menit` });
  }
  if (input.checkOutMinute == null) {
    out.push({ code: `PSW${lastPsw}`, minutes: null, deductionBp: policy.missingCheckOutBp, note: "Tidak ada catatan pulang" });
  } else {
    const early = input.hours.endMinute - input.checkOutMinute;
    const b = band(policy.earlyLeaveBands, early);
    if (b) out.push({ code: `PSW${b.index + 1}`, minutes: early, deductionBp: b.bp, note: `Pulang ${early} menit sebelum waktunya` });
  }
  return out;
}
