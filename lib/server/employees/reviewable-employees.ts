import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceActor } from "../authz";

/**
 * The employees whose work `actor` reviews (SKP §4, activities §5, IKI realisation §6), as a
 * `where` on Employee: their CURRENT direct subordinates, and for Admin BKD also the heads of agency
 * (no supervisor in the system); never the actor themself. Put it in the query, so a crafted id of
 * anyone else simply finds nothing.
 */
export function reviewableEmployees(actor: ServiceActor): Prisma.EmployeeWhereInput {
  const subordinates: Prisma.EmployeeWhereInput = { supervisorId: actor.employeeId, id: { not: actor.employeeId } };
  if (actor.role !== "ADMIN_BKD") return subordinates;
  return { OR: [subordinates, { supervisorId: null, id: { not: actor.employeeId } }] };
}
