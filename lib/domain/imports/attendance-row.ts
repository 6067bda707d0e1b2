/**
 * Attendance from K-MOB (DESIGN.md §9): the columns of the CSV file and the checks that need nothing
 * but the file itself — one row at a time, and (nip, tanggal) repeated within the file. Pure.
 *
 * Columns (header row, in any order; extra columns are ignored):
 *   nip         18-digit NIP of a registered employee
 *   tanggal     YYYY-MM-DD, the day (WIB)
 *   jam_masuk   HH:MM check-in (WIB), or empty
 *   jam_pulang  HH:MM check-out (WIB), or empty; later than jam_masuk when both are given
 *   status      HADIR, CUTI, SAKIT, DINAS_LUAR, WFH or TK
 *
 * HADIR and WFH may lack a time: a missing check-in counts as TL4, a missing check-out as PSW4
 * (§8.3 step 4). For CUTI, SAKIT, DINAS_LUAR and TK the times say nothing about deductions: they
 * are ignored and stored empty, so a K-MOB export that records a scan on a day of leave still imports.
 */
import { isValidCalendarDate } from "../calendar-date";
import { ATTENDANCE_STATUSES, type AttendanceStatus } from "../remuneration/attendance-codes";
import type { RawRecord } from "./csv-table";
import { normaliseText } from "./employee-row";
import { otherLinesText } from "./import-lines";
import { columnError, type ImportRowError } from "./import-error";

export const ATTENDANCE_IMPORT_COLUMNS = ["nip", "tanggal", "jam_masuk", "jam_pulang", "status"] as const;
export type AttendanceImportColumn = (typeof ATTENDANCE_IMPORT_COLUMNS)[number];

/** Statuses whose times are checked against the working hours (§8.3 step 4). */
const TIMED_STATUSES: ReadonlySet<AttendanceStatus> = new Set(["HADIR", "WFH"]);

/** One valid row. Minutes since midnight WIB; null when empty (or ignored for the status). */
export type AttendanceImportRow = {
  readonly line: number;
  readonly nip: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly checkInMinute: number | null;
  readonly checkOutMinute: number | null;
  readonly status: AttendanceStatus;
};

/** The outcome for one line; `nip` and `date` are filled when well-formed, for the file's checks. */
export type ParsedAttendanceRecord = {
  readonly line: number;
  readonly nip: string | null;
  readonly date: string | null;
  readonly row: AttendanceImportRow | null;
  readonly errors: ImportRowError[];
};

export type { RawRecord };

const DATE_RE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const TIME_RE = /^([0-9]{1,2})[:.]([0-9]{2})$/;

/** "07:45" or "7.45" → 465; null for text that is not a time of day. */
export function parseTimeOfDay(text: string): number | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  return hour * 60 + minute;
}

/** 465 → "07:45". */
export function formatMinuteOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

export function parseAttendanceRecord(record: RawRecord): ParsedAttendanceRecord {
  const { line } = record;
  const cell = (column: AttendanceImportColumn) => normaliseText(record.values[column]);
  const errors: ImportRowError[] = [];
  const fail = (column: AttendanceImportColumn, message: string) => errors.push(columnError(line, column, message));

  const nipText = cell("nip").replace(/ /g, "");
  let nip: string | null = null;
  if (nipText === "") fail("nip", "NIP wajib diisi.");
  else if (!/^[0-9]{18}$/.test(nipText)) fail("nip", `NIP harus 18 angka (tertulis "${nipText}").`);
  else nip = nipText;

  const dateText = cell("tanggal");
  let date: string | null = null;
  const dm = DATE_RE.exec(dateText);
  if (dateText === "") fail("tanggal", "tanggal wajib diisi dengan format YYYY-MM-DD (misalnya 2026-11-02).");
  else if (!dm || !isValidCalendarDate({ year: Number(dm[1]), month: Number(dm[2]), day: Number(dm[3]) })) {
    fail("tanggal", `tanggal harus tanggal yang ada dengan format YYYY-MM-DD (tertulis "${dateText}").`);
  } else date = dateText;

  const statusText = cell("status").toUpperCase().replace(/[ -]/g, "_");
  const status = (ATTENDANCE_STATUSES as readonly string[]).includes(statusText) ? (statusText as AttendanceStatus) : null;
  if (cell("status") === "") fail("status", `status wajib diisi: ${ATTENDANCE_STATUSES.join(", ")}.`);
  else if (!status) fail("status", `status "${cell("status")}" tidak dikenal; gunakan ${ATTENDANCE_STATUSES.join(", ")}.`);

  const timed = status === null || TIMED_STATUSES.has(status);
  const time = (column: "jam_masuk" | "jam_pulang"): number | null => {
    const text = cell(column);
    if (text === "" || !timed) return null;
    const minute = parseTimeOfDay(text);
    if (minute === null) fail(column, `${column} harus jam dengan format HH:MM, 00:00–23:59 (tertulis "${text}"), atau kosong.`);
    return minute;
  };
  const checkInMinute = time("jam_masuk");
  const checkOutMinute = time("jam_pulang");
  if (checkInMinute !== null && checkOutMinute !== null && checkOutMinute <= checkInMinute) {
    fail("jam_pulang", `jam_pulang (${formatMinuteOfDay(checkOutMinute)}) harus setelah jam_masuk (${formatMinuteOfDay(checkInMinute)}).`);
  }

  const row: AttendanceImportRow | null =
    errors.length === 0 && nip && date && status ? { line, nip, date, checkInMinute, checkOutMinute, status } : null;
  return { line, nip, date, row, errors };
}

/** Every line whose (nip, tanggal) also appears on another line is an error, naming the other lines. */
export function findDuplicateAttendanceDays(records: readonly Pick<ParsedAttendanceRecord, "line" | "nip" | "date">[]): ImportRowError[] {
  const lines = new Map<string, number[]>();
  for (const { line, nip, date } of records) {
    if (!nip || !date) continue;
    const key = `${nip}|${date}`;
    const list = lines.get(key);
    if (list) list.push(line);
    else lines.set(key, [line]);
  }
  const errors: ImportRowError[] = [];
  for (const all of lines.values()) {
    if (all.length < 2) continue;
    for (const line of all) {
      errors.push(columnError(line, "tanggal", `kehadiran NIP ini pada tanggal yang sama juga ada di ${otherLinesText(all, line)}.`));
    }
  }
  return errors;
}
