import "server-only";
import { auditActor, assertCan, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { invalid } from "../errors";
import { jakartaDate } from "@/lib/domain/period";

/** Years an SKP can be drafted for: last year (late plans), this year and next year (WIB). */
export function draftableYears(now: Date): number[] {
  const year = jakartaDate(now).year;
  return [year - 1, year, year + 1];
}

/**
 * Starts the SKP of `year` for the actor: the SKP and its first version as DRAFT. Idempotent: an
 * SKP that already exists is returned as it is (a double click creates one).
 */
export async function startSkp(input: { actor: ServiceActor; year: number; now?: Date }): Promise<{ skpId: number; created: boolean }> {
  const { actor, year } = input;
  assertCan(actor, "skp.editOwn", { employeeId: actor.employeeId });
  if (!draftableYears(input.now ?? new Date()).includes(year)) throw invalid(`SKP tahun ${year} tidak dapat dibuat.`);
  return db.$transaction(async (tx) => {
    // One SKP per employee-year: the unique key decides a race between two tabs.
    const inserted = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO skp ("employeeId", year, "updatedAt") VALUES (${actor.employeeId}, ${year}, now())
      ON CONFLICT ("employeeId", year) DO NOTHING RETURNING id`;
    if (inserted.length === 0) {
      const skp = await tx.skp.findUniqueOrThrow({ where: { employeeId_year: { employeeId: actor.employeeId, year } }, select: { id: true } });
      return { skpId: skp.id, created: false };
    }
    const skpId = Number(inserted[0]!.id);
    const version = await tx.skpVersion.create({ data: { skpId, number: 1, status: "DRAFT" }, select: { id: true } });
    await writeAudit(tx, auditActor(actor), { action: "skp.create", targetType: "SkpVersion", targetId: version.id, after: { year, number: 1, status: "DRAFT" } });
    return { skpId, created: true };
  });
}
