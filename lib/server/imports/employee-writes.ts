import "server-only";
import type { EmployeeImportRow } from "@/lib/domain/imports/employee-row";
import { positionKey } from "@/lib/domain/imports/employee-file";
import { normaliseText } from "@/lib/domain/imports/employee-row";
import type { AuditEntry } from "../audit";
import { handOverPendingApprovals } from "../employees/supervisor-handover";
import type { Tx } from "../prisma-client";
import { unitKey, type EmployeeImportContext } from "./employee-context";

/** Rows per statement: well under PostgreSQL's 65,535 bound parameters. */
const CHUNK = 1000;

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

/** The importable fields of an employee, as written. */
type EmployeeFields = {
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  golongan: string;
  status: EmployeeImportRow["status"];
  opdId: number;
  unitId: number;
  positionId: number;
  supervisorId: number | null;
  email: string | null;
  phone: string | null;
  startDate: string;
  positionStartDate: string;
};

const dateOnly = (key: string) => new Date(`${key}T00:00:00.000Z`);
const dateKeyOf = (date: Date) => date.toISOString().slice(0, 10);

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

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

  const unitsCreated = await createMissingUnits(tx, rows.map((r) => ({ opdId: opdIdOf(r), opdCode: r.opdCode, name: r.unitName })), context, auditEntries);
  const positionsCreated = await createMissingPositions(tx, rows, context, auditEntries);

  const existing = await loadExisting(tx, rows.filter((r) => context.employeeIdByNip.has(r.nip)).map((r) => r.nip), context);
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
    const diff = diffEmployee(current, next, row, context);
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

