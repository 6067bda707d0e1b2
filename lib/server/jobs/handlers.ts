import "server-only";
import { parseDateKey } from "@/lib/domain/period";
import { registerRatingJobHandlers } from "../ratings/jobs";
import { ACTIVITY_REMINDER_JOB, sendActivityReminders } from "../reminders/activity-reminders";
import { ALLOWANCE_RUN_JOB, handleAllowanceRunJob } from "../remuneration/run-job";
import { registerJobHandler } from "./registry";

let registered = false;

/** Registers the handlers of the job kinds this application enqueues (idempotent). */
export function registerBuiltInJobHandlers(): void {
  if (registered) return;
  registered = true;
  registerJobHandler(ACTIVITY_REMINDER_JOB, async (payload) => {
    const raw = payload && typeof payload === "object" && "date" in payload ? (payload as { date: unknown }).date : undefined;
    const date = typeof raw === "string" ? parseDateKey(raw) : null;
    if (!date) throw new Error(`payload tanpa tanggal yang valid: ${JSON.stringify(payload)}`);
    const run = await sendActivityReminders({ date });
    console.log(`[jobs] pengingat aktivitas ${run.date}: ${run.workingDay ? `${run.notified} notifikasi, ${run.emailed} e-mail` : "bukan hari kerja"}`);
  });
  registerRatingJobHandlers();
  registerJobHandler(ALLOWANCE_RUN_JOB, handleAllowanceRunJob);
}
