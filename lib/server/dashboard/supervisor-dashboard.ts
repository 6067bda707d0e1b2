import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { formatPersonName } from "@/lib/domain/person-name";
import { toDbDate } from "../admin/db-date";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { approvableOwners } from "../skp/relations";

export type SupervisorDashboard = {
  queues: { skp: number; activities: number; realisations: number };
  team: { id: number; nip: string; name: string; minutesToday: number; onLeave: string | null }[];
};

/** For supervisors (§11): the queues with counts and who in the team has logged nothing today. */
export async function supervisorDashboard(actor: ServiceActor, now: Date): Promise<SupervisorDashboard | null> {
  const owners = approvableOwners(actor);
  const today = toDbDate(jakartaDate(now));
  const [skp, activities, realisations, team] = await Promise.all([
    db.skpVersion.count({ where: { status: "DIAJUKAN", skp: { employee: owners } } }),
    db.activity.count({ where: { status: "DIAJUKAN", employee: owners } }),
    db.ikiRealisation.count({ where: { status: "DIAJUKAN", employee: owners } }),
    db.employee.findMany({
      where: { supervisorId: actor.employeeId, endDate: null },
      orderBy: { name: "asc" },
      take: 200,
      select: {
        id: true,
        nip: true,
        name: true,
        frontTitle: true,
        backTitle: true,
        activities: { where: { date: today }, select: { startMinute: true, endMinute: true } },
        attendanceDays: { where: { date: today, status: { in: ["CUTI", "SAKIT", "DINAS_LUAR"] } }, select: { status: true } },
      },
    }),
  ]);
  if (team.length === 0 && skp + activities + realisations === 0) return null;
  const LEAVE: Record<string, string> = { CUTI: "cuti", SAKIT: "sakit", DINAS_LUAR: "dinas luar" };
  return {
    queues: { skp, activities, realisations },
    team: team.map((t) => ({
      id: t.id,
      nip: t.nip,
      name: formatPersonName(t),
      minutesToday: t.activities.reduce((s, a) => s + a.endMinute - a.startMinute, 0),
      onLeave: t.attendanceDays[0] ? LEAVE[t.attendanceDays[0].status] ?? null : null,
    })),
  };
}
