import "server-only";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { dateKey } from "@/lib/domain/period";
import { activityReminderKey, isReminderWorkingDay } from "@/lib/domain/reminders";
import { formatCalendarDateLong } from "@/lib/format-date";
import { activityReminderMail } from "../mail/templates";
import { absoluteLink, notifyInBatches, type BatchedRow } from "../notifications/batched";
import { loadCalendar } from "./calendar";

export const ACTIVITY_REMINDER_JOB = "activity-reminder";

/** The in-app link of the reminder of one date; also what makes it once per employee and date. */
export function activityReminderLink(date: CalendarDate): string {
  return `/aktivitas?tanggal=${dateKey(date)}`;
}

export type ReminderRun = { date: string; workingDay: boolean; notified: number; emailed: number };

/**
 * DESIGN.md §10: on working day `date` (WIB), reminds every employee with an ACTIVE account,
 * employed that day, not on leave, sick or official travel (attendance CUTI, SAKIT, DINAS_LUAR)
 * and with no activity row for that date: an in-app ACTIVITY_REMINDER and, when they chose it on
 * their profile, the e-mail copy.
 *
 * Built for 60,000 employees (§13): recipients are selected and their notifications inserted by
 * one INSERT … SELECT per batch, in employee-id order. Once per employee and date: an employee who
 * already has the reminder of this date (its link names the date) is skipped, and runs for the same
 * date (worker and CLI, several instances) are serialised by a transaction advisory lock per batch,
 * so running it twice adds nothing.
 */
export async function sendActivityReminders(input: { date: CalendarDate; batchSize?: number }): Promise<ReminderRun> {
  const key = dateKey(input.date);
  const calendar = await loadCalendar(input.date);
  if (!isReminderWorkingDay(input.date, calendar.holidays, calendar.workingHours)) {
    return { date: key, workingDay: false, notified: 0, emailed: 0 };
  }
  const dateLabel = formatCalendarDateLong(input.date);
  const link = activityReminderLink(input.date);
  const title = `Aktivitas harian ${dateLabel} belum diisi`;
  const body = `Belum ada aktivitas harian yang Anda catat untuk ${dateLabel}. Catat aktivitas Anda agar dapat diperiksa atasan dan dihitung dalam TRK.`;
  const { notified, emailed } = await notifyInBatches({
    kind: "ACTIVITY_REMINDER",
    lockKey: activityReminderKey(input.date),
    batchSize: input.batchSize,
    insertBatch: (tx, { cursor, limit }) => tx.$queryRaw<BatchedRow[]>`
        INSERT INTO "notification" ("employeeId", "kind", "title", "body", "link")
        SELECT e."id", 'ACTIVITY_REMINDER'::"NotificationKind", ${title}, ${body}, ${link}
        FROM "employee" e
        JOIN "user_account" u ON u."employeeId" = e."id" AND u."status" = 'ACTIVE'
        WHERE e."id" > ${cursor}
          AND e."startDate" <= ${key}::date
          AND (e."endDate" IS NULL OR e."endDate" >= ${key}::date)
          AND NOT EXISTS (SELECT 1 FROM "activity" a WHERE a."employeeId" = e."id" AND a."date" = ${key}::date)
          AND NOT EXISTS (
            SELECT 1 FROM "attendance_day" d
            WHERE d."employeeId" = e."id" AND d."date" = ${key}::date AND d."status" IN ('CUTI', 'SAKIT', 'DINAS_LUAR'))
          AND NOT EXISTS (
            SELECT 1 FROM "notification" n
            WHERE n."employeeId" = e."id" AND n."kind" = 'ACTIVITY_REMINDER' AND n."link" = ${link})
        ORDER BY e."id"
        LIMIT ${limit}
        RETURNING "id", "employeeId"`,
    mail: (person) => activityReminderMail({ name: person.name, nip: person.nip, dateLabel, link: absoluteLink(link) }),
  });
  return { date: key, workingDay: true, notified, emailed };
}
