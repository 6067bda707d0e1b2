import "server-only";
import type { RawRecord } from "@/lib/domain/imports/csv-table";
import {
  positionKey,
  type EmployeeFileContext,
  type ExistingEmployeeFacts,
  type ExistingPositionFacts,
} from "@/lib/domain/imports/employee-file";
import { normaliseText } from "@/lib/domain/imports/employee-row";
import type { Tx } from "../prisma-client";
import { importOpdScope, type ImportActor } from "./import-actor";

/** What an employee import reads before deciding anything, loaded in bulk (a handful of queries). */
export type EmployeeImportContext = {
  readonly file: EmployeeFileContext;
  readonly opdIdByCode: ReadonlyMap<string, number>;
  readonly opdCodeById: ReadonlyMap<number, string>;
  /** Every registered employee: NIP → id. */
  readonly employeeIdByNip: ReadonlyMap<string, number>;
  /** Positions of the file's agencies by positionKey(opdCode, name). */
  readonly positionIdByKey: Map<string, number>;
  /** Units of the file's agencies by unitKey(opdId, name); active ones win over inactive ones. */
  readonly unitIdByKey: Map<string, number>;
};

export function unitKey(opdId: number, name: string): string {
  return `${opdId}\u0000${normaliseText(name)}`;
}

export async function loadEmployeeImportContext(
  tx: Tx,
  actor: ImportActor,
  records: readonly RawRecord[],
): Promise<EmployeeImportContext> {
  const opds = await tx.opd.findMany({ select: { id: true, code: true } });
  const opdIdByCode = new Map(opds.map((o) => [o.code, o.id]));
  const opdCodeById = new Map(opds.map((o) => [o.id, o.code]));
  const scope = importOpdScope(actor);

  // The whole supervisor graph (id, NIP, agency, supervisor): cycles may run through anyone.
  const employees = await tx.employee.findMany({ select: { id: true, nip: true, opdId: true, supervisorId: true } });
  const nipById = new Map(employees.map((e) => [e.id, e.nip]));
  const employeeIdByNip = new Map(employees.map((e) => [e.nip, e.id]));
  const existingEmployees = new Map<string, ExistingEmployeeFacts>();
  for (const e of employees) {
    existingEmployees.set(e.nip, {
      opdCode: opdCodeById.get(e.opdId) ?? "",
      supervisorNip: e.supervisorId === null ? null : (nipById.get(e.supervisorId) ?? null),
    });
  }

  const fileOpdIds = [...new Set(records.map((r) => opdIdByCode.get(normaliseText(r.values.kode_opd))))].filter(
    (id): id is number => id !== undefined,
  );
  const positions = await tx.position.findMany({
    where: { opdId: { in: fileOpdIds } },
    select: { id: true, opdId: true, name: true, kelasJabatan: true, kind: true },
    orderBy: { id: "asc" },
  });
  const existingPositions = new Map<string, ExistingPositionFacts>();
  const positionIdByKey = new Map<string, number>();
  for (const p of positions) {
    const key = positionKey(opdCodeById.get(p.opdId)!, p.name);
    if (positionIdByKey.has(key)) continue;
    positionIdByKey.set(key, p.id);
    existingPositions.set(key, { kelasJabatan: p.kelasJabatan, kind: p.kind });
  }

  const units = await tx.unit.findMany({
    where: { opdId: { in: fileOpdIds } },
    select: { id: true, opdId: true, name: true },
    orderBy: [{ active: "desc" }, { id: "asc" }],
  });
  const unitIdByKey = new Map<string, number>();
  for (const u of units) {
    const key = unitKey(u.opdId, u.name);
    if (!unitIdByKey.has(key)) unitIdByKey.set(key, u.id);
  }

  return {
    file: {
      knownOpdCodes: new Set(opdIdByCode.keys()),
      ownOpdCode: scope.anyAgency ? null : (opdCodeById.get(scope.opdId) ?? "\u0000"),
      existingEmployees,
      existingPositions,
    },
    opdIdByCode,
    opdCodeById,
    employeeIdByNip,
    positionIdByKey,
    unitIdByKey,
  };
}
