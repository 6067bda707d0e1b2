/** First retry of a failed background job after 30 s, doubling each attempt, at most 1 hour (configurable here). */
export const RETRY_BASE_MS = 30_000;
export const RETRY_MAX_MS = 60 * 60 * 1000;

/**
 * The delay before the next try after `attempts` failed attempts (1 = the first try failed):
 * exponential, capped. Deterministic, so retries of one job are predictable and testable.
 */
export function retryDelayMs(attempts: number, options: { baseMs?: number; maxMs?: number } = {}): number {
  const base = options.baseMs ?? RETRY_BASE_MS;
  const max = options.maxMs ?? RETRY_MAX_MS;
  const n = Math.max(1, Math.floor(attempts));
  // 2 ** 40 already exceeds any cap; avoid overflowing to Infinity for absurd attempt counts.
  return Math.min(max, base * 2 ** Math.min(n - 1, 40));
}

export type JobOutcome =
  | { status: "DONE" }
  | { status: "PENDING"; runAt: Date; lastError: string }
  | { status: "FAILED"; lastError: string };

/** What becomes of a job after a try: done, retried later, or failed for good after maxAttempts. */
export function jobOutcome(input: { ok: boolean; error?: string; attempts: number; maxAttempts: number; now: Date }): JobOutcome {
  if (input.ok) return { status: "DONE" };
  const lastError = (input.error ?? "Galat tidak dikenal").slice(0, 2000);
  if (input.attempts >= input.maxAttempts) return { status: "FAILED", lastError };
  return { status: "PENDING", runAt: new Date(input.now.getTime() + retryDelayMs(input.attempts)), lastError };
}
