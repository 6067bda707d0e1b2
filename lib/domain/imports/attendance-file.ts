/**
 * Checks a whole K-MOB attendance file (DESIGN.md §9): every row, (nip, tanggal) repeated in the
 * file, employees that exist and were employed that day, the importer's reach (an Admin OPD imports
 * only their own agency's employees), no future day, and no day of a locked month (§3: after the
 * lock nothing of the month changes). Pure: the service loads the context and writes the valid rows.
 *
 * A row for a weekend or a holiday is accepted and stored as it is: such a day never deducts
 * (§8.3 step 4), because deductions are computed over the working days of the month only.
 */
import { monthLabel } from "../period";
import { checkRequiredColumns } from "./import-lines";
import { columnError, sortImportErrors, type ImportRowError } from "./import-error";
import {
  ATTENDANCE_IMPORT_COLUMNS,
  findDuplicateAttendanceDays,
  parseAttendanceRecord,
  type AttendanceImportRow,
  type RawRecord,
} from "./attendance-row";

export type AttendanceEmployee = {
  readonly id: number;
  readonly opdCode: string;
  /** YYYY-MM-DD: first day of employment. */
  readonly startDate: string;
  /** YYYY-MM-DD: last day of employment, null while employed. */
  readonly endDate: string | null;
};

export type AttendanceFileContext = {
  /** Registered employees by NIP (at least those the file names). */
  readonly employees: ReadonlyMap<string, AttendanceEmployee>;
  /** The only agency the importer may import for (Admin OPD); null for any (Admin BKD, the system). */
  readonly ownOpdCode: string | null;
  /** Today in WIB, YYYY-MM-DD: later days are refused. */
  readonly today: string;
  /** Locked performance months, "YYYY-MM". */
  readonly lockedMonths: ReadonlySet<string>;
};

export type ValidAttendanceRow = AttendanceImportRow & { readonly employeeId: number };

export type AttendanceFileCheck = {
  readonly rows: ValidAttendanceRow[];
  readonly errors: ImportRowError[];
  readonly invalidLineCount: number;
};

export function checkAttendanceHeader(header: readonly string[]): ImportRowError[] {
  return checkRequiredColumns(header, { required: ATTENDANCE_IMPORT_COLUMNS });
}

/** The "YYYY-MM" months a file's well-formed dates fall in (the service loads their lock state). */
export function attendanceMonthsOf(records: readonly RawRecord[]): { year: number; month: number }[] {
  const months = new Map<string, { year: number; month: number }>();
  for (const r of records) {
    const m = /^\s*([0-9]{4})-([0-9]{2})-[0-9]{2}\s*$/.exec(r.values.tanggal ?? "");
    if (m) months.set(`${m[1]}-${m[2]}`, { year: Number(m[1]), month: Number(m[2]) });
  }
  return [...months.values()].filter((m) => m.month >= 1 && m.month <= 12);
}

export function validateAttendanceFile(records: readonly RawRecord[], context: AttendanceFileContext): AttendanceFileCheck {
  const parsed = records.map(parseAttendanceRecord);
  const errors: ImportRowError[] = parsed.flatMap((p) => p.errors);
  errors.push(...findDuplicateAttendanceDays(parsed));
  const employeeIds = new Map<number, number>();
  for (const p of parsed) {
    if (p.nip) {
      const employee = context.employees.get(p.nip);
      if (!employee) {
        errors.push(columnError(p.line, "nip", `pegawai dengan NIP ${p.nip} tidak terdaftar.`));
      } else if (context.ownOpdCode !== null && employee.opdCode !== context.ownOpdCode) {
        errors.push(columnError(p.line, "nip", `pegawai NIP ${p.nip} bukan pegawai perangkat daerah Anda (${context.ownOpdCode}); Anda hanya dapat mengimpor kehadiran pegawai perangkat daerah Anda sendiri.`));
      } else if (p.date && p.date < employee.startDate) {
        errors.push(columnError(p.line, "tanggal", `pegawai NIP ${p.nip} baru mulai bekerja pada ${employee.startDate}.`));
      } else if (p.date && employee.endDate !== null && p.date > employee.endDate) {
        errors.push(columnError(p.line, "tanggal", `pegawai NIP ${p.nip} sudah tidak bekerja sejak setelah ${employee.endDate}.`));
      } else {
        employeeIds.set(p.line, employee.id);
      }
    }
    if (p.date) {
      const [year, month] = p.date.split("-").map(Number) as [number, number];
      if (p.date > context.today) {
        errors.push(columnError(p.line, "tanggal", `tanggal ${p.date} belum terjadi; kehadiran hanya dapat diimpor sampai hari ini (${context.today}).`));
      } else if (context.lockedMonths.has(p.date.slice(0, 7))) {
        errors.push(columnError(p.line, "tanggal", `bulan ${monthLabel(month)} ${year} sudah dikunci; kehadirannya tidak dapat diubah lagi.`));
      }
    }
  }
  const invalidLines = new Set(errors.map((e) => e.line));
  const rows = parsed.flatMap((p) =>
    p.row && !invalidLines.has(p.line) && employeeIds.has(p.line) ? [{ ...p.row, employeeId: employeeIds.get(p.line)! }] : [],
  );
  return { rows, errors: sortImportErrors(errors), invalidLineCount: invalidLines.size };
}
