import "server-only";
import type { Permission } from "@/lib/domain/authz";
import { allowed, type ServiceActor } from "../authz";
import { AppError, forbidden } from "../errors";

/**
 * Coarse gate of every admin service: may the actor use `permission` at all (in their own agency
 * at least)? A Pegawai is refused here; which records an admin reaches is then decided by the
 * scoped `where` of each query (adminEmployeeScope / adminOpdScope).
 */
export function assertAdmin(actor: ServiceActor, permission: Permission): void {
  if (!allowed(actor, permission, { opdId: actor.opdId })) throw forbidden();
}

/**
 * The agency an admin works on: Admin OPD always their own (asking for another is refused),
 * Admin BKD the one asked for.
 */
export function targetOpdId(actor: ServiceActor, requested: number | null | undefined, permission: Permission): number {
  const opdId = requested ?? (actor.role === "ADMIN_BKD" ? null : actor.opdId);
  if (opdId == null) throw new AppError("VALIDATION", "Pilih perangkat daerah.", { opdId: ["Pilih perangkat daerah."] });
  if (!allowed(actor, permission, { opdId })) throw forbidden("Anda hanya dapat mengelola data perangkat daerah Anda sendiri.");
  return opdId;
}

/** A Prisma unique-constraint violation (P2002), raised when two requests race past a check. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

export const invalidState = (message: string) => new AppError("INVALID_STATE", message);
