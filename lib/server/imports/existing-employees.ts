import "server-only";
import type { EmployeeImportRow } from "@/lib/domain/imports/employee-row";
import type { Tx } from "../prisma-client";
import type { EmployeeImportContext } from "./employee-context";
import { chunks, dateKeyOf, type EmployeeFields } from "./employee-fields";

/**
 * The employees of the file that are already registered, with the names their ids stand for (for
 * readable audit entries). Flat queries one after another: inside an interactive transaction
 * nested relation reads would be issued concurrently on the one connection.
 */
export async function loadExisting(tx: Tx, input: { nips: string[]; context: EmployeeImportContext }) {
  const { nips, context } = input;
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

export type ExistingEmployee = Awaited<ReturnType<typeof loadExisting>> extends Map<string, infer E> ? E : never;

/** Readable before/after of the changed fields, keyed by the file's column names. */
export function diffEmployee(input: {
  current: ExistingEmployee;
  next: EmployeeFields;
  row: EmployeeImportRow;
  context: EmployeeImportContext;
}) {
  const { current, next, row, context } = input;
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
