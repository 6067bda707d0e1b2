import "server-only";
import { checkForSubmit } from "@/lib/domain/skp/document";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { assertLockedTargetsKept, assertTransition, checkReferences, draftReferences, lockVersionRow } from "./guards";
import { loadDraft } from "./load-draft";
import { notifySubmitted } from "./notify-skp";
import { relationTo } from "./relations";

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;

/**
 * Ajukan (§4): the owner submits a DRAFT or DIKEMBALIKAN version that passes the checks (an RHK
 * UTAMA, an IKI for each RHK, a target for each IKI; cascades still valid; locked months' targets
 * kept). It goes to the owner's current direct supervisor, or to Admin BKD for a head of agency.
 */
export async function submitSkp(input: { actor: ServiceActor; versionId: number; now?: Date }): Promise<{ approverId: number | null }> {
  const { actor } = input;
  const now = input.now ?? new Date();
  const result = await db.$transaction(async (tx) => {
    await lockVersionRow(tx, input.versionId);
    const version = await tx.skpVersion.findFirst({
      where: { id: input.versionId, skp: { employeeId: actor.employeeId } },
      select: {
        id: true,
        number: true,
        status: true,
        basedOnVersionId: true,
        skp: { select: { year: true, employee: { select: { ...PERSON, opdId: true, supervisorId: true } } } },
      },
    });
    if (!version) throw notFound("SKP tidak ditemukan.");
    const owner = version.skp.employee;
    const to = assertTransition({ status: version.status, relation: relationTo(actor, owner), action: "SUBMIT" });

    const stored = await loadDraft(tx, version.id);
    const errors = checkForSubmit(stored);
    // A cascade that was valid when saved may have lapsed (the supervisor's SKP was revised).
    const refs = await draftReferences(tx, { ownerId: owner.id, year: version.skp.year, baseVersionId: version.basedOnVersionId });
    checkReferences(stored, refs, errors);
    const messages = Object.values(errors).flat();
    if (messages.length > 0) {
      throw new AppError("VALIDATION", `SKP belum dapat diajukan: ${messages[0]}${messages.length > 1 ? ` (dan ${messages.length - 1} catatan lain)` : ""}`, errors);
    }
    await assertLockedTargetsKept(tx, { baseVersionId: version.basedOnVersionId, year: version.skp.year, draft: stored, now });

    await tx.skpVersion.update({
      where: { id: version.id },
      data: { status: to, submittedAt: now, approverEmployeeId: owner.supervisorId },
    });
    await tx.skpReview.create({
      data: { skpVersionId: version.id, actorUserId: actor.userId, action: "SUBMIT", fromStatus: version.status, toStatus: to, createdAt: now },
    });
    await writeAudit(tx, auditActor(actor), {
      action: "skp.submit",
      targetType: "SkpVersion",
      targetId: version.id,
      before: { status: version.status },
      after: { status: to, approverEmployeeId: owner.supervisorId },
    });
    return { owner, year: version.skp.year, versionId: version.id, versionNumber: version.number };
  });
  await notifySubmitted({ owner: result.owner, approverId: result.owner.supervisorId, year: result.year, versionId: result.versionId, versionNumber: result.versionNumber });
  return { approverId: result.owner.supervisorId };
}
