import "server-only";
import { checkActivity, parseTimeOfDay } from "@/lib/domain/activities/rules";
import { evidenceMessages, MAX_EVIDENCE_PER_TARGET } from "@/lib/domain/evidence";
import { dateKey, jakartaDate, parseDateKey } from "@/lib/domain/period";
import { auditActor, assertCan, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { toDbDate } from "../admin/db-date";
import { db } from "../db";
import { AppError, invalid, notFound } from "../errors";
import { getMonthLock } from "../periods/month-lock";
import type { Tx } from "../prisma-client";
import { setActivityEvidence } from "./evidence";
import { assertActivityTransition, lockEmployeeDay } from "./guards";

export type ActivityInput = {
  /** Present when editing an entry; absent for a new one. */
  id?: number | null;
  /** Client-generated id of this form submission: a double submit creates one entry. */
  clientRequestId?: string | null;
  date: string;
  startTime: string;
  endTime: string;
  /** An RHK of the employee's SKP in force for that year, or null for Aktivitas Tambahan. */
  rhkId: number | null;
  instructionId?: number | null;
  description: string;
  outputQuantity: string;
  outputUnit: string;
  evidenceIds?: number[];
  /** Save and submit (Ajukan) in one go. */
  submit: boolean;
};

const SNAPSHOT = {
  id: true,
  date: true,
  startMinute: true,
  endMinute: true,
  rhkId: true,
  instructionId: true,
  description: true,
  outputQuantity: true,
  outputUnit: true,
  status: true,
} as const;

/** The RHK must be one of the employee's SKP in force for the activity's year (§5). */
async function assertOwnRhk(tx: Tx, input: { rhkId: number; employeeId: number; year: number }): Promise<void> {
  const found = await tx.rhk.count({ where: { id: input.rhkId, skpVersion: { inForceOf: { employeeId: input.employeeId, year: input.year } } } });
  if (found === 0) {
    throw invalid("RHK harus dipilih dari SKP Anda yang disetujui untuk tahun tersebut.", {
      rhkId: ["Pilih RHK dari SKP Anda yang berlaku, atau Aktivitas Tambahan."],
    });
  }
}

async function assertOwnInstruction(tx: Tx, input: { instructionId: number; employeeId: number }): Promise<void> {
  const found = await tx.instructionRecipient.count({
    where: { instructionId: input.instructionId, employeeId: input.employeeId, instruction: { cancelledAt: null } },
  });
  if (found === 0) throw invalid("Instruksi tidak ditemukan di antara instruksi yang Anda terima.", { instructionId: ["Pilih instruksi yang ditujukan kepada Anda."] });
}

/**
 * Creates or edits one of the actor's own activities (DESIGN.md §5), optionally submitting it. All
 * rules are checked before anything is written: date not in the future and its month not locked, end
 * after start, no overlap with the employee's other entries that day (checked under a per-day lock),
 * an RHK only from the SKP in force, at most five evidence files of the employee's own.
 */
export async function saveActivity(input: { actor: ServiceActor; activity: ActivityInput; now?: Date }): Promise<{ id: number; status: string; duplicate: boolean }> {
  const { actor, activity } = input;
  const now = input.now ?? new Date();
  assertCan(actor, "activity.editOwn", { employeeId: actor.employeeId });
  const date = parseDateKey(activity.date);
  if (!date) throw invalid("Tanggal aktivitas tidak valid.", { date: ["Isi tanggal dengan benar."] });
  const evidenceIds = [...new Set(activity.evidenceIds ?? [])];
  if (evidenceIds.length > MAX_EVIDENCE_PER_TARGET) {
    const message = evidenceMessages.tooManyFiles(MAX_EVIDENCE_PER_TARGET);
    throw invalid(message, { evidenceIds: [message] });
  }
  const dbDate = toDbDate(date);
  const startMinute = parseTimeOfDay(activity.startTime);
  const endMinute = parseTimeOfDay(activity.endTime);

  const result = await db.$transaction(async (tx) => {
    // A repeated submission of the same form returns the entry it already made. Checked under the
    // day's lock, so a copy sent at the same moment waits for the first and then finds it.
    if (activity.clientRequestId && !activity.id) {
      await lockEmployeeDay(tx, { employeeId: actor.employeeId, date: dbDate });
      const existing = await tx.activity.findUnique({
        where: { employeeId_clientRequestId: { employeeId: actor.employeeId, clientRequestId: activity.clientRequestId } },
        select: { id: true, status: true },
      });
      if (existing) return { id: existing.id, status: existing.status, duplicate: true };
    }
    const lock = await getMonthLock(tx, { year: date.year, month: date.month, now });
    let before: Awaited<ReturnType<typeof tx.activity.findFirst<{ select: typeof SNAPSHOT }>>> = null;
    if (activity.id) {
      before = await tx.activity.findFirst({ where: { id: activity.id, employeeId: actor.employeeId }, select: SNAPSHOT });
      if (!before) throw notFound("Aktivitas tidak ditemukan.");
      const oldDate = jakartaDate(before.date);
      const oldLock = await getMonthLock(tx, { year: oldDate.year, month: oldDate.month, now });
      assertActivityTransition({ status: before.status, relation: "OWNER", action: "EDIT", monthLocked: oldLock.locked });
      if (before.date.getTime() !== dbDate.getTime()) await lockEmployeeDay(tx, { employeeId: actor.employeeId, date: before.date });
    }
    if (lock.locked) throw new AppError("LOCKED", `Bulan ${date.month}/${date.year} sudah dikunci; aktivitas tanggal tersebut tidak dapat ditambah atau diubah.`);
    await lockEmployeeDay(tx, { employeeId: actor.employeeId, date: dbDate });

    const others = await tx.activity.findMany({
      where: { employeeId: actor.employeeId, date: dbDate, ...(activity.id ? { id: { not: activity.id } } : {}) },
      select: { id: true, startMinute: true, endMinute: true },
    });
    const errors = checkActivity({
      dateKey: dateKey(date),
      today: dateKey(jakartaDate(now)),
      startMinute,
      endMinute,
      description: activity.description,
      outputQuantity: activity.outputQuantity,
      outputUnit: activity.outputUnit,
      others,
      id: activity.id ?? undefined,
    });
    if (Object.keys(errors).length > 0) throw invalid("Periksa kembali isian yang ditandai.", errors as Record<string, string[]>);
    if (activity.rhkId != null) await assertOwnRhk(tx, { rhkId: activity.rhkId, employeeId: actor.employeeId, year: date.year });
    if (activity.instructionId != null) await assertOwnInstruction(tx, { instructionId: activity.instructionId, employeeId: actor.employeeId });

    const data = {
      date: dbDate,
      startMinute: startMinute!,
      endMinute: endMinute!,
      rhkId: activity.rhkId,
      instructionId: activity.instructionId ?? null,
      description: activity.description.trim(),
      outputQuantity: activity.outputQuantity.trim().replace(",", "."),
      outputUnit: activity.outputUnit.trim(),
      ...(activity.submit
        ? { status: "DIAJUKAN" as const, submittedAt: now, rejectReason: null, reviewedAt: null, reviewedByEmployeeId: null }
        : {}),
    };
    const saved = before
      ? await tx.activity.update({ where: { id: before.id }, data, select: SNAPSHOT })
      : await tx.activity.create({
          data: { ...data, employeeId: actor.employeeId, clientRequestId: activity.clientRequestId ?? null },
          select: SNAPSHOT,
        });
    await setActivityEvidence(tx, { activityId: saved.id, ownerEmployeeId: actor.employeeId, evidenceIds });
    await writeAudit(tx, auditActor(actor), {
      action: before ? (activity.submit ? "activity.update_submit" : "activity.update") : activity.submit ? "activity.create_submit" : "activity.create",
      targetType: "Activity",
      targetId: saved.id,
      before: before ?? undefined,
      after: { ...saved, evidenceIds },
    });
    return { id: saved.id, status: saved.status, duplicate: false };
  }).catch(async (error: unknown) => {
    // Two identical submissions raced past the first check: the unique key kept one.
    if (activity.clientRequestId && error && typeof error === "object" && "code" in error && (error as { code: string }).code === "P2002") {
      const existing = await db.activity.findUnique({
        where: { employeeId_clientRequestId: { employeeId: actor.employeeId, clientRequestId: activity.clientRequestId } },
        select: { id: true, status: true },
      });
      if (existing) return { id: existing.id, status: existing.status as string, duplicate: true };
    }
    throw error;
  });
  return result;
}
