import "server-only";
import type { SkpRelation } from "@/lib/domain/skp/status";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allowed, type ServiceActor } from "../authz";
import { reviewableEmployees } from "../employees/reviewable-employees";

/** The owner of an SKP as the permission checks need it: their current direct supervisor. */
export type SkpOwner = { id: number; opdId: number; supervisorId: number | null };

/**
 * OWNER, APPROVER (the owner's current direct supervisor; Admin BKD for a head of agency, §4) or
 * OTHER. Nobody approves their own SKP.
 */
export function relationTo(actor: ServiceActor, owner: SkpOwner): SkpRelation {
  if (owner.id === actor.employeeId) return "OWNER";
  const target = { employeeId: owner.id, opdId: owner.opdId, supervisorId: owner.supervisorId };
  return allowed(actor, "skp.review", target) ? "APPROVER" : "OTHER";
}

/**
 * The employees whose SKP `actor` approves, as a `where` on Employee: their current direct
 * subordinates, and for Admin BKD also the heads of agency (no supervisor), never themself.
 */
export function approvableOwners(actor: ServiceActor): Prisma.EmployeeWhereInput {
  return reviewableEmployees(actor);
}

/** Who may read an SKP: the owner, the current supervisor, Admin OPD of the agency, Admin BKD. */
export function viewableOwners(actor: ServiceActor): Prisma.EmployeeWhereInput {
  const mine: Prisma.EmployeeWhereInput[] = [{ id: actor.employeeId }, { supervisorId: actor.employeeId }];
  if (actor.role === "ADMIN_BKD") return {};
  if (actor.role === "ADMIN_OPD") mine.push({ opdId: actor.opdId });
  return { OR: mine };
}
