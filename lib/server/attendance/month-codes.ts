import "server-only";
import { dayDeductions, type AttendanceStatus } from "@/lib/domain/remuneration/attendance-codes";
import { assertCan, type ServiceActor } from "../authz";
import { loadMonthCalendar } from "../calendar/month-calendar";
import { db } from "../db";
import { isAppError } from "../errors";
import { dateKeyOf } from "../imports/employee-fields";
import { policyOfYear } from "../remuneration/policy-store";

export type EmployeeMonthCodes = {
  employeeId: number;
  nip: string;
  name: string;
  /** Stored days of the month (any day, working or not). */
  storedDays: number;
  /** Working days (during employment) with a stored record. */
  workingDaysRecorded: number;
  /** Derived codes in date order, e.g. "TL1", "PSW4", "TK", each with its day. */
  codes: { date: string; code: string; deductionBp: number; note: string }[];
  /** Days by status, e.g. { CUTI: 2 }. */
  statusCounts: Partial<Record<AttendanceStatus, number>>;
  /** Sum of the day deductions, basis points, capped at 100% as the allowance applies it (§8.3 step 4). */
  deductionBp: number;
};

export type MonthAttendanceCodes =
  | { ok: true; workingDays: number; holidays: { date: string; description: string }[]; employees: EmployeeMonthCodes[] }
  | { ok: false; message: string };

/**
 * What the allowance of month year/month will deduct for each employee of an agency (DESIGN.md
 * §8.3 step 4): the stored K-MOB days, their TL/PSW/TK codes from dayDeductions against that day's
 * working hours, and the total. Weekends, holidays and days outside employment never deduct, as in
 * the allowance calculation. Admin OPD sees only their own agency (fail closed); Admin BKD any.
 */
export async function listMonthAttendanceCodes(actor: ServiceActor, input: { opdId: number; year: number; month: number }): Promise<MonthAttendanceCodes> {
  assertCan(actor, "attendance.import", { opdId: input.opdId }, "Anda tidak berwenang melihat kehadiran perangkat daerah ini.");
  let policy;
  try {
    policy = (await policyOfYear(db, input.year)).policy;
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
  const calendar = await loadMonthCalendar(db, input);
  const employees = await db.employee.findMany({
    where: {
      opdId: input.opdId,
      OR: [{ endDate: null }, { endDate: { gte: calendar.first } }],
      startDate: { lte: calendar.last },
    },
    orderBy: [{ name: "asc" }, { nip: "asc" }],
    select: { id: true, nip: true, name: true, startDate: true, endDate: true },
  });
  const days = await db.attendanceDay.findMany({
    where: { employeeId: { in: employees.map((e) => e.id) }, date: { gte: calendar.first, lte: calendar.last } },
    orderBy: { date: "asc" },
    select: { employeeId: true, date: true, status: true, checkInMinute: true, checkOutMinute: true },
  });
  const daysByEmployee = new Map<number, typeof days>();
  for (const d of days) {
    const list = daysByEmployee.get(d.employeeId);
    if (list) list.push(d);
    else daysByEmployee.set(d.employeeId, [d]);
  }
  const working = new Set(calendar.workingDays);
  const rows: EmployeeMonthCodes[] = employees.map((e) => {
    const start = dateKeyOf(e.startDate);
    const end = e.endDate ? dateKeyOf(e.endDate) : null;
    const codes: EmployeeMonthCodes["codes"] = [];
    const statusCounts: EmployeeMonthCodes["statusCounts"] = {};
    const own = daysByEmployee.get(e.id) ?? [];
    let workingDaysRecorded = 0;
    for (const d of own) {
      const date = dateKeyOf(d.date);
      statusCounts[d.status] = (statusCounts[d.status] ?? 0) + 1;
      const hours = calendar.hours[date];
      if (!working.has(date) || !hours || date < start || (end !== null && date > end)) continue;
      workingDaysRecorded += 1;
      for (const c of dayDeductions({ status: d.status, checkInMinute: d.checkInMinute, checkOutMinute: d.checkOutMinute, hours, policy })) {
        codes.push({ date, code: c.code, deductionBp: c.deductionBp, note: c.note });
      }
    }
    const total = codes.reduce((s, c) => s + c.deductionBp, 0);
    return { employeeId: e.id, nip: e.nip, name: e.name, storedDays: own.length, workingDaysRecorded, codes, statusCounts, deductionBp: Math.min(total, 10_000) };
  });
  return {
    ok: true,
    workingDays: calendar.workingDays.length,
    holidays: [...calendar.holidays].map(([date, description]) => ({ date, description })).sort((a, b) => a.date.localeCompare(b.date)),
    employees: rows,
  };
}
