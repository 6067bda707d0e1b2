/** DESIGN.md §1. Supervisor (atasan) is not a role: it is a relation between two employees. */
export const ROLES = ["PEGAWAI", "ADMIN_OPD", "ADMIN_BKD"] as const;

export type Role = (typeof ROLES)[number];

/** Record ids as the data layer has them (integers), or strings in tests; compared with ===. */
export type Id = number | string;

export type Actor = {
  readonly userId: Id;
  /** The actor's employee record; null for an account that is not an employee (never matches a relation). */
  readonly employeeId: Id | null;
  readonly role: Role;
  /** The actor's agency (OPD); null never matches an agency. */
  readonly opdId: Id | null;
};

/**
 * What the actor acts on, described by the employee it belongs to. Services fill in every
 * field they know: a field left out can only make `can` refuse, never allow.
 */
export type AuthzTarget = {
  /** The employee the record belongs to (the owner of an SKP, an activity, an account …). */
  readonly employeeId?: Id | null;
  /** The agency the target belongs to. */
  readonly opdId?: Id | null;
  /**
   * The target employee's CURRENT direct supervisor. `null` means the employee has no
   * supervisor in the system (the head of an OPD, DESIGN.md §4); `undefined` means unknown.
   */
  readonly supervisorId?: Id | null;
};

/**
 * How an actor may stand to a target for a permission to apply:
 * - self: the target is the actor's own (target.employeeId === actor.employeeId)
 * - subordinate: the actor is the target's current direct supervisor
 * - agency: the target is in the actor's OPD
 * - headOfAgency: the target employee has no supervisor (supervisorId explicitly null)
 * - any: everywhere; no target needed
 */
export type Scope = "self" | "subordinate" | "agency" | "headOfAgency" | "any";
