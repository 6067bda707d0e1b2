import "server-only";
import { parseOrgName, parseUnitCode } from "@/lib/domain/admin/org-input";
import { auditActor, type ServiceActor } from "../../authz";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { invalid } from "../../errors";
import { validationError } from "../employees/org-refs";
import { assertAdmin, isUniqueViolation } from "../guard";
import { assertUnitCodeFree, findManagedUnit } from "./unit-rules";

/** Renames a unit (and corrects its code). */
export async function renameUnit(
  actor: ServiceActor,
  input: { unitId: number; name: string; code?: string | null },
): Promise<{ changed: boolean }> {
  assertAdmin(actor, "employee.manage");
  try {
    return await db.$transaction(async (tx) => {
      const unit = await findManagedUnit(tx, actor, input.unitId);
      const name = parseOrgName(input.name, "Nama unit kerja");
      const code = parseUnitCode(input.code);
      if (!name.ok || !code.ok) {
        throw validationError({ ...(name.ok ? {} : { name: [name.message] }), ...(code.ok ? {} : { code: [code.message] }) });
      }
      if (name.value === unit.name && code.value === unit.code) return { changed: false };
      if (code.value !== unit.code) await assertUnitCodeFree(tx, { opdId: unit.opdId, code: code.value, exceptId: unit.id });
      await tx.unit.update({ where: { id: unit.id }, data: { name: name.value, code: code.value } });
      await writeAudit(tx, auditActor(actor), {
        action: "unit.rename",
        targetType: "Unit",
        targetId: unit.id,
        before: { name: unit.name, code: unit.code },
        after: { name: name.value, code: code.value },
      });
      return { changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("Kode unit sudah dipakai.", { code: ["Kode unit sudah dipakai unit lain."] });
    throw error;
  }
}
