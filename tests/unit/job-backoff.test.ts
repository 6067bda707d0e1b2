import { describe, expect, it } from "vitest";
import { jobOutcome, retryDelayMs, RETRY_BASE_MS, RETRY_MAX_MS } from "@/lib/domain/jobs/backoff";

describe("retryDelayMs: exponential from 30 s, capped at 1 hour", () => {
  it.each([
    ["after the first failure", 1, 30_000],
    ["after the second", 2, 60_000],
    ["after the third", 3, 120_000],
    ["after the fifth", 5, 480_000],
    ["after the eighth (3,840 s) the cap of 1 hour applies", 8, 3_600_000],
    ["far beyond: still the cap, never Infinity", 10_000, 3_600_000],
    ["0 attempts counts as the first", 0, 30_000],
  ])("%s (%i) → %i ms", (_label, attempts, expected) => {
    expect(retryDelayMs(attempts)).toBe(expected);
  });

  it("uses the configured base and cap", () => {
    expect(retryDelayMs(3, { baseMs: 1000, maxMs: 3000 })).toBe(3000);
    expect(retryDelayMs(2, { baseMs: 1000, maxMs: 3000 })).toBe(2000);
    expect(RETRY_BASE_MS).toBe(30_000);
    expect(RETRY_MAX_MS).toBe(3_600_000);
  });
});

describe("jobOutcome", () => {
  const now = new Date("2026-12-04T08:00:00Z");
  it.each([
    ["success", { ok: true, attempts: 1, maxAttempts: 5 }, { status: "DONE" }],
    ["success on the last attempt", { ok: true, attempts: 5, maxAttempts: 5 }, { status: "DONE" }],
    ["first failure of 5: retried in 30 s", { ok: false, error: "boom", attempts: 1, maxAttempts: 5 }, { status: "PENDING", runAt: new Date("2026-12-04T08:00:30Z"), lastError: "boom" }],
    ["fourth failure of 5: retried in 4 min", { ok: false, error: "boom", attempts: 4, maxAttempts: 5 }, { status: "PENDING", runAt: new Date("2026-12-04T08:04:00Z"), lastError: "boom" }],
    ["fifth failure of 5: FAILED", { ok: false, error: "boom", attempts: 5, maxAttempts: 5 }, { status: "FAILED", lastError: "boom" }],
    ["a single attempt allowed: FAILED at once", { ok: false, error: "boom", attempts: 1, maxAttempts: 1 }, { status: "FAILED", lastError: "boom" }],
    ["no message", { ok: false, attempts: 5, maxAttempts: 5 }, { status: "FAILED", lastError: "Galat tidak dikenal" }],
  ] as const)("%s", (_label, input, expected) => {
    expect(jobOutcome({ ...input, now })).toEqual(expected);
  });

  it("keeps at most 2,000 characters of the error", () => {
    const outcome = jobOutcome({ ok: false, error: "x".repeat(5000), attempts: 5, maxAttempts: 5, now });
    expect(outcome.status === "FAILED" && outcome.lastError.length).toBe(2000);
  });
});
