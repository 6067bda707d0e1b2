import "server-only";
import { formatPersonName } from "@/lib/domain/person-name";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { dateKey } from "@/lib/domain/period";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import type { MinutesByStatus } from "./month-summary";

/** Attendance that explains an empty day (§9 K-MOB). */
export const AWAY_LABELS: Partial<Record<AttendanceStatus, string>> = { CUTI: "Cuti", SAKIT: "Sakit", DINAS_LUAR: "Dinas luar" };

export type TeamMemberToday = {
  employeeId: number;
  nip: string;
  name: string;
  positionName: string;
  counts: MinutesByStatus;
  minutes: MinutesByStatus;
  total: { count: number; minutes: number };
  attendance: AttendanceStatus | null;
  /** "Cuti", "Sakit" or "Dinas luar" when attendance explains the day. */
  away: string | null;
  /** No entry at all for the day ("belum mengisi"). */
  empty: boolean;
};

const FIELD = { DISETUJUI: "approved", DIAJUKAN: "submitted", DRAFT: "draft", DITOLAK: "rejected" } as const;
const zero = (): MinutesByStatus => ({ approved: 0, submitted: 0, draft: 0, rejected: 0 });

/**
 * The actor's CURRENT direct subordinates (still employed on `date`) with what they logged that
 * day by status, and their attendance. Three queries for any team size.
 */
export async function teamToday(actor: ServiceActor, input: { date: CalendarDate }): Promise<TeamMemberToday[]> {
  const day = new Date(`${dateKey(input.date)}T00:00:00Z`);
  const members = await db.employee.findMany({
    where: {
      supervisorId: actor.employeeId,
      id: { not: actor.employeeId },
      startDate: { lte: day },
      OR: [{ endDate: null }, { endDate: { gte: day } }],
    },
    orderBy: { name: "asc" },
    select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } } },
  });
  const ids = members.map((m) => m.id);
  const [activities, attendance] = await Promise.all([
    db.activity.findMany({ where: { employeeId: { in: ids }, date: day }, select: { employeeId: true, status: true, startMinute: true, endMinute: true } }),
    db.attendanceDay.findMany({ where: { employeeId: { in: ids }, date: day }, select: { employeeId: true, status: true } }),
  ]);
  const attendanceOf = new Map(attendance.map((a) => [a.employeeId, a.status]));
  const byMember = new Map<number, { counts: MinutesByStatus; minutes: MinutesByStatus }>();
  for (const a of activities) {
    const m = byMember.get(a.employeeId) ?? { counts: zero(), minutes: zero() };
    m.counts[FIELD[a.status]] += 1;
    m.minutes[FIELD[a.status]] += a.endMinute - a.startMinute;
    byMember.set(a.employeeId, m);
  }
  return members.map((member) => {
    const m = byMember.get(member.id) ?? { counts: zero(), minutes: zero() };
    const count = Object.values(m.counts).reduce((s, v) => s + v, 0);
    const status = attendanceOf.get(member.id) ?? null;
    return {
      employeeId: member.id,
      nip: member.nip,
      name: formatPersonName(member),
      positionName: member.position.name,
      counts: m.counts,
      minutes: m.minutes,
      total: { count, minutes: Object.values(m.minutes).reduce((s, v) => s + v, 0) },
      attendance: status,
      away: status ? (AWAY_LABELS[status] ?? null) : null,
      empty: count === 0,
    };
  });
}
