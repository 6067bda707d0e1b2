/**
 * What an attendance import changes (DESIGN.md §9), decided from the valid rows and the days
 * already stored for the same employees and dates. Pure. A day is identified by (employee, date):
 * a new one is created; a stored one with other times or status is updated (audited before and
 * after); an identical one is unchanged, so the same file twice writes nothing.
 */
import type { AttendanceStatus } from "../remuneration/attendance-codes";
import type { ValidAttendanceRow } from "./attendance-file";
import { formatMinuteOfDay } from "./attendance-row";

export type StoredAttendanceDay = {
  readonly id: number;
  readonly employeeId: number;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly checkInMinute: number | null;
  readonly checkOutMinute: number | null;
  readonly status: AttendanceStatus;
};

/** Audit-log field names, as the columns of the file. */
export type AttendanceFields = Partial<Record<"jam_masuk" | "jam_pulang" | "status", string | null>>;

export type AttendanceUpdate = { readonly id: number; readonly row: ValidAttendanceRow; readonly before: AttendanceFields; readonly after: AttendanceFields };

export type AttendancePlan = {
  readonly creates: ValidAttendanceRow[];
  readonly updates: AttendanceUpdate[];
  readonly unchanged: number;
};

export const attendanceDayKey = (employeeId: number, date: string) => `${employeeId}|${date}`;
const time = (minute: number | null) => (minute === null ? null : formatMinuteOfDay(minute));

/** `rows` must hold each (employee, date) once (the file check refuses repeats). */
export function planAttendanceImport(rows: readonly ValidAttendanceRow[], stored: readonly StoredAttendanceDay[]): AttendancePlan {
  const byKey = new Map(stored.map((s) => [attendanceDayKey(s.employeeId, s.date), s]));
  const creates: ValidAttendanceRow[] = [];
  const updates: AttendanceUpdate[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const current = byKey.get(attendanceDayKey(row.employeeId, row.date));
    if (!current) {
      creates.push(row);
      continue;
    }
    const before: AttendanceFields = {};
    const after: AttendanceFields = {};
    if (current.checkInMinute !== row.checkInMinute) [before.jam_masuk, after.jam_masuk] = [time(current.checkInMinute), time(row.checkInMinute)];
    if (current.checkOutMinute !== row.checkOutMinute) [before.jam_pulang, after.jam_pulang] = [time(current.checkOutMinute), time(row.checkOutMinute)];
    if (current.status !== row.status) [before.status, after.status] = [current.status, row.status];
    if (Object.keys(after).length === 0) unchanged += 1;
    else updates.push({ id: current.id, row, before, after });
  }
  return { creates, updates, unchanged };
}
