import "server-only";
import { nipPrefixRange } from "@/lib/domain/admin/nip-prefix";
import { jakartaDate } from "@/lib/domain/period";
import { formatPersonName } from "@/lib/domain/person-name";
import { normaliseSearchText } from "@/lib/domain/search-text";
import { adminEmployeeScope, type ServiceActor } from "../../authz";
import { db } from "../../db";
import { containsText } from "../../text-filter";
import { toDbDate } from "../db-date";
import { assertAdmin } from "../guard";

export type SupervisorCandidate = { id: number; nip: string; displayName: string; position: string; unit: string; opd: string };

/**
 * Employees who may be chosen as the direct supervisor of `employeeId`: current employees the admin
 * may manage (own agency for Admin OPD, all for Admin BKD), other than the employee, matching a NIP
 * prefix or part of the name. Whether a choice would close a loop is checked when it is saved.
 */
export async function searchSupervisorCandidates(
  actor: ServiceActor,
  input: { employeeId: number; q: string; limit?: number },
  now: Date = new Date(),
): Promise<SupervisorCandidate[]> {
  assertAdmin(actor, "employee.view");
  const q = normaliseSearchText(input.q);
  if (q.length < 2) return [];
  const today = toDbDate(jakartaDate(now));
  const rows = await db.employee.findMany({
    where: {
      AND: [
        adminEmployeeScope(actor),
        { id: { not: input.employeeId } },
        { OR: [{ endDate: null }, { endDate: { gte: today } }] },
        /^[0-9]+$/.test(q) ? { nip: nipPrefixRange(q) } : { name: containsText(q) },
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: Math.min(input.limit ?? 10, 25),
    select: {
      id: true,
      nip: true,
      name: true,
      frontTitle: true,
      backTitle: true,
      position: { select: { name: true } },
      unit: { select: { name: true } },
      opd: { select: { shortName: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    nip: r.nip,
    displayName: formatPersonName(r),
    position: r.position.name,
    unit: r.unit.name,
    opd: r.opd.shortName,
  }));
}
