import "server-only";
import { type AuditActor } from "../audit";
import { assertCan, auditActor, type ServiceActor } from "../authz";
import type { Permission } from "@/lib/domain/authz";

/**
 * Who runs an import: a signed-in admin (upload page, or the CLI with `--as <NIP>`), or the system
 * itself (the CLI without `--as`), which has Admin BKD's reach and appears in the audit log with
 * no user and its label.
 */
export type SystemImportActor = { readonly kind: "system"; readonly label: string };
export type ImportActor = ServiceActor | SystemImportActor;

export const CLI_SYSTEM_ACTOR: SystemImportActor = { kind: "system", label: "Sistem (CLI)" };

export function isSystemActor(actor: ImportActor): actor is SystemImportActor {
  return "kind" in actor && actor.kind === "system";
}

/** Admin OPD: their own agency only; Admin BKD and the system: any (null). */
export function importOpdScope(actor: ImportActor): { anyAgency: true } | { anyAgency: false; opdId: number } {
  if (isSystemActor(actor) || actor.role === "ADMIN_BKD") return { anyAgency: true };
  return { anyAgency: false, opdId: actor.opdId };
}

export function assertCanImport(actor: ImportActor, permission: Permission, message: string): void {
  if (isSystemActor(actor)) return;
  assertCan(actor, permission, { opdId: actor.opdId }, message);
}

export function importAuditActor(actor: ImportActor): AuditActor {
  return isSystemActor(actor) ? { userId: null, nip: null, ip: null } : auditActor(actor);
}

/** How the actor is named in an import's summary entry. */
export function importActorLabel(actor: ImportActor): string {
  return isSystemActor(actor) ? actor.label : `${actor.nip} (${actor.role})`;
}
