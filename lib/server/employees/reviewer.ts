import "server-only";
import { cache } from "react";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { reviewableEmployees } from "./reviewable";

/** Memoised per request by primitives: the layout and the page ask for the same actor. */
const reviewsAnyone = cache(async (employeeId: number, role: ServiceActor["role"]): Promise<boolean> => {
  const someone = await db.employee.findFirst({ where: reviewableEmployees({ employeeId, role }), select: { id: true } });
  return someone !== null;
});

/**
 * Whether `actor` reviews anyone's work now (an Atasan, DESIGN.md §1: a relation, not a flag): a
 * current direct subordinate, or for Admin BKD a head of agency — the same relation as the approval
 * queues, so a link to a queue is shown exactly to whom the queue can hold something. One indexed
 * lookup (employee.supervisorId), at most once per request. It decides what the menus show; the
 * pages and actions still enforce the relation in their own queries.
 */
export function isReviewer(actor: Pick<ServiceActor, "employeeId" | "role">): Promise<boolean> {
  return reviewsAnyone(actor.employeeId, actor.role);
}
