import "server-only";
import { activityReminderDue } from "@/lib/domain/reminders";
import { dateKey, jakartaDate } from "@/lib/domain/period";
import { db } from "../db";
import { ACTIVITY_REMINDER_JOB } from "../reminders/activity-reminders";
import { loadCalendar, reminderMinuteOf } from "../reminders/calendar";
import { enqueueJob } from "./enqueue";

/**
 * One tick of the scheduler, run by every worker: enqueues what is due at `now`. Today that is the
 * daily activity reminder (DESIGN.md §10) from 15:00 WIB on a working day; its dedupe key
 * `activity-reminder:YYYY-MM-DD` makes it one job per date however many instances tick.
 */
export async function schedulerTick(now: Date = new Date()): Promise<{ reminder: { due: boolean; dedupeKey: string; created: boolean } }> {
  const today = jakartaDate(now);
  const [calendar, reminderMinute] = await Promise.all([loadCalendar(today), reminderMinuteOf(today.year)]);
  const due = activityReminderDue({ now, holidays: calendar.holidays, workingHours: calendar.workingHours, reminderMinute });
  if (!due.due) return { reminder: { due: false, dedupeKey: due.dedupeKey, created: false } };
  const job = await enqueueJob(db, { kind: ACTIVITY_REMINDER_JOB, payload: { date: dateKey(due.date) }, runAt: now, dedupeKey: due.dedupeKey });
  return { reminder: { due: true, dedupeKey: due.dedupeKey, created: job.created } };
}
