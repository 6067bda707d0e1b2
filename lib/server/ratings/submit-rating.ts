import "server-only";
import { BERAKHLAK_KEYS, checkRatingComment, checkRatingValues, type BerakhlakKey, type RatingValues } from "@/lib/domain/ratings/berakhlak";
import { monthLabel } from "@/lib/domain/period";
import { formatDateTimeWib } from "@/lib/format-date";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { AppError, invalid, notFound } from "../errors";
import { getRatingWindow } from "./config";
import { RATING_VALUES_SELECT } from "./queries";

export type SubmitRatingInput = {
  actor: ServiceActor;
  assignmentId: number;
  /** The seven values; numbers, or the strings a form sends. */
  values: Partial<Record<BerakhlakKey, unknown>>;
  comment?: string | null;
  now?: Date;
};

/**
 * Gives or changes a rating (DESIGN.md §7): only the assigned rater (the relation is in the
 * query: someone else's assignment is NOT_FOUND), only while the window is open — from the
 * configured day until the month's lock — with a whole number 1–5 for each of the seven values.
 * The rating and its audit entry (before and after) are written in one transaction; the
 * assignment row is locked so that two submissions of one rating are serialised.
 */
export async function submitRating(input: SubmitRatingInput): Promise<{ ratingId: number; created: boolean }> {
  const { actor } = input;
  const now = input.now ?? new Date();
  const checked = checkRatingValues(input.values);
  if (!checked.ok) throw invalid(checked.message, checked.fieldErrors as Record<string, string[]>);
  const comment = checkRatingComment(input.comment);
  if (!comment.ok) throw invalid(comment.message, { comment: [comment.message] });
  if (!Number.isInteger(input.assignmentId) || input.assignmentId <= 0) throw notFound("Penilaian tidak ditemukan atau bukan tugas Anda.");

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "rater_assignment" WHERE "id" = ${input.assignmentId} AND "raterEmployeeId" = ${actor.employeeId} FOR UPDATE`;
    const assignment = await tx.raterAssignment.findFirst({
      where: { id: input.assignmentId, raterEmployeeId: actor.employeeId },
      select: { id: true, year: true, month: true, role: true, rateeEmployeeId: true, rating: { select: { id: true, comment: true, ...RATING_VALUES_SELECT } } },
    });
    if (!assignment) throw notFound("Penilaian tidak ditemukan atau bukan tugas Anda.");
    const { year, month } = assignment;
    const window = await getRatingWindow(tx, { year, month, now });
    if (window.state === "BEFORE") {
      throw new AppError("INVALID_STATE", `Penilaian perilaku bulan ${monthLabel(month)} ${year} baru dibuka pada ${formatDateTimeWib(window.opensAt)}.`);
    }
    if (window.state === "LOCKED") {
      throw new AppError("LOCKED", `Bulan ${monthLabel(month)} ${year} sudah dikunci; penilaian tidak dapat diberikan atau diubah lagi.`);
    }

    const data = { ...checked.values, comment: comment.comment };
    const before = assignment.rating;
    const saved = before
      ? await tx.behaviourRating.update({ where: { id: before.id }, data, select: { id: true } })
      : await tx.behaviourRating.create({ data: { assignmentId: assignment.id, ...data, submittedAt: now }, select: { id: true } });
    const view = (r: RatingValues & { comment: string | null }) => ({ ...Object.fromEntries(BERAKHLAK_KEYS.map((k) => [k, r[k]])), comment: r.comment });
    await writeAudit(tx, auditActor(actor), {
      action: before ? "rating.update" : "rating.submit",
      targetType: "BehaviourRating",
      targetId: saved.id,
      before: before ? view(before) : null,
      after: { assignmentId: assignment.id, year, month, role: assignment.role, rateeEmployeeId: assignment.rateeEmployeeId, ...view(data) },
    });
    return { ratingId: saved.id, created: !before };
  });
}
