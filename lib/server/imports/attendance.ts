import "server-only";
import { attendanceMonthsOf, checkAttendanceHeader, validateAttendanceFile, type AttendanceEmployee } from "@/lib/domain/imports/attendance-file";
import { planAttendanceImport } from "@/lib/domain/imports/attendance-plan";
import { ATTENDANCE_IMPORT_MAX_BYTES, ATTENDANCE_IMPORT_MAX_ROWS } from "@/lib/domain/imports/limits";
import { dateKey, jakartaDate } from "@/lib/domain/period";
import { getMonthLock } from "../periods/month-lock";
import type { Tx } from "../prisma-client";
import { applyAttendancePlan, loadStoredAttendance } from "./attendance-writes";
import { runCsvImport, type CsvImportKind, type CsvImportResult } from "./csv-import";
import { chunks, dateKeyOf } from "./employee-fields";
import { importOpdScope } from "./import-actor";
import type { ImportFileInput } from "./import-batch";

/** The file and, for tests, the moment that decides "today" and the month locks (default: now). */
export type AttendanceImportInput = ImportFileInput & { now?: Date };

/** An agency and month that the valid rows cover (for "show the derived codes"). */
export type ImportedAttendanceScope = { opdId: number; opdCode: string; year: number; month: number; rows: number };

type Extra = { scopes: ImportedAttendanceScope[] };
export type AttendanceImportResult = CsvImportResult<Extra>;

type LoadedEmployee = AttendanceEmployee & { nip: string; opdId: number };

async function loadEmployees(tx: Tx, nips: readonly string[]): Promise<Map<string, LoadedEmployee>> {
  const out = new Map<string, LoadedEmployee>();
  for (const part of chunks(nips, 10_000)) {
    const found = await tx.employee.findMany({
      where: { nip: { in: part } },
      select: { id: true, nip: true, opdId: true, startDate: true, endDate: true, opd: { select: { code: true } } },
    });
    for (const e of found) {
      out.set(e.nip, { id: e.id, nip: e.nip, opdId: e.opdId, opdCode: e.opd.code, startDate: dateKeyOf(e.startDate), endDate: e.endDate ? dateKeyOf(e.endDate) : null });
    }
  }
  return out;
}

function attendanceKind(now: Date): CsvImportKind<Extra> {
  return {
    batchKind: "ATTENDANCE",
    auditAction: "import.attendance",
    permission: "attendance.import",
    forbiddenMessage: "Anda tidak berwenang mengimpor data kehadiran.",
    maxBytes: ATTENDANCE_IMPORT_MAX_BYTES,
    maxRows: ATTENDANCE_IMPORT_MAX_ROWS,
    checkHeader: checkAttendanceHeader,
    // One attendance import at a time: two concurrent ones would race on the same (employee, date).
    lockKey: 730_903,
    timeoutMs: 10 * 60_000,
    conflictMessage: "Data kehadiran berubah bersamaan dengan impor ini. Coba impor lagi.",
    notWrittenExtra: { scopes: [] },
    checkRows: async (tx, { actor, records }) => {
      const nips = [...new Set(records.map((r) => (r.values.nip ?? "").replace(/\s/g, "")).filter((n) => /^[0-9]{18}$/.test(n)))];
      const employees = await loadEmployees(tx, nips);
      const lockedMonths = new Set<string>();
      for (const m of attendanceMonthsOf(records)) {
        if ((await getMonthLock(tx, { ...m, now })).locked) lockedMonths.add(`${m.year}-${String(m.month).padStart(2, "0")}`);
      }
      const scope = importOpdScope(actor);
      const ownOpdCode = scope.anyAgency ? null : ((await tx.opd.findUnique({ where: { id: scope.opdId }, select: { code: true } }))?.code ?? "\u0000");
      const check = validateAttendanceFile(records, { employees, ownOpdCode, today: dateKey(jakartaDate(now)), lockedMonths });
      return {
        errors: check.errors,
        validRowCount: check.rows.length,
        write: async (openBatch) => {
          const stored = await loadStoredAttendance(tx, check.rows);
          const plan = planAttendanceImport(check.rows, stored);
          const counts = { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
          const batchId = await openBatch(counts);
          const nipById = new Map([...employees.values()].map((e) => [e.id, e.nip]));
          const auditEntries = await applyAttendancePlan(tx, { plan, batchId, nipById });
          return { counts, auditEntries, extra: { scopes: scopesOf(check.rows, employees) } };
        },
      };
    },
  };
}

/**
 * Imports a K-MOB attendance file (DESIGN.md §9; columns and rules in
 * lib/domain/imports/attendance-row.ts and attendance-file.ts). Every row is checked first; with
 * any bad row nothing is written unless `validRowsOnly`. Idempotent: a day is matched on (employee,
 * date) and only changed times or status are written, each audited before and after. Days of a
 * locked month and future days are refused. Admin OPD imports only their own agency's employees.
 */
export function importAttendance(input: AttendanceImportInput): Promise<AttendanceImportResult> {
  const { now = new Date(), ...file } = input;
  return runCsvImport(attendanceKind(now), file);
}

function scopesOf(rows: readonly { nip: string; date: string }[], employees: ReadonlyMap<string, LoadedEmployee>): ImportedAttendanceScope[] {
  const scopes = new Map<string, ImportedAttendanceScope>();
  for (const r of rows) {
    const e = employees.get(r.nip)!;
    const [year, month] = r.date.split("-").map(Number) as [number, number];
    const key = `${e.opdCode}/${r.date.slice(0, 7)}`;
    const scope = scopes.get(key);
    if (scope) scope.rows += 1;
    else scopes.set(key, { opdId: e.opdId, opdCode: e.opdCode, year, month, rows: 1 });
  }
  return [...scopes.values()].sort((a, b) => a.opdCode.localeCompare(b.opdCode) || a.year - b.year || a.month - b.month);
}
