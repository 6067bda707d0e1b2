import { jakartaDate } from "../period";
import { ratingWindowOpensAt } from "./window";

export const RATER_ASSIGNMENT_JOB = "rater-assignment";
export const RATING_REQUEST_JOB = "rating-request";

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

export const raterAssignmentKey = (year: number, month: number) => `${RATER_ASSIGNMENT_JOB}:${monthKey(year, month)}`;
export const ratingRequestKey = (year: number, month: number) => `${RATING_REQUEST_JOB}:${monthKey(year, month)}`;

export type RatingJobDue = { kind: string; dedupeKey: string; payload: { year: number; month: number } };

/**
 * The rating jobs due at `now` for the current WIB month (DESIGN.md §7, §10): the assignment from
 * the first day of the month (00:00 WIB), the rating request from the window's opening day. Due for
 * the rest of the month, so a worker that was down catches up; the dedupe key makes each one job
 * per month.
 */
export function ratingJobsDue(input: { now: Date; openDay?: number }): RatingJobDue[] {
  const { year, month } = jakartaDate(input.now);
  const payload = { year, month };
  const due: RatingJobDue[] = [{ kind: RATER_ASSIGNMENT_JOB, dedupeKey: raterAssignmentKey(year, month), payload }];
  if (input.now.getTime() >= ratingWindowOpensAt({ year, month, openDay: input.openDay }).getTime()) {
    due.push({ kind: RATING_REQUEST_JOB, dedupeKey: ratingRequestKey(year, month), payload });
  }
  return due;
}

/** The {year, month} of a job payload, or null when malformed. */
export function ratingJobPayload(payload: unknown): { year: number; month: number } | null {
  if (!payload || typeof payload !== "object") return null;
  const { year, month } = payload as Record<string, unknown>;
  if (typeof year !== "number" || typeof month !== "number" || !Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  return { year, month };
}
