import "server-only";
import { RATER_ASSIGNMENT_JOB, RATING_REQUEST_JOB, ratingJobPayload } from "@/lib/domain/ratings/schedule";
import { isAppError } from "../errors";
import { registerJobHandler } from "../jobs/registry";
import { assignRaters } from "./assign-raters";
import { notifyRatingRequests } from "./notify-rating-requests";

function payloadOf(payload: unknown): { year: number; month: number } {
  const period = ratingJobPayload(payload);
  if (!period) throw new Error(`payload tanpa tahun/bulan yang valid: ${JSON.stringify(payload)}`);
  return period;
}

/** Assignment that a locked month refuses is not a failure to retry: the month is closed. */
async function assignUnlessLocked(period: { year: number; month: number }): Promise<boolean> {
  try {
    const run = await assignRaters(period);
    console.log(`[jobs] penugasan penilai ${period.year}-${period.month}: ${run.created} baru, ${run.removed} dihapus, ${run.total} total`);
    return true;
  } catch (error) {
    if (isAppError(error) && error.code === "LOCKED") {
      console.log(`[jobs] penugasan penilai ${period.year}-${period.month}: bulan sudah dikunci, dilewati`);
      return false;
    }
    throw error;
  }
}

/** Registers the handlers of the two rating jobs (called by registerBuiltInJobHandlers). */
export function registerRatingJobHandlers(): void {
  // Month start: build the month's assignments.
  registerJobHandler(RATER_ASSIGNMENT_JOB, async (payload) => {
    await assignUnlessLocked(payloadOf(payload));
  });
  // Window opening: bring the assignments up to date with the organisation, then ask every rater once.
  registerJobHandler(RATING_REQUEST_JOB, async (payload) => {
    const period = payloadOf(payload);
    if (!(await assignUnlessLocked(period))) return;
    const run = await notifyRatingRequests(period);
    console.log(`[jobs] permintaan penilaian ${period.year}-${period.month}: ${run.notified} notifikasi, ${run.emailed} e-mail`);
  });
}
