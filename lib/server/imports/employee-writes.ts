import "server-only";
import { positionKey } from "@/lib/domain/imports/employee-file";
import { normaliseText, type EmployeeImportRow } from "@/lib/domain/imports/employee-row";
import type { AuditEntry } from "../audit";
import { handOverPendingApprovals } from "../employees/supervisor-handover";
import type { Tx } from "../prisma-client";
import { unitKey, type EmployeeImportContext } from "./employee-context";
import { chunks, type EmployeeFields } from "./employee-fields";
import { diffEmployee, loadExisting, type ExistingEmployee } from "./existing-employees";
import { createNewEmployees } from "./new-employees";
import { createMissingPositions, createMissingUnits } from "./organisation-writes";

export type AppliedEmployeeImport = {
  created: number;
  updated: number;
  unchanged: number;
  unitsCreated: number;
  positionsCreated: number;
  handedOver: { skpVersions: number; realisations: number };
  /** One entry per created unit, position and employee and per changed employee. */
  auditEntries: AuditEntry[];
};

/**
 * Writes the valid rows of an employee file: missing units and positions, new employees (with an
 * INACTIVE account), changed fields of existing ones, and the hand-over of pending approvals when
 * a supervisor changes. Bulk statements throughout, so 10,000 rows take a few dozen round trips.
 * Runs inside the import's transaction; returns the audit entries for the caller to write.
 */
export async function applyEmployeeImport(
  tx: Tx,
  input: { rows: readonly EmployeeImportRow[]; context: EmployeeImportContext },
): Promise<AppliedEmployeeImport> {
  const { rows, context } = input;
  const auditEntries: AuditEntry[] = [];
  const opdIdOf = (row: EmployeeImportRow) => context.opdIdByCode.get(row.opdCode)!;

  const unitsCreated = await createMissingUnits(tx, {
    wanted: rows.map((r) => ({ opdId: opdIdOf(r), opdCode: r.opdCode, name: r.unitName })),
    context,
    auditEntries,
  });
  const positionsCreated = await createMissingPositions(tx, { rows, context, auditEntries });

  const nips = rows.filter((r) => context.employeeIdByNip.has(r.nip)).map((r) => r.nip);
  const existing = await loadExisting(tx, { nips, context });
  const idByNip = new Map(context.employeeIdByNip);
  const fieldsOf = (row: EmployeeImportRow, current?: ExistingEmployee): EmployeeFields => {
    const opdId = opdIdOf(row);
    // Keep the current unit when it already bears this name (unit names need not be unique).
    const keepUnit = current && current.opdId === opdId && normaliseText(current.unitName) === normaliseText(row.unitName);
    return {
      name: row.name,
      frontTitle: row.frontTitle,
      backTitle: row.backTitle,
      golongan: row.golongan,
      status: row.status,
      opdId,
      unitId: keepUnit ? current.unitId : context.unitIdByKey.get(unitKey(opdId, row.unitName))!,
      positionId: context.positionIdByKey.get(positionKey(row.opdCode, row.positionName))!,
      supervisorId: row.supervisorNip === null ? null : idByNip.get(row.supervisorNip)!,
      // The employee keeps their own contact details up to date (§10): the file only fills gaps.
      email: current?.email ?? row.email,
      phone: current?.phone ?? row.phone,
      startDate: row.startDate,
      positionStartDate: row.positionStartDate,
    };
  };

  const created = await createNewEmployees(tx, { rows: rows.filter((r) => !existing.has(r.nip)), idByNip, fieldsOf, auditEntries });

  const changes: { id: number; fields: EmployeeFields; supervisorChanged: boolean }[] = [];
  for (const row of rows) {
    const current = existing.get(row.nip);
    if (!current) continue;
    const next = fieldsOf(row, current);
    const diff = diffEmployee({ current, next, row, context });
    if (diff.changed.length === 0) continue;
    changes.push({ id: current.id, fields: next, supervisorChanged: current.supervisorId !== next.supervisorId });
    auditEntries.push({ action: "employee.import.update", targetType: "Employee", targetId: current.id, before: diff.before, after: diff.after });
  }
  await updateEmployees(tx, changes);
  const handedOver = await handOver(tx, changes.filter((c) => c.supervisorChanged));

  return {
    created,
    updated: changes.length,
    unchanged: existing.size - changes.length,
    unitsCreated,
    positionsCreated,
    handedOver,
    auditEntries,
  };
}

/** One UPDATE … FROM unnest(…) per chunk instead of one statement per employee. */
async function updateEmployees(tx: Tx, changes: { id: number; fields: EmployeeFields }[]): Promise<void> {
  for (const part of chunks(changes)) {
    const col = <K extends keyof EmployeeFields>(key: K) => part.map((c) => c.fields[key]);
    await tx.$executeRaw`
      UPDATE "employee" AS e SET
        "name" = v."name", "frontTitle" = v."frontTitle", "backTitle" = v."backTitle",
        "golongan" = v."golongan", "status" = v."status"::"EmployeeStatus",
        "opdId" = v."opdId", "unitId" = v."unitId", "positionId" = v."positionId", "supervisorId" = v."supervisorId",
        "email" = v."email", "phone" = v."phone",
        "startDate" = v."startDate"::date, "positionStartDate" = v."positionStartDate"::date,
        "updatedAt" = now()
      FROM unnest(
        ${part.map((c) => c.id)}::int[], ${col("name")}::text[], ${col("frontTitle")}::text[], ${col("backTitle")}::text[],
        ${col("golongan")}::text[], ${col("status")}::text[], ${col("opdId")}::int[], ${col("unitId")}::int[],
        ${col("positionId")}::int[], ${col("supervisorId")}::int[], ${col("email")}::text[], ${col("phone")}::text[],
        ${col("startDate")}::text[], ${col("positionStartDate")}::text[]
      ) AS v("id", "name", "frontTitle", "backTitle", "golongan", "status", "opdId", "unitId", "positionId",
             "supervisorId", "email", "phone", "startDate", "positionStartDate")
      WHERE e."id" = v."id"`;
  }
}

/** DESIGN.md §4: pending approvals follow the new supervisor. Only employees with pending items need it. */
async function handOver(tx: Tx, changes: { id: number; fields: EmployeeFields }[]) {
  const total = { skpVersions: 0, realisations: 0 };
  const ids = changes.map((c) => c.id);
  if (ids.length === 0) return total;
  const pending = new Set<number>();
  for (const part of chunks(ids, 5000)) {
    const skps = await tx.skp.findMany({ where: { employeeId: { in: part }, versions: { some: { status: "DIAJUKAN" } } }, select: { employeeId: true } });
    const realisations = await tx.ikiRealisation.findMany({ where: { status: "DIAJUKAN", employeeId: { in: part } }, select: { employeeId: true } });
    for (const s of skps) pending.add(s.employeeId);
    for (const r of realisations) pending.add(r.employeeId);
  }
  for (const change of changes) {
    if (!pending.has(change.id)) continue;
    const moved = await handOverPendingApprovals(tx, { employeeId: change.id, newSupervisorId: change.fields.supervisorId });
    total.skpVersions += moved.skpVersions;
    total.realisations += moved.realisations;
  }
  return total;
}
