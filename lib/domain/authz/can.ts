import { isPermission, type Permission, PERMISSION_TABLE } from "./permissions";
import type { Actor, AuthzTarget, Id, Scope } from "./types";

/** Equal and both present: a missing id on either side never matches (fail closed). */
const same = (a: Id | null | undefined, b: Id | null | undefined): boolean =>
  a != null && b != null && a === b;

function scopeAllows(scope: Scope, actor: Actor, target: AuthzTarget | undefined): boolean {
  if (scope === "any") return true;
  if (target === undefined) return false; // every other scope needs a target
  switch (scope) {
    case "self":
      return same(target.employeeId, actor.employeeId);
    case "subordinate":
      // Nobody reviews their own work, even if the data says they are their own supervisor.
      return same(target.supervisorId, actor.employeeId) && !same(target.employeeId, actor.employeeId);
    case "agency":
      return same(target.opdId, actor.opdId);
    case "headOfAgency":
      // Explicitly no supervisor, and a known employee other than the actor (a head of
      // agency who is also Admin BKD does not approve their own SKP). "Unknown" is not "none".
      return target.supervisorId === null && target.employeeId != null && !same(target.employeeId, actor.employeeId);
  }
}

/**
 * May `actor` do `permission` on `target`? Pure, and closed by default: an unknown
 * permission or role, or a missing target where the scope needs one, is refused.
 * Services still enforce the same relation in their queries (HOUSE_STYLE.md).
 */
export function can(actor: Actor, permission: Permission, target?: AuthzTarget): boolean {
  if (!isPermission(permission)) return false;
  const rule: Readonly<Record<string, readonly Scope[]>> = PERMISSION_TABLE[permission];
  const scopes = Object.hasOwn(rule, actor.role) ? rule[actor.role] : undefined;
  if (!scopes) return false;
  return scopes.some((scope) => scopeAllows(scope, actor, target));
}
