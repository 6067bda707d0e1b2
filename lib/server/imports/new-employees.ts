import "server-only";
import type { EmployeeImportRow } from "@/lib/domain/imports/employee-row";
import type { AuditEntry } from "../audit";
import type { Tx } from "../prisma-client";
import { chunks, dateOnly, type EmployeeFields } from "./employee-fields";

/**
 * New employees level by level down the supervisor chain (heads first), so each row is created
 * with its supervisor's id already known; each gets an INACTIVE PEGAWAI account (§9).
 */
export async function createNewEmployees(
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
