import "server-only";
import { positionKey } from "@/lib/domain/imports/employee-file";
import { normaliseText, type EmployeeImportRow } from "@/lib/domain/imports/employee-row";
import type { AuditEntry } from "../audit";
import type { Tx } from "../prisma-client";
import { unitKey, type EmployeeImportContext } from "./employee-context";
import { chunks } from "./employee-fields";

/** Units named in the file but missing in their agency, created flat (no parent); ids go into the context. */
export async function createMissingUnits(
  tx: Tx,
  input: { wanted: { opdId: number; opdCode: string; name: string }[]; context: EmployeeImportContext; auditEntries: AuditEntry[] },
): Promise<number> {
  const { wanted, context, auditEntries } = input;
  const missing = new Map<string, { opdId: number; opdCode: string; name: string }>();
  for (const w of wanted) {
    const key = unitKey(w.opdId, w.name);
    if (!context.unitIdByKey.has(key) && !missing.has(key)) missing.set(key, { ...w, name: normaliseText(w.name) });
  }
  const codeById = new Map([...missing.values()].map((m) => [m.opdId, m.opdCode]));
  for (const part of chunks([...missing.values()])) {
    const units = await tx.unit.createManyAndReturn({
      data: part.map((m) => ({ opdId: m.opdId, name: m.name })),
      select: { id: true, opdId: true, name: true },
    });
    for (const u of units) {
      context.unitIdByKey.set(unitKey(u.opdId, u.name), u.id);
      auditEntries.push({ action: "unit.import.create", targetType: "Unit", targetId: u.id, after: { kode_opd: codeById.get(u.opdId), unit_kerja: u.name } });
    }
  }
  return missing.size;
}

/** Positions named in the file but missing in their agency, with the file's kelas and kind. */
export async function createMissingPositions(
  tx: Tx,
  input: { rows: readonly EmployeeImportRow[]; context: EmployeeImportContext; auditEntries: AuditEntry[] },
): Promise<number> {
  const { rows, context, auditEntries } = input;
  const missing = new Map<string, EmployeeImportRow>();
  for (const row of rows) {
    const key = positionKey(row.opdCode, row.positionName);
    if (!context.positionIdByKey.has(key) && !missing.has(key)) missing.set(key, row);
  }
  for (const part of chunks([...missing.values()])) {
    const positions = await tx.position.createManyAndReturn({
      data: part.map((r) => ({
        opdId: context.opdIdByCode.get(r.opdCode)!,
        name: normaliseText(r.positionName),
        kelasJabatan: r.kelasJabatan,
        kind: r.positionKind,
      })),
      select: { id: true, opdId: true, name: true, kelasJabatan: true, kind: true },
    });
    for (const p of positions) {
      const opdCode = context.opdCodeById.get(p.opdId)!;
      context.positionIdByKey.set(positionKey(opdCode, p.name), p.id);
      auditEntries.push({
        action: "position.import.create",
        targetType: "Position",
        targetId: p.id,
        after: { kode_opd: opdCode, jabatan: p.name, kelas_jabatan: p.kelasJabatan, jenis_jabatan: p.kind },
      });
    }
  }
  return missing.size;
}
