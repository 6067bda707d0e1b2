import { describe, expect, it } from "vitest";
import { sessionExpiry, shouldTouchSession } from "@/lib/domain/auth/session-rules";

const H = 3600;

describe("session lifetime (DESIGN.md §12: 8 hours, 60 idle minutes)", () => {
  it.each([
    { label: "fresh", loginAt: 0, seenAt: 0, now: 10, expiry: null },
    { label: "59 idle minutes", loginAt: 0, seenAt: 0, now: 59 * 60, expiry: null },
    { label: "60 idle minutes", loginAt: 0, seenAt: 0, now: 60 * 60, expiry: "IDLE" },
    { label: "active for 7h59", loginAt: 0, seenAt: 8 * H - 120, now: 8 * H - 60, expiry: null },
    { label: "active but 8 hours old", loginAt: 0, seenAt: 8 * H - 10, now: 8 * H, expiry: "LIFETIME" },
  ])("$label", ({ loginAt, seenAt, now, expiry }) => {
    expect(sessionExpiry({ loginAt, seenAt }, now)).toBe(expiry);
  });

  it.each([
    { seenAgo: 0, touch: false },
    { seenAgo: 59, touch: false },
    { seenAgo: 60, touch: true },
  ])("refreshes the idle clock at most once a minute (seen $seenAgo s ago → $touch)", ({ seenAgo, touch }) => {
    expect(shouldTouchSession({ loginAt: 0, seenAt: 1000 }, 1000 + seenAgo)).toBe(touch);
  });
});
