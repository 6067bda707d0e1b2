import "server-only";
import { PERMISSION_TABLE, type Permission, type Scope } from "@/lib/domain/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceActor } from "../authz";

function scopeWhere(scope: Scope, actor: ServiceActor): Prisma.EmployeeWhereInput {
  switch (scope) {
    case "any":
      return {};
    case "self":
      return { id: actor.employeeId };
    case "subordinate":
      // The owner's CURRENT direct supervisor; nobody is their own reviewer (as in can()).
      return { supervisorId: actor.employeeId, id: { not: actor.employeeId } };
    case "agency":
      return { opdId: actor.opdId };
    case "headOfAgency":
      return { supervisorId: null, id: { not: actor.employeeId } };
  }
}

/**
 * The employees whose records `actor` may act on under `permission`, as a Prisma `where` built
 * from the same permission table that can() reads, so the query and the table cannot drift
 * apart. Null when the role has no scope at all (nothing can match).
 */
export function permittedEmployeesWhere(actor: ServiceActor, permission: Permission): Prisma.EmployeeWhereInput | null {
  const rule: Readonly<Record<string, readonly Scope[]>> = PERMISSION_TABLE[permission];
  const scopes = Object.hasOwn(rule, actor.role) ? rule[actor.role] : [];
  if (!scopes || scopes.length === 0) return null;
  // Not { OR: [{}] }: Prisma 6 treats an empty object inside OR as matching nothing (seen here:
  // Admin BKD was refused), so "any" short-cuts to the empty filter.
  if (scopes.includes("any")) return {};
  return { OR: scopes.map((scope) => scopeWhere(scope, actor)) };
}

/** Evidence files the actor may open (DESIGN.md §5, permission "evidence.view"). */
export function viewableEvidenceWhere(actor: ServiceActor): Prisma.EvidenceFileWhereInput | null {
  const owner = permittedEmployeesWhere(actor, "evidence.view");
  return owner ? { owner } : null;
}
