import "server-only";
import { checkNewParent } from "@/lib/domain/admin/hierarchy";
import { adminOpdScope, type ServiceActor } from "../../authz";
import { AppError, invalid, notFound } from "../../errors";
import type { Tx } from "../../prisma-client";

/** A unit the actor may manage, or NOT_FOUND (another agency's unit simply does not exist). */
export async function findManagedUnit(tx: Tx, actor: ServiceActor, unitId: number) {
  const unit = await tx.unit.findFirst({
    where: { id: unitId, ...adminOpdScope(actor) },
    select: { id: true, opdId: true, parentId: true, name: true, code: true, active: true },
  });
  if (!unit) throw notFound("Unit kerja tidak ditemukan.");
  return unit;
}

/** The parent of a new or moved unit: an active unit of the same agency. */
export async function findParentUnit(tx: Tx, input: { opdId: number; parentId: number }) {
  const parent = await tx.unit.findFirst({ where: { id: input.parentId, opdId: input.opdId }, select: { id: true, active: true } });
  if (!parent) {
    const message = "Unit induk tidak ditemukan di perangkat daerah ini.";
    throw new AppError("NOT_FOUND", message, { parentId: [message] });
  }
  if (!parent.active) throw invalid("Unit induk sudah tidak aktif.", { parentId: ["Unit induk sudah tidak aktif."] });
  return parent;
}

/** Refuses a move that would put a unit under itself or one of its own sub-units. */
export async function assertNoUnitCycle(tx: Tx, input: { opdId: number; unitId: number; parentId: number }): Promise<void> {
  const units = await tx.unit.findMany({ where: { opdId: input.opdId }, select: { id: true, parentId: true } });
  const check = checkNewParent({
    nodeId: input.unitId,
    newParentId: input.parentId,
    parentOf: new Map(units.map((u) => [u.id, u.parentId])),
  });
  if (!check.ok) {
    const message =
      check.reason === "self"
        ? "Unit kerja tidak dapat menjadi induk dirinya sendiri."
        : "Unit induk yang dipilih berada di bawah unit ini; pindahkan ke unit lain.";
    throw invalid(message, { parentId: [message] });
  }
}

/** SIAp codes are unique within an agency. */
export async function assertUnitCodeFree(tx: Tx, input: { opdId: number; code: string | null; exceptId?: number }): Promise<void> {
  if (input.code === null) return;
  const holder = await tx.unit.findFirst({ where: { opdId: input.opdId, code: input.code }, select: { id: true } });
  if (holder && holder.id !== input.exceptId) {
    const message = `Kode unit ${input.code} sudah dipakai unit lain di perangkat daerah ini.`;
    throw new AppError("CONFLICT", message, { code: [message] });
  }
}
