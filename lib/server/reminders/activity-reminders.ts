import "server-only";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { dateKey } from "@/lib/domain/period";
import { activityReminderKey, isReminderWorkingDay } from "@/lib/domain/reminders";
import { env } from "@/lib/env";
import { formatCalendarDateLong } from "@/lib/format-date";
import { db } from "../db";
import { activityReminderMail } from "../mail/templates";
import { sendMailSafely } from "../mail/transport";
import { wantsEmail } from "../notifications/notify";
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
  const batchSize = Math.max(1, Math.floor(input.batchSize ?? 1000));
  const dateLabel = formatCalendarDateLong(input.date);
  const link = activityReminderLink(input.date);
  const title = `Aktivitas harian ${dateLabel} belum diisi`;
  const body = `Belum ada aktivitas harian yang Anda catat untuk ${dateLabel}. Catat aktivitas Anda agar dapat diperiksa atasan dan dihitung dalam TRK.`;
  const lockKey = activityReminderKey(input.date);
  const appUrl = env().APP_URL.replace(/\/+$/, "");

  let cursor = 0;
  let notified = 0;
  let emailed = 0;
  for (;;) {
    const rows = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 AS "ok" FROM (SELECT pg_advisory_xact_lock(hashtext(${lockKey}))) AS "l"`;
      return tx.$queryRaw<{ id: number; employeeId: number }[]>`
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
        LIMIT ${batchSize}
        RETURNING "id", "employeeId"`;
    });
    if (rows.length === 0) break;
    notified += rows.length;
    cursor = Math.max(...rows.map((r) => r.employeeId));
    emailed += await emailBatch({ rows, dateLabel, link: `${appUrl}${link}` });
    if (rows.length < batchSize) break;
  }
  return { date: key, workingDay: true, notified, emailed };
}

/** The e-mail copies of one batch, after its notifications committed; stamps emailedAt of those sent. */
async function emailBatch(input: { rows: { id: number; employeeId: number }[]; dateLabel: string; link: string }): Promise<number> {
  const notificationOf = new Map(input.rows.map((r) => [r.employeeId, r.id]));
  const recipients = await db.employee.findMany({
    where: { id: { in: [...notificationOf.keys()] }, email: { not: null }, emailNotifications: { has: "ACTIVITY_REMINDER" } },
    select: { id: true, name: true, nip: true, email: true, emailNotifications: true },
  });
  const sent: number[] = [];
  for (const person of recipients) {
    if (!person.email || !wantsEmail("ACTIVITY_REMINDER", person.emailNotifications)) continue;
    const mail = activityReminderMail({ name: person.name, nip: person.nip, dateLabel: input.dateLabel, link: input.link });
    if (await sendMailSafely({ to: person.email, ...mail })) sent.push(notificationOf.get(person.id)!);
  }
  if (sent.length > 0) await db.notification.updateMany({ where: { id: { in: sent } }, data: { emailedAt: new Date() } });
  return sent.length;
}

