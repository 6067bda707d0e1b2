import "server-only";
import { evidenceMessages, MAX_EVIDENCE_PER_TARGET } from "@/lib/domain/evidence";
import { parseRealisationValue } from "@/lib/domain/iki/value";
import { monthLabel } from "@/lib/domain/period";
import { assertCan, auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError, invalid, notFound } from "../errors";
import { getMonthLock } from "../periods/month-lock";
import { setRealisationEvidence } from "./evidence";
import { assertRealisationTransition, ikiLineage, lockIkiRow } from "./guards";
import { notifyRealisationSubmitted } from "./notify-realisation";
import { realisationRelation } from "./relations";

export const REALISATION_NOTE_MAX = 2000;

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;
const SNAPSHOT = { id: true, ikiId: true, year: true, month: true, value: true, note: true, status: true, reviewerEmployeeId: true } as const;

export function assertPeriod(year: number, month: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100 || !Number.isInteger(month) || month < 1 || month > 12) {
    throw invalid("Bulan realisasi tidak valid.", { month: ["Pilih bulan yang benar."] });
  }
}

/**
 * Creates or edits the actor's realisation of one IKI for one month (DESIGN.md §6), optionally
 * submitting it (Ajukan) to their current direct supervisor, or to Admin BKD for a head of agency.
 * The IKI must be one of the actor's SKP in force for that year with a target in that month; the
 * month must be open; the value a non-negative decimal; only DRAFT or DIKEMBALIKAN may change.
 * Everything is checked before anything is written; the change, its history and its audit row go in
 * one transaction, the notification after it.
 */
export async function saveRealisation(input: {
  actor: ServiceActor;
  ikiId: number;
  year: number;
  month: number;
  value: string;
  note?: string | null;
  evidenceIds?: number[];
  submit: boolean;
  now?: Date;
}): Promise<{ id: number; status: string }> {
  const { actor, year, month } = input;
  const now = input.now ?? new Date();
  assertCan(actor, "realisation.editOwn", { employeeId: actor.employeeId });
  assertPeriod(year, month);
  const parsed = parseRealisationValue(input.value ?? "");
  if (!parsed.ok) throw invalid(parsed.message, { value: [parsed.message] });
  const note = input.note?.trim() || null;
  if (note && note.length > REALISATION_NOTE_MAX) throw invalid("Catatan paling banyak 2.000 karakter.", { note: ["Catatan terlalu panjang."] });
  const evidenceIds = [...new Set(input.evidenceIds ?? [])];
  if (evidenceIds.length > MAX_EVIDENCE_PER_TARGET) {
    const message = evidenceMessages.tooManyFiles(MAX_EVIDENCE_PER_TARGET);
    throw invalid(message, { evidenceIds: [message] });
  }

  const result = await db.$transaction(async (tx) => {
    // Only an IKI of the actor's own SKP in force for that year: anyone else's simply is not found.
    const iki = await tx.iki.findFirst({
      where: { id: input.ikiId, rhk: { skpVersion: { inForceOf: { employeeId: actor.employeeId, year } } } },
      select: { id: true, description: true, unit: true, targets: { where: { month }, select: { target: true } } },
    });
    if (!iki) throw notFound(`IKI tidak ditemukan pada SKP Anda yang berlaku untuk tahun ${year}.`);
    if (iki.targets.length === 0) {
      throw invalid(`IKI ini tidak memiliki target pada bulan ${monthLabel(month)} ${year}; realisasi hanya diisi untuk bulan yang bertarget.`);
    }
    await lockIkiRow(tx, iki.id);
    const owner = await tx.employee.findUniqueOrThrow({ where: { id: actor.employeeId }, select: { ...PERSON, opdId: true, supervisorId: true } });
    const lock = await getMonthLock(tx, { year, month, now });

    // The realisation already entered for this month, on this IKI or on the one it was revised from.
    const lineage = (await ikiLineage(tx, [iki.id])).get(iki.id) ?? [iki.id];
    const candidates = await tx.ikiRealisation.findMany({ where: { ikiId: { in: lineage }, month, employeeId: actor.employeeId }, select: SNAPSHOT });
    const before = lineage.map((id) => candidates.find((c) => c.ikiId === id)).find(Boolean) ?? null;

    const relation = realisationRelation(actor, owner);
    const status = assertRealisationTransition({ status: before?.status ?? "DRAFT", relation, action: input.submit ? "SUBMIT" : "EDIT", monthLocked: lock.locked });

    const data = {
      value: parsed.value,
      note,
      ...(input.submit ? { status, submittedAt: now, reviewerEmployeeId: owner.supervisorId, reviewNote: null, verifiedAt: null, returnedAt: null } : {}),
    };
    const saved = before
      ? await tx.ikiRealisation.update({ where: { id: before.id }, data, select: SNAPSHOT })
      : await tx.ikiRealisation.create({ data: { ...data, ikiId: iki.id, employeeId: actor.employeeId, year, month }, select: SNAPSHOT });
    await setRealisationEvidence(tx, { realisationId: saved.id, ownerEmployeeId: actor.employeeId, evidenceIds });
    if (input.submit) {
      await tx.realisationReview.create({
        data: { realisationId: saved.id, actorUserId: actor.userId, action: "SUBMIT", fromStatus: before?.status ?? "DRAFT", toStatus: status, createdAt: now },
      });
    }
    await writeAudit(tx, auditActor(actor), {
      action: `realisation.${before ? "update" : "create"}${input.submit ? "_submit" : ""}`,
      targetType: "IkiRealisation",
      targetId: saved.id,
      before: before ? { ...before, value: before.value.toString() } : undefined,
      after: { ...saved, value: saved.value.toString(), evidenceIds },
    });
    return { id: saved.id, status: saved.status, owner, iki };
  });
  if (input.submit) {
    await notifyRealisationSubmitted({
      owner: result.owner,
      reviewerId: result.owner.supervisorId,
      year,
      month,
      ikiDescription: result.iki.description,
      value: parsed.value,
      unit: result.iki.unit,
    });
  }
  return { id: result.id, status: result.status };
}
