import "server-only";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { followParent } from "./cascade-options";
import { assertTransition } from "./guards";
import { relationTo } from "./relations";

/**
 * Buat Revisi (§4): a new DRAFT version copied from the approved version in force (RHK, IKI and
 * targets, each remembering what it was copied from). The version in force stays in force until the
 * revision is approved. Only one revision is open at a time (also a partial unique index).
 */
export async function startRevision(input: { actor: ServiceActor; year: number; now?: Date }): Promise<{ versionId: number }> {
  const { actor } = input;
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const skp = await tx.skp.findUnique({
      where: { employeeId_year: { employeeId: actor.employeeId, year: input.year } },
      select: {
        id: true,
        employee: { select: { id: true, opdId: true, supervisorId: true } },
        inForceVersion: { select: { id: true, status: true } },
        versions: { select: { number: true, status: true }, orderBy: { number: "desc" } },
      },
    });
    if (!skp) throw notFound(`Anda belum memiliki SKP tahun ${input.year}.`);
    await tx.$queryRaw`SELECT id FROM skp WHERE id = ${skp.id} FOR UPDATE`;
    if (!skp.inForceVersion) throw new AppError("INVALID_STATE", "Revisi hanya dapat dibuat dari SKP yang sudah disetujui.");
    assertTransition({ status: skp.inForceVersion.status, relation: relationTo(actor, skp.employee), action: "REVISE" });
    if (skp.versions.some((v) => v.status !== "DISETUJUI")) {
      throw new AppError("CONFLICT", "Sudah ada versi SKP yang sedang dikerjakan atau diajukan. Selesaikan versi tersebut terlebih dahulu.");
    }
    const number = (skp.versions[0]?.number ?? 0) + 1;
    const version = await tx.skpVersion.create({
      data: { skpId: skp.id, number, status: "DRAFT", basedOnVersionId: skp.inForceVersion.id, createdAt: now },
      select: { id: true },
    });

    // Cascades follow the supervisor's RHK into their version in force, where it has moved on.
    const supervisorRhks = skp.employee.supervisorId == null
      ? []
      : await tx.rhk.findMany({
          where: { skpVersion: { skp: { employeeId: skp.employee.supervisorId, year: input.year } } },
          select: { id: true, copiedFromId: true, skpVersion: { select: { inForceOf: { select: { id: true } } } } },
        });
    const inForceIds = supervisorRhks.filter((r) => r.skpVersion.inForceOf != null).map((r) => r.id);
    const copiedFrom = new Map(supervisorRhks.map((r) => [r.id, r.copiedFromId]));

    const rhks = await tx.rhk.findMany({
      where: { skpVersionId: skp.inForceVersion.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      include: { ikis: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { targets: true } } },
    });
    for (const rhk of rhks) {
      await tx.rhk.create({
        data: {
          skpVersionId: version.id,
          position: rhk.position,
          kind: rhk.kind,
          description: rhk.description,
          parentRhkId: skp.employee.supervisorId == null ? null : followParent(rhk.parentRhkId, { inForceIds, copiedFrom }),
          orgTargetId: rhk.orgTargetId,
          copiedFromId: rhk.id,
          ikis: {
            create: rhk.ikis.map((iki) => ({
              position: iki.position,
              description: iki.description,
              aspect: iki.aspect,
              unit: iki.unit,
              polarity: iki.polarity,
              evidenceExpected: iki.evidenceExpected,
              copiedFromId: iki.id,
              targets: { create: iki.targets.map((t) => ({ month: t.month, target: t.target })) },
            })),
          },
        },
      });
    }
    await tx.skpReview.create({
      data: { skpVersionId: version.id, actorUserId: actor.userId, action: "REVISE", fromStatus: null, toStatus: "DRAFT", createdAt: now },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "skp.revise",
      targetType: "SkpVersion",
      targetId: version.id,
      after: { year: input.year, number, basedOnVersionId: skp.inForceVersion.id },
    });
    return { versionId: version.id };
  });
}
