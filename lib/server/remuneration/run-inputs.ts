import "server-only";
import type { AllowanceInput } from "@/lib/domain/remuneration/calculate";
import type { AttendanceStatus } from "@/lib/domain/remuneration/attendance-codes";
import type { RemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { monthIndex } from "@/lib/domain/remuneration/run-rules";
import { monthlyScore, type MonthlyScore, type ScoreInputs } from "@/lib/domain/scoring/monthly-score";
import { formatPersonName } from "@/lib/domain/person-name";
import { Prisma } from "@/lib/generated/prisma/client";
import { dbDateKey } from "../admin/db-date";
import { loadMonthCalendar, type MonthCalendar } from "../calendar/month-calendar";
import type { Db, Tx } from "../prisma-client";
import { monthScoreInputs } from "../scoring/month-scores";

/**
 * Employees per snapshot load: the month's set queries read each table once per segment (one
 * `ANY($1)` array parameter each), and the segment's raw rows stay in memory until its lines are
 * written. 60,000 employees are one segment: reading the month's activities once instead of once per
 * 5,000 employees is what made the run's loading fast (bench:allowance, issue 9).
 */
export const RUN_SEGMENT_SIZE = 60_000;

/** Lines per chunk: calculated together and written in one transaction with the run's progress. */
export const RUN_CHUNK_SIZE = 5_000;

/** An employee of the run with the master data the line needs (the current position's kelas, §8.3). */
export type RunEmployee = {
  id: number;
  opdId: number;
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  golongan: string;
  status: AllowanceInput["status"];
  startDate: Date;
  endDate: Date | null;
  positionName: string;
  kelasJabatan: number;
};

/** One employee's snapshot for the run: who, and the exact input of the calculator. */
export type RunInput = {
  employeeId: number;
  opdId: number;
  nip: string;
  name: string;
  positionName: string;
  input: AllowanceInput;
  score: MonthlyScore;
};

type MonthRef = { year: number; month: number };

type EmployeeRow = Omit<RunEmployee, "status"> & { status: string };

const EMPLOYEE_COLUMNS = Prisma.sql`e.id, e."opdId", e.nip, e.name, e."frontTitle", e."backTitle", e.golongan, e.status::text AS status, e."startDate", e."endDate",
  p.name AS "positionName", p."kelasJabatan"`;

const toRunEmployee = (r: EmployeeRow): RunEmployee => ({
  ...r,
  id: Number(r.id),
  opdId: Number(r.opdId),
  kelasJabatan: Number(r.kelasJabatan),
  status: r.status as RunEmployee["status"],
});

/**
 * The employees employed in the month (TMT ≤ last day, end date null or ≥ first day), of one agency
 * or all (opdId null), ordered by agency and NIP so chunks and lines come out in a stable order.
 */
export async function runEmployees(client: Db | Tx, input: MonthRef & { opdId: number | null; calendar: MonthCalendar }): Promise<RunEmployee[]> {
  const { first, last } = input.calendar;
  const rows = await client.$queryRaw<EmployeeRow[]>`
    SELECT ${EMPLOYEE_COLUMNS}
    FROM employee e JOIN position p ON p.id = e."positionId"
    WHERE e."startDate" <= ${last} AND (e."endDate" IS NULL OR e."endDate" >= ${first})
      AND (${input.opdId}::int IS NULL OR e."opdId" = ${input.opdId}::int)
    ORDER BY e."opdId", e.nip`;
  return rows.map(toRunEmployee);
}

/**
 * An employee's deductible days as aggregated by the query below: "offset status in out" per day
 * (offset = days after the first of the month, "-" for a missing time), comma-separated, by date.
 * Plain text: json_agg of the same rows took PostgreSQL a third longer and twice the bytes.
 */
function parseDeductible(text: string, dayKeys: readonly string[]): AllowanceInput["attendance"] {
  return text.split(",").map((entry) => {
    const [offset, status, checkIn, checkOut] = entry.split(" ");
    const date = dayKeys[Number(offset)];
    if (date === undefined || !status || checkIn === undefined || checkOut === undefined) throw new Error(`baris kehadiran tidak terbaca: ${entry}`);
    return {
      date,
      status: status as AttendanceStatus,
      checkInMinute: checkIn === "-" ? null : Number(checkIn),
      checkOutMinute: checkOut === "-" ? null : Number(checkOut),
    };
  });
}

/**
 * The inputs snapshot of a run (DESIGN.md §8.3) for the given employees, in a fixed number of set
 * queries whatever their number (the caller passes at most RUN_SEGMENT_SIZE at a time): the month's
 * attendance rows that can deduct (days of leave, on time or on weekends cannot), the sanctions
 * active in the month (not cancelled), and the monthly score inputs. Position history is not
 * tracked, so the current position's kelas jabatan applies to the whole month and "days held" are
 * the working days within employment (TMT … end date). `inputsOf` builds the calculator's inputs of
 * some of the employees (a chunk) and lets go of their raw rows.
 */
export async function loadRunSnapshot(
  client: Db | Tx,
  input: MonthRef & { employees: readonly RunEmployee[]; policy: RemunerationPolicy; now: Date; calendar: MonthCalendar },
): Promise<{ inputsOf: (employees: readonly RunEmployee[]) => RunInput[] }> {
  const { calendar } = input;
  const ids = [...new Set(input.employees.map((e) => e.id))];
  const { first, last } = calendar;
  const index = monthIndex(input.year, input.month);
  const hours = Object.values(calendar.hours);
  const minStart = hours.length ? Math.min(...hours.map((h) => h.startMinute)) : 0;
  const maxEnd = hours.length ? Math.max(...hours.map((h) => h.endMinute)) : 24 * 60;
  const [attendance, sanctions, scoreInputs] = ids.length === 0 ? [[], [], new Map<number, ScoreInputs>()] : await Promise.all([
    // Only the rows that can deduct (TK; HADIR/WFH late, early or without a time), one aggregated
    // row per employee: a run of 60,000 reads ~1.3 million attendance rows otherwise.
    client.$queryRaw<{ employeeId: number; days: string }[]>`
      SELECT "employeeId",
             string_agg((date - ${dbDateKey(first)}::date) || ' ' || status::text || ' ' || coalesce("checkInMinute"::text, '-') || ' ' || coalesce("checkOutMinute"::text, '-'), ',' ORDER BY date) AS days
      FROM attendance_day
      WHERE date BETWEEN ${first} AND ${last} AND "employeeId" = ANY(${ids}::int[])
        AND (status = 'TK' OR (status IN ('HADIR', 'WFH') AND ("checkInMinute" IS NULL OR "checkOutMinute" IS NULL
             OR "checkInMinute" > ${minStart} OR "checkOutMinute" < ${maxEnd})))
      GROUP BY "employeeId"`,
    client.$queryRaw<{ employeeId: number; kind: string; percentBp: number; reference: string | null }[]>`
      SELECT "employeeId", kind, "percentBp", reference FROM sanction
      WHERE "cancelledAt" IS NULL AND "employeeId" = ANY(${ids}::int[])
        AND ("startYear" * 12 + "startMonth" - 1) <= ${index}
        AND ("startYear" * 12 + "startMonth" - 1 + months) > ${index}
      ORDER BY "employeeId", "startYear", "startMonth", kind`,
    monthScoreInputs(client, { year: input.year, month: input.month, employeeIds: ids, policy: input.policy, now: input.now, calendar }),
  ]);
  // Kept as text until the employee's chunk is calculated: parsed objects of 60,000 employees are several times larger.
  const dayKeys = Array.from({ length: 31 }, (_, i) => dbDateKey(new Date(first.getTime() + i * 86_400_000)));
  const attendanceOf = new Map(attendance.map((a) => [Number(a.employeeId), a.days]));
  const sanctionsOf = groupBy(sanctions, (s) => Number(s.employeeId));
  return {
    inputsOf: (employees) =>
      employees.map((e) => {
        const inputs = scoreInputs.get(e.id);
        if (!inputs) throw new Error(`nilai bulanan pegawai ${e.id} tidak termuat`);
        const days = attendanceOf.get(e.id);
        const score = monthlyScore(inputs);
        const row: RunInput = {
          employeeId: e.id,
          opdId: e.opdId,
          nip: e.nip,
          name: formatPersonName(e),
          positionName: e.positionName,
          score,
          input: {
            kelasJabatan: e.kelasJabatan,
            status: e.status,
            golongan: e.golongan,
            workingDays: calendar.workingDays,
            workingHours: calendar.hours,
            employment: { from: dbDateKey(e.startDate), to: e.endDate ? dbDateKey(e.endDate) : null },
            score: score.total,
            attendance: days ? parseDeductible(days, dayKeys) : [],
            sanctions: (sanctionsOf.get(e.id) ?? []).map((s) => ({ kind: s.kind, percentBp: Number(s.percentBp), reference: s.reference })),
            policy: input.policy,
          },
        };
        scoreInputs.delete(e.id);
        attendanceOf.delete(e.id);
        sanctionsOf.delete(e.id);
        return row;
      }),
  };
}

/**
 * The inputs snapshot of some employees (given by id; unknown ids are skipped), in the order given:
 * the dashboard's prediction takes one employee through the run's own path.
 */
export async function loadRunInputs(
  client: Db | Tx,
  input: MonthRef & { employeeIds: readonly number[]; policy: RemunerationPolicy; now: Date; calendar?: MonthCalendar },
): Promise<RunInput[]> {
  const ids = [...new Set(input.employeeIds)];
  if (ids.length === 0) return [];
  const calendar = input.calendar ?? (await loadMonthCalendar(client, input));
  const rows = await client.$queryRaw<EmployeeRow[]>`
    SELECT ${EMPLOYEE_COLUMNS} FROM employee e JOIN position p ON p.id = e."positionId" WHERE e.id = ANY(${ids}::int[])`;
  const byId = new Map(rows.map((r) => [Number(r.id), toRunEmployee(r)]));
  const employees = ids.flatMap((id) => byId.get(id) ?? []);
  const snapshot = await loadRunSnapshot(client, { ...input, employees, calendar });
  return snapshot.inputsOf(employees);
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
