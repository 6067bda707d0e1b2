import "server-only";
import { allowed, type ServiceActor } from "../authz";
import { notFound } from "../errors";

/**
 * Which lines of a run the actor may see (DESIGN.md §1): Admin BKD every agency; Admin OPD their own
 * agency only — also inside a run of all agencies; anybody else none (null).
 */
export function runLineOpdScope(actor: ServiceActor): { all: true } | { all: false; opdId: number } | null {
  if (allowed(actor, "report.viewAgency")) return { all: true };
  if (allowed(actor, "report.viewAgency", { opdId: actor.opdId })) return { all: false, opdId: actor.opdId };
  return null;
}

/** The agency filter to apply to a run's lines: the scope, narrowed by an optional requested agency. */
export function effectiveOpdFilter(actor: ServiceActor, requested: number | null | undefined): number | null {
  const scope = runLineOpdScope(actor);
  if (!scope) throw notFound("TRK tidak ditemukan.");
  if (scope.all) return requested ?? null;
  if (requested != null && requested !== scope.opdId) throw notFound("TRK tidak ditemukan.");
  return scope.opdId;
}

/** A run the actor may open: every run for Admin BKD; for Admin OPD their agency's runs and runs of all agencies. */
export function runVisible(actor: ServiceActor, run: { opdId: number | null }): boolean {
  const scope = runLineOpdScope(actor);
  if (!scope) return false;
  return scope.all || run.opdId === null || run.opdId === scope.opdId;
}
