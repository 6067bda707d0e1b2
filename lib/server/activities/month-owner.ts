import "server-only";
import { formatPersonName } from "@/lib/domain/person-name";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { reviewableEmployees } from "../employees/reviewable";

export type MonthOwner = { id: number; nip: string; name: string; positionName: string; self: boolean };

/**
 * Whose month the actor may open: their own, or (by NIP) one of the people whose activities they
 * review. Anyone else is null — the page answers 404 and does not reveal that the NIP exists.
 */
export async function resolveMonthOwner(actor: ServiceActor, nip: string | null | undefined): Promise<MonthOwner | null> {
  const select = { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } } } as const;
  const wanted = nip?.trim();
  const row = !wanted || wanted === actor.nip
    ? await db.employee.findUnique({ where: { id: actor.employeeId }, select })
    : /^\d{18}$/.test(wanted)
      ? await db.employee.findFirst({ where: { AND: [{ nip: wanted }, reviewableEmployees(actor)] }, select })
      : null;
  if (!row) return null;
  return { id: row.id, nip: row.nip, name: formatPersonName(row), positionName: row.position.name, self: row.id === actor.employeeId };
}
