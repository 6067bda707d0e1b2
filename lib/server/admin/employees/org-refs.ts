import "server-only";
import type { Tx } from "../../prisma-client";
import { AppError } from "../../errors";

/**
 * Unit and position of an employee must belong to the employee's agency (else NOT_FOUND: another
 * agency's unit or position does not exist for this form) and be in use (an unchanged reference is
 * accepted as it is). Returns the field errors of inactive references, empty when fine.
 */
export async function checkOrgRefs(
  tx: Tx,
  input: { opdId: number; unitId: number; positionId: number; current?: { unitId: number; positionId: number } },
): Promise<Record<string, string[]>> {
  const [unit, position] = await Promise.all([
    tx.unit.findFirst({ where: { id: input.unitId, opdId: input.opdId }, select: { active: true } }),
    tx.position.findFirst({ where: { id: input.positionId, opdId: input.opdId }, select: { active: true } }),
  ]);
  const missing: Record<string, string[]> = {};
  if (!unit) missing.unitId = ["Unit kerja tidak ditemukan di perangkat daerah ini."];
  if (!position) missing.positionId = ["Jabatan tidak ditemukan di perangkat daerah ini."];
  if (!unit || !position) throw new AppError("NOT_FOUND", Object.values(missing)[0]![0]!, missing);
  const errors: Record<string, string[]> = {};
  if (!unit.active && input.current?.unitId !== input.unitId) errors.unitId = ["Unit kerja ini sudah tidak aktif."];
  if (!position.active && input.current?.positionId !== input.positionId) errors.positionId = ["Jabatan ini sudah tidak aktif."];
  return errors;
}

/** NIP is unique and is the login name: a clear message instead of a database error. */
export async function assertNipFree(tx: Tx, nip: string, exceptId?: number): Promise<void> {
  const holder = await tx.employee.findUnique({ where: { nip }, select: { id: true } });
  if (holder && holder.id !== exceptId) throw duplicateNip(nip);
}

export function duplicateNip(nip: string): AppError {
  const message = `NIP ${nip} sudah terdaftar untuk pegawai lain.`;
  return new AppError("CONFLICT", message, { nip: [message] });
}

/** The e-mail identifies the account for "Lupa Kata Sandi", so two employees may not share one. */
export async function checkEmailFree(tx: Tx, email: string | null, exceptId?: number): Promise<Record<string, string[]>> {
  if (email === null) return {};
  const holder = await tx.employee.findFirst({
    where: { email: { equals: email, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return holder ? { email: ["Alamat e-mail ini sudah dipakai pegawai lain."] } : {};
}

export function validationError(errors: Record<string, string[]>): AppError {
  return new AppError("VALIDATION", "Periksa kembali isian yang ditandai.", errors);
}

export function throwIfErrors(errors: Record<string, string[]>): void {
  if (Object.keys(errors).length > 0) throw validationError(errors);
}