async function createMissingUnits(
  tx: Tx,
  wanted: { opdId: number; opdCode: string; name: string }[],
  context: EmployeeImportContext,
  auditEntries: AuditEntry[],
): Promise<number> {
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

async function createMissingPositions(
  tx: Tx,
  rows: readonly EmployeeImportRow[],
  context: EmployeeImportContext,
  auditEntries: AuditEntry[],
): Promise<number> {
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

/**
 * The employees of the file that are already registered, with the names their ids stand for (for
 * readable audit entries). Flat queries one after another: inside an interactive transaction
 * nested relation reads would be issued concurrently on the one connection.
 */
async function loadExisting(tx: Tx, nips: string[], context: EmployeeImportContext) {
  const found = [];
  for (const part of chunks(nips, 5000)) {
    found.push(
      ...(await tx.employee.findMany({
        where: { nip: { in: part } },
        select: {
          id: true, nip: true, name: true, frontTitle: true, backTitle: true, golongan: true, status: true,
          opdId: true, unitId: true, positionId: true, supervisorId: true, email: true, phone: true,
          startDate: true, positionStartDate: true,
        },
      })),
    );
  }
  const unitNames = await namesById(tx, "unit", [...new Set(found.map((e) => e.unitId))]);
  const positionNames = await namesById(tx, "position", [...new Set(found.map((e) => e.positionId))]);
  const nipById = new Map([...context.employeeIdByNip].map(([nip, id]) => [id, nip]));
  return new Map(
    found.map((e) => [
      e.nip,
      {
        ...e,
        opdCode: context.opdCodeById.get(e.opdId) ?? "",
        unitName: unitNames.get(e.unitId) ?? "",
        positionName: positionNames.get(e.positionId) ?? "",
        supervisorNip: e.supervisorId === null ? null : (nipById.get(e.supervisorId) ?? null),
      },
    ]),
  );
}

async function namesById(tx: Tx, model: "unit" | "position", ids: number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  for (const part of chunks(ids, 5000)) {
    const rows =
      model === "unit"
        ? await tx.unit.findMany({ where: { id: { in: part } }, select: { id: true, name: true } })
        : await tx.position.findMany({ where: { id: { in: part } }, select: { id: true, name: true } });
    for (const r of rows) names.set(r.id, r.name);
  }
  return names;
}

type ExistingEmployee = Awaited<ReturnType<typeof loadExisting>> extends Map<string, infer E> ? E : never;

/** Readable before/after of the changed fields, keyed by the file's column names. */
function diffEmployee(current: ExistingEmployee, next: EmployeeFields, row: EmployeeImportRow, context: EmployeeImportContext) {
  const fields: [column: string, same: boolean, before: unknown, after: unknown][] = [
    ["nama", current.name === next.name, current.name, next.name],
    ["gelar_depan", current.frontTitle === next.frontTitle, current.frontTitle, next.frontTitle],
    ["gelar_belakang", current.backTitle === next.backTitle, current.backTitle, next.backTitle],
    ["golongan", current.golongan === next.golongan, current.golongan, next.golongan],
    ["status", current.status === next.status, current.status, next.status],
    ["kode_opd", current.opdId === next.opdId, current.opdCode, context.opdCodeById.get(next.opdId)],
    ["unit_kerja", current.unitId === next.unitId, current.unitName, row.unitName],
    ["jabatan", current.positionId === next.positionId, current.positionName, row.positionName],
    ["nip_atasan", current.supervisorId === next.supervisorId, current.supervisorNip, row.supervisorNip],
    ["email", current.email === next.email, current.email, next.email],
    ["telepon", current.phone === next.phone, current.phone, next.phone],
    ["tmt", dateKeyOf(current.startDate) === next.startDate, dateKeyOf(current.startDate), next.startDate],
    ["tmt_jabatan", dateKeyOf(current.positionStartDate) === next.positionStartDate, dateKeyOf(current.positionStartDate), next.positionStartDate],
  ];
  const changed = fields.filter(([, same]) => !same);
  return {
    changed,
    before: Object.fromEntries(changed.map(([column, , before]) => [column, before])),
    after: Object.fromEntries(changed.map(([column, , , after]) => [column, after])),
  };
}

/**
 * New employees level by level down the supervisor chain (heads first), so each row is created
 * with its supervisor's id already known; each gets an INACTIVE PEGAWAI account (§9).
 */
async function createNewEmployees(
  tx: Tx,
  input: {
    rows: EmployeeImportRow[];
    idByNip: Map<string, number>;
    fieldsOf: (row: EmployeeImportRow) => EmployeeFields;
    auditEntries: AuditEntry[];
  },
): Promise<number> {
  const { rows, idByNip } = input;
  const newNips = new Set(rows.map((r) => r.nip));
  const subordinates = new Map<string, EmployeeImportRow[]>();
  for (const row of rows) {
    if (!row.supervisorNip || !newNips.has(row.supervisorNip)) continue;
    const list = subordinates.get(row.supervisorNip);
    if (list) list.push(row);
    else subordinates.set(row.supervisorNip, [row]);
  }
  let level = rows.filter((r) => !r.supervisorNip || !newNips.has(r.supervisorNip));
  const createdIds: number[] = [];
  while (level.length > 0) {
    for (const part of chunks(level)) {
      const data = part.map((row) => {
        const fields = input.fieldsOf(row);
        return {
          ...fields,
          nip: row.nip,
          birthDate: dateOnly(row.birthDate),
          gender: row.gender,
          startDate: dateOnly(fields.startDate),
          positionStartDate: dateOnly(fields.positionStartDate),
        };
      });
      const created = await tx.employee.createManyAndReturn({ data, select: { id: true, nip: true } });
      for (const e of created) {
        idByNip.set(e.nip, e.id);
        createdIds.push(e.id);
      }
      for (const row of part) {
        input.auditEntries.push({
          action: "employee.import.create",
          targetType: "Employee",
          targetId: idByNip.get(row.nip),
          after: {
            nip: row.nip, nama: row.name, gelar_depan: row.frontTitle, gelar_belakang: row.backTitle,
            golongan: row.golongan, status: row.status, jabatan: row.positionName, kelas_jabatan: row.kelasJabatan,
            unit_kerja: row.unitName, kode_opd: row.opdCode, nip_atasan: row.supervisorNip, email: row.email,
            telepon: row.phone, tmt: row.startDate, tmt_jabatan: row.positionStartDate, akun: "INACTIVE",
          },
        });
      }
    }
    level = level.flatMap((r) => subordinates.get(r.nip) ?? []);
  }
  if (createdIds.length !== rows.length) throw new Error("Impor pegawai: urutan atasan tidak lengkap (rantai melingkar lolos validasi).");
  for (const part of chunks(createdIds, 5000)) {
    await tx.user.createMany({
      data: part.map((employeeId) => ({ employeeId, role: "PEGAWAI" as const, status: "INACTIVE" as const, mustChangePassword: true })),
    });
  }
  return createdIds.length;
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
