import { describe, expect, it } from "vitest";
import { defaultLockAt } from "@/lib/domain/period";
import { ratingJobPayload, ratingJobsDue } from "@/lib/domain/ratings/schedule";
import { ratingWindow, ratingWindowOpensAt } from "@/lib/domain/ratings/window";

const at = (iso: string) => new Date(iso);
const scheduled = (year: number, month: number) => ({ lockAt: defaultLockAt(year, month), lockedAt: null, reopenedAt: null });
const state = (now: string, opts: { openDay?: number; lock?: Parameters<typeof ratingWindow>[0]["lock"] } = {}) =>
  ratingWindow({ year: 2026, month: 11, openDay: opts.openDay, lock: opts.lock ?? scheduled(2026, 11), now: at(now) }).state;

describe("rating window (DESIGN.md §7: from the 20th 00:00 WIB until the lock)", () => {
  it.each([
    ["19 Nov 23:59:59.999 WIB", "2026-11-19T16:59:59.999Z", "BEFORE"],
    ["20 Nov 00:00 WIB", "2026-11-19T17:00:00.000Z", "OPEN"],
    ["30 Nov noon", "2026-11-30T05:00:00Z", "OPEN"],
    ["5 Dec 23:59:59.999 WIB (the lock instant)", "2026-12-05T16:59:59.999Z", "OPEN"],
    ["6 Dec 00:00 WIB", "2026-12-05T17:00:00.000Z", "LOCKED"],
  ])("%s → %s", (_label, now, expected) => {
    expect(state(now)).toBe(expected);
  });

  it("the configured day moves the opening", () => {
    expect(state("2026-10-31T17:00:00Z", { openDay: 1 })).toBe("OPEN");
    expect(state("2026-10-31T16:59:59Z", { openDay: 1 })).toBe("BEFORE");
    expect(state("2026-11-24T16:59:59Z", { openDay: 25 })).toBe("BEFORE");
    expect(state("2026-11-24T17:00:00Z", { openDay: 25 })).toBe("OPEN");
  });

  it("a day the month lacks opens on its last day (February, leap year and not)", () => {
    expect(ratingWindowOpensAt({ year: 2026, month: 2, openDay: 31 })).toEqual(at("2026-02-27T17:00:00Z"));
    expect(ratingWindowOpensAt({ year: 2028, month: 2, openDay: 31 })).toEqual(at("2028-02-28T17:00:00Z"));
    expect(ratingWindowOpensAt({ year: 2026, month: 12 })).toEqual(at("2026-12-19T17:00:00Z"));
  });

  it("an early lock by Admin BKD closes it, a reopening opens it again until the next lock", () => {
    const lockedEarly = { lockAt: defaultLockAt(2026, 11), lockedAt: at("2026-11-25T03:00:00Z"), reopenedAt: null };
    expect(state("2026-11-25T02:59:59Z", { lock: lockedEarly })).toBe("LOCKED"); // a lock is in force from lockedAt's row on
    const reopened = { lockAt: defaultLockAt(2026, 11), lockedAt: at("2026-12-06T01:00:00Z"), reopenedAt: at("2026-12-07T01:00:00Z") };
    expect(state("2026-12-08T01:00:00Z", { lock: reopened })).toBe("OPEN");
    const lockedAgain = { lockAt: defaultLockAt(2026, 11), lockedAt: at("2026-12-09T01:00:00Z"), reopenedAt: at("2026-12-07T01:00:00Z") };
    expect(state("2026-12-08T01:00:00Z", { lock: lockedAgain })).toBe("LOCKED");
  });

  it("reports whether it is open and when it opens", () => {
    expect(ratingWindow({ year: 2026, month: 11, lock: scheduled(2026, 11), now: at("2026-11-21T00:00:00Z") })).toEqual({ opensAt: at("2026-11-19T17:00:00Z"), state: "OPEN", open: true });
  });
});

describe("ratingJobsDue (scheduler)", () => {
  it.each([
    ["1 Dec 00:00 WIB", "2026-11-30T17:00:00Z", ["rater-assignment:2026-12"]],
    ["30 Nov 23:59 WIB belongs to November", "2026-11-30T16:59:00Z", ["rater-assignment:2026-11", "rating-request:2026-11"]],
    ["19 Dec 23:59:59 WIB", "2026-12-19T16:59:59Z", ["rater-assignment:2026-12"]],
    ["20 Dec 00:00 WIB", "2026-12-19T17:00:00Z", ["rater-assignment:2026-12", "rating-request:2026-12"]],
    ["1 Jan 2027 00:00 WIB", "2026-12-31T17:00:00Z", ["rater-assignment:2027-01"]],
  ])("%s → %j", (_label, now, keys) => {
    expect(ratingJobsDue({ now: at(now) }).map((j) => j.dedupeKey)).toEqual(keys);
  });

  it("follows the configured opening day and carries the month in the payload", () => {
    expect(ratingJobsDue({ now: at("2026-12-03T00:00:00Z"), openDay: 3 })).toEqual([
      { kind: "rater-assignment", dedupeKey: "rater-assignment:2026-12", payload: { year: 2026, month: 12 } },
      { kind: "rating-request", dedupeKey: "rating-request:2026-12", payload: { year: 2026, month: 12 } },
    ]);
    expect(ratingJobPayload({ year: 2026, month: 12 })).toEqual({ year: 2026, month: 12 });
    expect(ratingJobPayload({ year: 2026, month: 13 })).toBeNull();
    expect(ratingJobPayload("2026-12")).toBeNull();
  });
});
