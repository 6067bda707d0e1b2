import "server-only";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError, invalid, notFound } from "../errors";
import { assertLockedTargetsKept, assertTransition, lockVersionRow } from "./guards";
import { loadDraft } from "./load-draft";
import { notifyReviewed } from "./notify-skp";
import { approvableOwners, relationTo } from "./relations";

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;

export const RETURN_NOTE_MIN = 10;

/**
 * Setujui or Kembalikan (§4), by the owner's CURRENT direct supervisor only (Admin BKD for a head of
 * agency): the relation is part of the query, so anyone else finds nothing. Approving puts the
 * version in force (a revision replaces the version in force only now); returning needs a note.
 */
export async function reviewSkp(input: {
  actor: ServiceActor;
  versionId: number;
  decision: "APPROVE" | "RETURN";
  note?: string | null;
  now?: Date;
}): Promise<void> {
  const { actor, decision } = input;
  const now = input.now ?? new Date();
  const note = input.note?.trim() || null;
  if (decision === "RETURN" && (!note || note.length < RETURN_NOTE_MIN)) {
    throw invalid(`Tuliskan catatan pengembalian paling sedikit ${RETURN_NOTE_MIN} karakter, agar pegawai tahu apa yang harus diperbaiki.`, {
      note: [`Catatan wajib diisi (paling sedikit ${RETURN_NOTE_MIN} karakter).`],
    });
  }
  if (note && note.length > 2000) throw invalid("Catatan paling banyak 2.000 karakter.", { note: ["Catatan terlalu panjang."] });

  const result = await db.$transaction(async (tx) => {
    await lockVersionRow(tx, input.versionId);
    const version = await tx.skpVersion.findFirst({
      where: { id: input.versionId, skp: { employee: approvableOwners(actor) } },
      select: {
        id: true,
        number: true,
        status: true,
        skpId: true,
        basedOnVersionId: true,
        skp: { select: { year: true, inForceVersionId: true, employee: { select: { ...PERSON, opdId: true, supervisorId: true } } } },
      },
    });
    if (!version) throw notFound("SKP tidak ditemukan atau bukan bawahan langsung Anda.");
    const owner = version.skp.employee;
    const to = assertTransition({ status: version.status, relation: relationTo(actor, owner), action: decision });

    if (decision === "APPROVE") {
      // A month may have locked since the revision was submitted.
      try {
        await assertLockedTargetsKept(tx, { baseVersionId: version.basedOnVersionId, year: version.skp.year, draft: await loadDraft(tx, version.id), now });
      } catch (error) {
        if (error instanceof AppError) throw new AppError("INVALID_STATE", `${error.message} Kembalikan revisi ini agar pegawai memperbaikinya.`);
        throw error;
      }
    }
    await tx.skpVersion.update({
      where: { id: version.id },
      data: decision === "APPROVE" ? { status: to, approvedAt: now } : { status: to, returnedAt: now },
    });
    if (decision === "APPROVE") {
      await tx.skp.update({ where: { id: version.skpId }, data: { inForceVersionId: version.id } });
    }
    await tx.skpReview.create({
      data: { skpVersionId: version.id, actorUserId: actor.userId, action: decision, fromStatus: version.status, toStatus: to, note, createdAt: now },
    });
    await writeAudit(tx, auditActor(actor), {
      action: decision === "APPROVE" ? "skp.approve" : "skp.return",
      targetType: "SkpVersion",
      targetId: version.id,
      before: { status: version.status, inForceVersionId: version.skp.inForceVersionId },
      after: { status: to, inForceVersionId: decision === "APPROVE" ? version.id : version.skp.inForceVersionId, note },
    });
    const approver = await tx.employee.findUniqueOrThrow({ where: { id: actor.employeeId }, select: PERSON });
    return { owner, approver, year: version.skp.year, versionNumber: version.number };
  });
  await notifyReviewed({ ...result, decision, note });
}
