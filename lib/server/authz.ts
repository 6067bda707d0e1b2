import "server-only";
import { can, type Actor, type AuthzTarget, type Permission } from "@/lib/domain/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "./auth/current-user";
import { forbidden } from "./errors";

/** The service-level actor: who acts, from where. Services take it explicitly (no session reads). */
export type ServiceActor = Pick<SessionUser, "userId" | "employeeId" | "nip" | "role" | "opdId"> & { ip?: string | null };

export function toAuthzActor(actor: ServiceActor): Actor {
  return { userId: actor.userId, employeeId: actor.employeeId, role: actor.role, opdId: actor.opdId };
}

export function allowed(actor: ServiceActor, permission: Permission, target?: AuthzTarget): boolean {
  return can(toAuthzActor(actor), permission, target);
}

/** Throws FORBIDDEN unless the permission table allows it. */
export function assertCan(actor: ServiceActor, permission: Permission, target?: AuthzTarget, message?: string): void {
  if (!allowed(actor, permission, target)) throw forbidden(message);
}

/**
 * The employees an administrator may manage, as a Prisma `where`: every agency for Admin BKD,
 * the own agency for Admin OPD, nobody otherwise. Queries combine it with their own conditions so
 * that a crafted id of another agency's employee simply finds nothing.
 */
export function adminEmployeeScope(actor: ServiceActor): Prisma.EmployeeWhereInput {
  if (actor.role === "ADMIN_BKD") return {};
  if (actor.role === "ADMIN_OPD") return { opdId: actor.opdId };
  return { id: -1 };
}

/** Same rule for records that belong to an agency directly (units, positions). */
export function adminOpdScope(actor: ServiceActor): { opdId?: number } | { id: number } {
  if (actor.role === "ADMIN_BKD") return {};
  if (actor.role === "ADMIN_OPD") return { opdId: actor.opdId };
  return { id: -1 };
}

export function auditActor(actor: ServiceActor) {
  return { userId: actor.userId, nip: actor.nip, ip: actor.ip ?? null };
}
