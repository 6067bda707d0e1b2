import "server-only";
import type { AllowanceInput } from "@/lib/domain/remuneration/calculate";
import type { AttendanceStatus } from "@/lib/domain/remuneration/attendance-codes";
import type { RemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { monthIndex } from "@/lib/domain/remuneration/run-rules";
import type { MonthlyScore } from "@/lib/domain/scoring/monthly-score";
import { formatPersonName } from "@/lib/domain/person-name";
import { dbDateKey } from "../admin/db-date";
import { loadMonthCalendar, type MonthCalendar } from "../calendar/month-calendar";
import type { Db, Tx } from "../prisma-client";
import { monthScores } from "../scoring/month-scores";

/** Ids per batch of set queries: keeps the `ANY($1)` arrays and the rows in memory bounded. */
export const RUN_CHUNK_SIZE = 5_000;

export type RunEmployee = { id: number; opdId: number };

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

/**
 * The employees employed in the month (TMT ≤ last day, end date null or ≥ first day), of one agency
 * or all (opdId null), ordered by agency and NIP so chunks and lines come out in a stable order.
 */
export async function runEmployees(client: Db | Tx, input: MonthRef & { opdId: number | null; calendar: MonthCalendar }): Promise<RunEmployee[]> {
  const { first, last } = input.calendar;
  const rows = await client.employee.findMany({
    where: {
      startDate: { lte: last },
      OR: [{ endDate: null }, { endDate: { gte: first } }],
      ...(input.opdId === null ? {} : { opdId: input.opdId }),
    },
    orderBy: [{ opdId: "asc" }, { nip: "asc" }],
    select: { id: true, opdId: true },
  });
  return rows;
}

/**
 * The inputs snapshot of a run (DESIGN.md §8.3) for the given employees, in a fixed number of set
 * queries whatever their number (the caller passes at most RUN_CHUNK_SIZE ids at a time): master
 * data, the month's attendance rows that can deduct (days of leave, on time or on weekends cannot), the sanctions active in the month (not cancelled), and the
 * monthly score. Position history is not tracked, so the current position's kelas jabatan applies
 * to the whole month and "days held" are the working days within employment (TMT … end date).
 */
export async function loadRunInputs(
  client: Db | Tx,
  input: MonthRef & { employeeIds: readonly number[]; policy: RemunerationPolicy; now: Date; calendar?: MonthCalendar },
): Promise<RunInput[]> {
  const ids = [...new Set(input.employeeIds)];
  if (ids.length === 0) return [];
  const calendar = input.calendar ?? (await loadMonthCalendar(client, input));
  const { first, last } = calendar;
  const index = monthIndex(input.year, input.month);
  const hours = Object.values(calendar.hours);
  const minStart = hours.length ? Math.min(...hours.map((h) => h.startMinute)) : 0;
  const maxEnd = hours.length ? Math.max(...hours.map((h) => h.endMinute)) : 24 * 60;
  const [employees, attendance, sanctions, scores] = await Promise.all([
    client.employee.findMany({
      where: { id: { in: ids } },
      select: {
        id: true, opdId: true, nip: true, name: true, frontTitle: true, backTitle: true, golongan: true, status: true, startDate: true, endDate: true,
        position: { select: { name: true, kelasJabatan: true } },
      },
    }),
    // Only the rows that can deduct (TK; HADIR/WFH late, early or without a time), one aggregated
    // row per employee: a run of 60,000 reads ~1.3 million attendance rows otherwise.
    client.$queryRaw<{ employeeId: number; days: string }[]>`
      SELECT "employeeId", json_agg(json_build_array(to_char(date, 'YYYY-MM-DD'), status::text, "checkInMinute", "checkOutMinute") ORDER BY date)::text AS days
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
    monthScores(client, { year: input.year, month: input.month, employeeIds: ids, policy: input.policy, now: input.now, calendar }),
  ]);
  const attendanceOf = new Map(
    attendance.map((a) => [
      Number(a.employeeId),
      (JSON.parse(a.days) as [string, AttendanceStatus, number | null, number | null][]).map(([date, status, checkInMinute, checkOutMinute]) => ({ date, status, checkInMinute, checkOutMinute })),
    ]),
  );
  const sanctionsOf = groupBy(sanctions, (s) => Number(s.employeeId));
  const byId = new Map(employees.map((e) => [e.id, e]));
  // In the caller's order (agency, NIP), which is the order the lines are written and listed in.
  return ids.flatMap((id) => {
    const e = byId.get(id);
    if (!e) return [];
    const score = scores.get(e.id);
    if (!score) throw new Error(`nilai bulanan pegawai ${e.id} tidak termuat`);
    const row: RunInput = {
      employeeId: e.id,
      opdId: e.opdId,
      nip: e.nip,
      name: formatPersonName(e),
      positionName: e.position.name,
      score: score.score,
      input: {
        kelasJabatan: e.position.kelasJabatan,
        status: e.status,
        golongan: e.golongan,
        workingDays: calendar.workingDays,
        workingHours: calendar.hours,
        employment: { from: dbDateKey(e.startDate), to: e.endDate ? dbDateKey(e.endDate) : null },
        score: score.score.total,
        attendance: attendanceOf.get(e.id) ?? [],
        sanctions: (sanctionsOf.get(e.id) ?? []).map((s) => ({ kind: s.kind, percentBp: Number(s.percentBp), reference: s.reference })),
        policy: input.policy,
      },
    };
    return [row];
  });
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
