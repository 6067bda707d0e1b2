import "server-only";
import { readDraft, skpDocumentSchema, type DocumentErrors, type SkpDraft } from "@/lib/domain/skp/document";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { invalid, notFound } from "../errors";
import { assertLockedTargetsKept, assertTransition, checkReferences, draftReferences, lockVersionRow } from "./guards";
import { loadDraft, replaceDraft } from "./load-draft";
import { relationTo } from "./relations";

export type SaveDraftResult = { saved: boolean; changed: boolean; errors: DocumentErrors; savedAt: Date };

const summary = (draft: SkpDraft) => ({
  rhk: draft.rhks.length,
  iki: draft.rhks.reduce((n, r) => n + r.ikis.length, 0),
  target: draft.rhks.reduce((n, r) => n + r.ikis.reduce((m, i) => m + i.targets.length, 0), 0),
});

/**
 * Saves the editor's document as the whole content of the owner's DRAFT or DIKEMBALIKAN version
 * (called as the employee types). What can be stored is stored; what cannot (a target that is not a
 * number, a parent that is not the supervisor's) is left out and reported by its path, so the
 * editor shows it while the rest is safe. A revision that would change a locked month's target is
 * refused whole. Nothing changes when the content is the same.
 */
export async function saveSkpDraft(input: { actor: ServiceActor; versionId: number; document: unknown; now?: Date }): Promise<SaveDraftResult> {
  const { actor } = input;
  const now = input.now ?? new Date();
  const parsed = skpDocumentSchema.safeParse(input.document);
  if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? "Isian SKP tidak dapat dibaca.");
  const { draft: read, errors } = readDraft(parsed.data);

  return db.$transaction(async (tx) => {
    await lockVersionRow(tx, input.versionId);
    const version = await tx.skpVersion.findFirst({
      where: { id: input.versionId, skp: { employeeId: actor.employeeId } },
      select: { id: true, status: true, basedOnVersionId: true, skp: { select: { year: true, employee: { select: { id: true, opdId: true, supervisorId: true } } } } },
    });
    if (!version) throw notFound("SKP tidak ditemukan.");
    assertTransition({ status: version.status, relation: relationTo(actor, version.skp.employee), action: "EDIT" });

    const refs = await draftReferences(tx, { ownerId: actor.employeeId, year: version.skp.year, baseVersionId: version.basedOnVersionId });
    const draft = checkReferences(read, refs, errors);
    await assertLockedTargetsKept(tx, { baseVersionId: version.basedOnVersionId, year: version.skp.year, draft, now });

    const before = await loadDraft(tx, version.id);
    if (JSON.stringify(before) === JSON.stringify(draft)) return { saved: true, changed: false, errors, savedAt: now };
    await replaceDraft(tx, version.id, draft);
    await tx.skpVersion.update({ where: { id: version.id }, data: { updatedAt: now } });
    await writeAudit(tx, auditActor(actor), {
      action: "skp.draft_saved",
      targetType: "SkpVersion",
      targetId: version.id,
      before: summary(before),
      after: summary(draft),
    });
    return { saved: true, changed: true, errors, savedAt: now };
  });
}
