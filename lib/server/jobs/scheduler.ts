import "server-only";
import { activityReminderDue } from "@/lib/domain/reminders";
import { dateKey, jakartaDate } from "@/lib/domain/period";
import { ratingJobsDue } from "@/lib/domain/ratings/schedule";
import { db } from "../db";
import { loadRatingConfig } from "../ratings/config";
import { ACTIVITY_REMINDER_JOB } from "../reminders/activity-reminders";
import { loadCalendar, reminderMinuteOf } from "../reminders/calendar";
import { enqueueJob } from "./enqueue";

export type TickResult = {
  reminder: { due: boolean; dedupeKey: string; created: boolean };
  /** The rating jobs due this month (assignment from the 1st, request from the window's opening). */
  ratings: { kind: string; dedupeKey: string; created: boolean }[];
};

/**
 * One tick of the scheduler, run by every worker: enqueues what is due at `now`:
 * - the daily activity reminder (DESIGN.md §10) from 15:00 WIB on a working day, one job per date
 *   (`activity-reminder:YYYY-MM-DD`);
 * - the month's rater assignment from the 1st (`rater-assignment:YYYY-MM`) and the rating request
 *   from the window's opening day (`rating-request:YYYY-MM`), one job per month (DESIGN.md §7).
 * The dedupe keys make each one job however many instances tick.
 */
export async function schedulerTick(now: Date = new Date()): Promise<TickResult> {
  const today = jakartaDate(now);
  const [calendar, reminderMinute, ratingConfig] = await Promise.all([loadCalendar(today), reminderMinuteOf(today.year), loadRatingConfig(db, today.year)]);
  const ratings: TickResult["ratings"] = [];
  for (const job of ratingJobsDue({ now, openDay: ratingConfig.windowOpenDay })) {
    const enqueued = await enqueueJob(db, { kind: job.kind, payload: job.payload, runAt: now, dedupeKey: job.dedupeKey });
    ratings.push({ kind: job.kind, dedupeKey: job.dedupeKey, created: enqueued.created });
  }
  const due = activityReminderDue({ now, holidays: calendar.holidays, workingHours: calendar.workingHours, reminderMinute });
  if (!due.due) return { reminder: { due: false, dedupeKey: due.dedupeKey, created: false }, ratings };
  const job = await enqueueJob(db, { kind: ACTIVITY_REMINDER_JOB, payload: { date: dateKey(due.date) }, runAt: now, dedupeKey: due.dedupeKey });
  return { reminder: { due: true, dedupeKey: due.dedupeKey, created: job.created }, ratings };
}
