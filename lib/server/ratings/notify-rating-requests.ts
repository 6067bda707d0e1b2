import "server-only";
import { periodLabel } from "@/lib/domain/period-lock";
import { formatDateTimeWib } from "@/lib/format-date";
import { db } from "../db";
import { ratingRequestedMail } from "../mail/rating-templates";
import { absoluteLink, notifyInBatches, type BatchedRow } from "../notifications/batched";
import { getMonthLock } from "../periods/month-lock";

/** The page a rater opens for month year/month; also what makes the request once per rater and month. */
export function ratingTasksLink(year: number, month: number): string {
  return `/penilaian?bulan=${year}-${String(month).padStart(2, "0")}`;
}

export type RatingRequestRun = { year: number; month: number; notified: number; emailed: number };

/**
 * RATING_REQUESTED (DESIGN.md §10) to every rater of the month with an ACTIVE account and at least
 * one assignment not yet rated, once per rater and month (the link names the month; runs are
 * serialised by an advisory lock). Built like the activity reminder for 60,000 employees: each
 * batch of raters is selected and notified by one INSERT … SELECT; the e-mail copies of a batch go
 * out after it committed, to those who chose this kind on their profile.
 */
export async function notifyRatingRequests(input: { year: number; month: number; now?: Date; batchSize?: number }): Promise<RatingRequestRun> {
  const { year, month } = input;
  const link = ratingTasksLink(year, month);
  const label = periodLabel(year, month);
  const lock = await getMonthLock(db, { year, month, now: input.now ?? new Date() });
  const lockLabel = formatDateTimeWib(lock.lockAt);
  const title = `Penilaian perilaku ${label} dibuka`;
  const body = `Anda diminta memberi penilaian perilaku (BerAKHLAK) kepada pegawai yang ditugaskan kepada Anda untuk ${label}, paling lambat saat bulan dikunci ${lockLabel}.`;
  const { notified, emailed } = await notifyInBatches({
    kind: "RATING_REQUESTED",
    lockKey: `rating-request:${year}-${month}`,
    batchSize: input.batchSize,
    insertBatch: (tx, { cursor, limit }) => tx.$queryRaw<BatchedRow[]>`
        INSERT INTO "notification" ("employeeId", "kind", "title", "body", "link")
        SELECT e."id", 'RATING_REQUESTED'::"NotificationKind", ${title}, ${body}, ${link}
        FROM "employee" e
        JOIN "user_account" u ON u."employeeId" = e."id" AND u."status" = 'ACTIVE'
        WHERE e."id" > ${cursor}
          AND EXISTS (
            SELECT 1 FROM "rater_assignment" a
            WHERE a."raterEmployeeId" = e."id" AND a."year" = ${year} AND a."month" = ${month}
              AND NOT EXISTS (SELECT 1 FROM "behaviour_rating" r WHERE r."assignmentId" = a."id"))
          AND NOT EXISTS (
            SELECT 1 FROM "notification" n
            WHERE n."employeeId" = e."id" AND n."kind" = 'RATING_REQUESTED' AND n."link" = ${link})
        ORDER BY e."id"
        LIMIT ${limit}
        RETURNING "id", "employeeId"`,
    mail: (person) => ratingRequestedMail({ name: person.name, periodLabel: label, lockLabel, link: absoluteLink(link) }),
  });
  return { year, month, notified, emailed };
}
