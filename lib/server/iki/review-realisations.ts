import "server-only";
import { auditActor, type ServiceActor } from "../authz";
import { writeAuditMany } from "../audit";
import { db } from "../db";
import { invalid, notFound } from "../errors";
import { reviewableEmployees } from "../employees/reviewable";
import { getMonthLock } from "../periods/month-lock";
import { assertRealisationTransition } from "./guards";
import { notifyRealisationsReviewed } from "./notify-realisation";
import { realisationRelation } from "./relations";

export const REALISATION_RETURN_NOTE_MIN = 10;
export const REALISATION_REVIEW_MAX = 500;

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;

/**
 * Verifikasi or Kembalikan (§6) one or many submitted realisations, by the owners' CURRENT direct
 * supervisor only (Admin BKD for heads of agency): the relation is part of the query, so anyone else
 * finds nothing. Returning needs a note. All or nothing: one realisation that may not be reviewed
 * (not found, not submitted, its month locked) refuses the whole call and changes nothing.
 */
export async function reviewRealisations(input: {
  actor: ServiceActor;
  ids: number[];
  decision: "VERIFY" | "RETURN";
  note?: string | null;
  now?: Date;
}): Promise<{ count: number }> {
  const { actor, decision } = input;
  const now = input.now ?? new Date();
  const ids = [...new Set(input.ids)].sort((a, b) => a - b);
  if (ids.length === 0) throw invalid("Pilih realisasi yang akan diverifikasi atau dikembalikan.");
  if (ids.length > REALISATION_REVIEW_MAX) throw invalid(`Paling banyak ${REALISATION_REVIEW_MAX} realisasi sekaligus.`);
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) throw invalid("Pilihan realisasi tidak valid.");
  const note = input.note?.trim() || null;
  if (decision === "RETURN" && (!note || note.length < REALISATION_RETURN_NOTE_MIN)) {
    throw invalid(`Tuliskan catatan pengembalian paling sedikit ${REALISATION_RETURN_NOTE_MIN} karakter, agar pegawai tahu apa yang harus diperbaiki.`, {
      note: [`Catatan wajib diisi (paling sedikit ${REALISATION_RETURN_NOTE_MIN} karakter).`],
    });
  }
  if (note && note.length > 2000) throw invalid("Catatan paling banyak 2.000 karakter.", { note: ["Catatan terlalu panjang."] });

  const result = await db.$transaction(async (tx) => {
    const rows = await tx.ikiRealisation.findMany({
      where: { id: { in: ids }, employee: reviewableEmployees(actor) },
      select: {
        id: true,
        status: true,
        year: true,
        month: true,
        value: true,
        reviewerEmployeeId: true,
        iki: { select: { description: true, unit: true } },
        employee: { select: { ...PERSON, opdId: true, supervisorId: true } },
      },
    });
    if (rows.length !== ids.length) {
      throw notFound(ids.length === 1 ? "Realisasi tidak ditemukan atau bukan milik bawahan langsung Anda." : "Sebagian realisasi tidak ditemukan atau bukan milik bawahan langsung Anda.");
    }
    const locks = new Map<string, boolean>();
    for (const row of rows) {
      const key = `${row.year}-${row.month}`;
      if (!locks.has(key)) locks.set(key, (await getMonthLock(tx, { year: row.year, month: row.month, now })).locked);
      assertRealisationTransition({ status: row.status, relation: realisationRelation(actor, row.employee), action: decision, monthLocked: locks.get(key)! });
    }
    const to = decision === "VERIFY" ? "TERVERIFIKASI" : "DIKEMBALIKAN";
    // State and relation are part of the where: of two concurrent reviews, or a review racing a
    // change of supervisor, the later one finds fewer rows and rolls back whole.
    const { count } = await tx.ikiRealisation.updateMany({
      where: { id: { in: ids }, status: "DIAJUKAN", employee: reviewableEmployees(actor) },
      data: decision === "VERIFY"
        ? { status: to, verifiedAt: now, reviewNote: note, reviewerEmployeeId: actor.employeeId }
        : { status: to, returnedAt: now, reviewNote: note, reviewerEmployeeId: actor.employeeId },
    });
    if (count !== ids.length) throw invalid("Sebagian realisasi baru saja berubah. Muat ulang halaman lalu coba lagi.");
    await tx.realisationReview.createMany({
      data: rows.map((r) => ({ realisationId: r.id, actorUserId: actor.userId, action: decision, fromStatus: r.status, toStatus: to, note, createdAt: now })),
    });
    await writeAuditMany(
      tx,
      auditActor(actor),
      rows.map((r) => ({
        action: decision === "VERIFY" ? "realisation.verify" : "realisation.return",
        targetType: "IkiRealisation",
        targetId: r.id,
        before: { status: r.status, reviewerEmployeeId: r.reviewerEmployeeId },
        after: { status: to, reviewerEmployeeId: actor.employeeId, note },
      })),
    );
    const reviewer = await tx.employee.findUniqueOrThrow({ where: { id: actor.employeeId }, select: PERSON });
    return { count, reviewer, rows };
  });
  await notifyRealisationsReviewed({
    reviewer: result.reviewer,
    decision,
    note,
    items: result.rows.map((r) => ({ owner: r.employee, year: r.year, month: r.month, ikiDescription: r.iki.description, value: r.value.toString(), unit: r.iki.unit })),
  });
  return { count: result.count };
}
