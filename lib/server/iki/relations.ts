import "server-only";
import type { RealisationRelation } from "@/lib/domain/iki/status";
import { allowed, type ServiceActor } from "../authz";

/** The owner of a realisation as the permission check needs it. */
export type RealisationOwner = { id: number; opdId: number; supervisorId: number | null };

/**
 * OWNER, REVIEWER (the owner's current direct supervisor; Admin BKD for a head of agency, §1, §6)
 * or OTHER. Nobody verifies their own realisation.
 */
export function realisationRelation(actor: ServiceActor, owner: RealisationOwner): RealisationRelation {
  if (owner.id === actor.employeeId) return "OWNER";
  const target = { employeeId: owner.id, opdId: owner.opdId, supervisorId: owner.supervisorId };
  return allowed(actor, "realisation.review", target) ? "REVIEWER" : "OTHER";
}
