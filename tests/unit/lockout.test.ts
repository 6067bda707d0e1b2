import { describe, expect, it } from "vitest";
import { lockoutState, type LoginAttemptRecord } from "@/lib/domain/auth/lockout";

const T0 = Date.parse("2026-12-03T01:00:00Z");
const at = (minutes: number, success = false): LoginAttemptRecord => ({ at: new Date(T0 + minutes * 60_000), success });
const now = (minutes: number) => new Date(T0 + minutes * 60_000);

describe("lockoutState (DESIGN.md §12: 5 failures lock for 15 minutes)", () => {
  it.each([
    { label: "no attempts", attempts: [], nowMin: 0, locked: false, failures: 0 },
    { label: "four failures", attempts: [at(0), at(1), at(2), at(3)], nowMin: 4, locked: false, failures: 4 },
    { label: "fifth failure locks", attempts: [at(0), at(1), at(2), at(3), at(4)], nowMin: 5, locked: true, failures: 5 },
    { label: "still locked at 14:59 after the fifth", attempts: [at(0), at(1), at(2), at(3), at(4)], nowMin: 4 + 14.99, locked: true, failures: 5 },
    { label: "unlocked exactly 15 minutes after the fifth", attempts: [at(0), at(1), at(2), at(3), at(4)], nowMin: 19, locked: false, failures: 0 },
    { label: "a success resets the count", attempts: [at(0), at(1), at(2), at(3), at(3.5, true), at(4)], nowMin: 5, locked: false, failures: 1 },
    { label: "failures spread beyond the window do not add up", attempts: [at(0), at(5), at(10), at(15), at(20)], nowMin: 21, locked: false, failures: 2 },
    { label: "attempts during the lock do not extend it", attempts: [at(0), at(1), at(2), at(3), at(4), at(10), at(18)], nowMin: 19, locked: false, failures: 0 },
    { label: "after a lock ends, five new failures lock again", attempts: [at(0), at(1), at(2), at(3), at(4), at(20), at(21), at(22), at(23), at(24)], nowMin: 25, locked: true, failures: 5 },
    { label: "order of input does not matter", attempts: [at(4), at(2), at(0), at(3), at(1)], nowMin: 5, locked: true, failures: 5 },
  ])("$label", ({ attempts, nowMin, locked, failures }) => {
    const state = lockoutState(attempts, now(nowMin));
    expect(state.locked).toBe(locked);
    expect(state.failures).toBe(failures);
  });

  it("reports when the lock ends", () => {
    const state = lockoutState([at(0), at(1), at(2), at(3), at(4)], now(5));
    expect(state.lockedUntil?.toISOString()).toBe(new Date(T0 + 19 * 60_000).toISOString());
  });
});
