import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceActor } from "../authz";

/**
 * The employees whose work `actor` reviews (SKP §4, activities §5, realisation §6), as a `where`
 * on Employee: their CURRENT direct subordinates, and for Admin BKD also the heads of agency (no
 * supervisor), never themself. Used inside queries so that anyone else simply finds nothing.
 */
export function reviewableEmployees(actor: Pick<ServiceActor, "employeeId" | "role">): Prisma.EmployeeWhereInput {
  const subordinates: Prisma.EmployeeWhereInput = { supervisorId: actor.employeeId, id: { not: actor.employeeId } };
  if (actor.role !== "ADMIN_BKD") return subordinates;
  return { OR: [subordinates, { supervisorId: null, id: { not: actor.employeeId } }] };
}
