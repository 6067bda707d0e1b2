import "server-only";
import type { ValidAttendanceRow } from "@/lib/domain/imports/attendance-file";
import type { AttendancePlan, StoredAttendanceDay } from "@/lib/domain/imports/attendance-plan";
import { formatMinuteOfDay } from "@/lib/domain/imports/attendance-row";
import type { AuditEntry } from "../audit";
import type { Tx } from "../prisma-client";
import { chunks, dateKeyOf, dateOnly } from "./employee-fields";

/** The stored days of the employees and date range the rows name (the only ones a row can match). */
export async function loadStoredAttendance(tx: Tx, rows: readonly ValidAttendanceRow[]): Promise<StoredAttendanceDay[]> {
  if (rows.length === 0) return [];
  const employeeIds = [...new Set(rows.map((r) => r.employeeId))];
  let first = rows[0]!.date;
  let last = first;
  for (const r of rows) {
    if (r.date < first) first = r.date;
    if (r.date > last) last = r.date;
  }
  const stored: StoredAttendanceDay[] = [];
  for (const part of chunks(employeeIds, 5000)) {
    const found = await tx.attendanceDay.findMany({
      where: { employeeId: { in: part }, date: { gte: dateOnly(first), lte: dateOnly(last) } },
      select: { id: true, employeeId: true, date: true, checkInMinute: true, checkOutMinute: true, status: true },
    });
    for (const d of found) stored.push({ ...d, date: dateKeyOf(d.date) });
  }
  return stored;
}

const time = (minute: number | null) => (minute === null ? null : formatMinuteOfDay(minute));

/**
 * Writes a plan inside the import's transaction with one INSERT … SELECT FROM unnest(…) and one
 * UPDATE … FROM unnest(…) per chunk (a month of a large agency is ~66,000 rows), each day marked
 * with the batch that last wrote it. Returns one audit entry per created or changed day.
 */
export async function applyAttendancePlan(tx: Tx, input: { plan: AttendancePlan; batchId: number; nipById: ReadonlyMap<number, string> }): Promise<AuditEntry[]> {
  const { plan, batchId } = input;
  const auditEntries: AuditEntry[] = [];
  for (const part of chunks(plan.creates, 5000)) {
    const created = await tx.$queryRaw<{ id: number; employeeId: number; date: string }[]>`
      INSERT INTO "attendance_day" ("employeeId", "date", "checkInMinute", "checkOutMinute", "status", "importBatchId", "updatedAt")
      SELECT v."employeeId", v."date"::date, v."checkIn", v."checkOut", v."status"::"AttendanceStatus", ${batchId}, now()
      FROM unnest(
        ${part.map((r) => r.employeeId)}::int[], ${part.map((r) => r.date)}::text[], ${part.map((r) => r.checkInMinute)}::int[],
        ${part.map((r) => r.checkOutMinute)}::int[], ${part.map((r) => r.status)}::text[]
      ) AS v("employeeId", "date", "checkIn", "checkOut", "status")
      RETURNING "id", "employeeId", to_char("date", 'YYYY-MM-DD') AS "date"`;
    const byKey = new Map(part.map((r) => [`${r.employeeId}|${r.date}`, r]));
    for (const c of created) {
      const r = byKey.get(`${c.employeeId}|${c.date}`)!;
      auditEntries.push({
        action: "attendance.import.create",
        targetType: "AttendanceDay",
        targetId: c.id,
        after: { nip: input.nipById.get(r.employeeId), tanggal: r.date, jam_masuk: time(r.checkInMinute), jam_pulang: time(r.checkOutMinute), status: r.status },
      });
    }
  }
  for (const part of chunks(plan.updates, 5000)) {
    await tx.$executeRaw`
      UPDATE "attendance_day" AS a SET
        "checkInMinute" = v."checkIn", "checkOutMinute" = v."checkOut", "status" = v."status"::"AttendanceStatus",
        "importBatchId" = ${batchId}, "updatedAt" = now()
      FROM unnest(
        ${part.map((u) => u.id)}::int[], ${part.map((u) => u.row.checkInMinute)}::int[], ${part.map((u) => u.row.checkOutMinute)}::int[],
        ${part.map((u) => u.row.status)}::text[]
      ) AS v("id", "checkIn", "checkOut", "status")
      WHERE a."id" = v."id"`;
    for (const u of part) {
      auditEntries.push({
        action: "attendance.import.update",
        targetType: "AttendanceDay",
        targetId: u.id,
        before: { nip: input.nipById.get(u.row.employeeId), tanggal: u.row.date, ...u.before },
        after: { nip: input.nipById.get(u.row.employeeId), tanggal: u.row.date, ...u.after },
      });
    }
  }
  return auditEntries;
}
