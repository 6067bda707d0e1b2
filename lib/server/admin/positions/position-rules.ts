import "server-only";
import { parseKelasJabatan } from "@/lib/domain/admin/kelas-jabatan";
import { parseOrgName, parsePositionKind, type PositionKind } from "@/lib/domain/admin/org-input";
import { adminOpdScope, type ServiceActor } from "../../authz";
import { AppError, notFound } from "../../errors";
import type { Tx } from "../../prisma-client";
import { validationError } from "../employees/org-refs";

export type PositionFieldsInput = { name: string; kelasJabatan: string | number; kind: string };
export type PositionFields = { name: string; kelasJabatan: number; kind: PositionKind };

export function validatePositionFields(input: PositionFieldsInput): PositionFields {
  const name = parseOrgName(input.name, "Nama jabatan");
  const kelas = parseKelasJabatan(input.kelasJabatan);
  const kind = parsePositionKind(input.kind);
  if (!name.ok || !kelas.ok || !kind.ok) {
    throw validationError({
      ...(name.ok ? {} : { name: [name.message] }),
      ...(kelas.ok ? {} : { kelasJabatan: [kelas.message] }),
      ...(kind.ok ? {} : { kind: [kind.message] }),
    });
  }
  return { name: name.value, kelasJabatan: kelas.kelas, kind: kind.value };
}

export async function findManagedPosition(tx: Tx, actor: ServiceActor, positionId: number) {
  const position = await tx.position.findFirst({
    where: { id: positionId, ...adminOpdScope(actor) },
    select: { id: true, opdId: true, name: true, kelasJabatan: true, kind: true, active: true },
  });
  if (!position) throw notFound("Jabatan tidak ditemukan.");
  return position;
}

export function duplicatePositionName(name: string): AppError {
  const message = `Jabatan "${name}" sudah ada di perangkat daerah ini.`;
  return new AppError("CONFLICT", message, { name: [message] });
}

export async function assertPositionNameFree(tx: Tx, input: { opdId: number; name: string; exceptId?: number }): Promise<void> {
  const holder = await tx.position.findFirst({
    where: { opdId: input.opdId, name: { equals: input.name, mode: "insensitive" } },
    select: { id: true },
  });
  if (holder && holder.id !== input.exceptId) throw duplicatePositionName(input.name);
}
