import "server-only";
import { parseOrgName, parseUnitCode } from "@/lib/domain/admin/org-input";
import { auditActor, type ServiceActor } from "../../authz";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { invalid } from "../../errors";
import { validationError } from "../employees/org-refs";
import { assertAdmin, isUniqueViolation, targetOpdId } from "../guard";
import { lockUnitTree } from "../locks";
import { assertUnitCodeFree, findParentUnit } from "./unit-rules";

/**
 * Adds a unit to an agency's tree. Every unit hangs under a parent, except the first unit of an
 * agency (its root, the agency's leadership).
 */
export async function createUnit(
  actor: ServiceActor,
  input: { opdId?: number | null; parentId: number | null; name: string; code?: string | null },
): Promise<{ id: number }> {
  assertAdmin(actor, "employee.manage");
  const opdId = targetOpdId(actor, input.opdId, "employee.manage");
  const name = parseOrgName(input.name, "Nama unit kerja");
  const code = parseUnitCode(input.code);
  if (!name.ok || !code.ok) {
    throw validationError({ ...(name.ok ? {} : { name: [name.message] }), ...(code.ok ? {} : { code: [code.message] }) });
  }

  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.opd.findUnique({ where: { id: opdId }, select: { id: true } }))) {
        throw invalid("Perangkat daerah tidak ditemukan.", { opdId: ["Perangkat daerah tidak ditemukan."] });
      }
      await lockUnitTree(tx, opdId);
      if (input.parentId !== null) await findParentUnit(tx, { opdId, parentId: input.parentId });
      else if ((await tx.unit.count({ where: { opdId } })) > 0) {
        throw invalid("Pilih unit induk.", { parentId: ["Pilih unit induk: perangkat daerah ini sudah memiliki unit teratas."] });
      }
      await assertUnitCodeFree(tx, { opdId, code: code.value });
      const unit = await tx.unit.create({
        data: { opdId, parentId: input.parentId, name: name.value, code: code.value },
        select: { id: true, opdId: true, parentId: true, name: true, code: true, active: true },
      });
      await writeAudit(tx, auditActor(actor), { action: "unit.create", targetType: "Unit", targetId: unit.id, after: unit });
      return { id: unit.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("Kode unit sudah dipakai.", { code: ["Kode unit sudah dipakai unit lain."] });
    throw error;
  }
}
