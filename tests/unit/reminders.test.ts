import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activityReminderDue,
  activityReminderKey,
  isoWeekday,
  workingHoursOn,
  type WorkingHoursRow,
} from "@/lib/domain/reminders";

const weekSchedule = (validFrom: string, weekdays: number[]): WorkingHoursRow[] =>
  weekdays.map((weekday) => ({ validFrom, weekday, startMinute: 450, endMinute: weekday === 5 ? 990 : 960 }));

// Default schedule (DESIGN.md §3): Mon–Thu 07:30–16:00, Fri 07:30–16:30.
const DEFAULT_HOURS = weekSchedule("2026-01-01", [1, 2, 3, 4, 5]);
const HOLIDAYS: ReadonlySet<string> = new Set(["2026-05-01", "2026-12-25"]);

// The same table must hold whatever the server's zone is.
describe.each([["UTC"], ["Asia/Jakarta"], ["America/Los_Angeles"], ["Pacific/Kiritimati"]])("server zone %s", (zone) => {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = original;
  });

  it.each([
    ["Monday 14:59 WIB: too early", "2026-03-02T07:59:00Z", DEFAULT_HOURS, undefined, "TOO_EARLY", "2026-03-02"],
    ["Monday 14:59:59.999 WIB: too early", "2026-03-02T07:59:59.999Z", DEFAULT_HOURS, undefined, "TOO_EARLY", "2026-03-02"],
    ["Monday 15:00 WIB: due", "2026-03-02T08:00:00Z", DEFAULT_HOURS, undefined, "DUE", "2026-03-02"],
    ["Monday 23:59 WIB (16:59 UTC): still due for Monday", "2026-03-02T16:59:00Z", DEFAULT_HOURS, undefined, "DUE", "2026-03-02"],
    ["00:00 WIB Tuesday while UTC is still Monday: Tuesday, too early", "2026-03-02T17:00:00Z", DEFAULT_HOURS, undefined, "TOO_EARLY", "2026-03-03"],
    ["UTC 23:30 Monday = 06:30 WIB Tuesday: too early", "2026-03-02T23:30:00Z", DEFAULT_HOURS, undefined, "TOO_EARLY", "2026-03-03"],
    ["Friday 15:30 WIB (longer hours): due", "2026-03-06T08:30:00Z", DEFAULT_HOURS, undefined, "DUE", "2026-03-06"],
    ["Friday 17:30 UTC = Saturday 00:30 WIB: not a working day", "2026-03-06T17:30:00Z", DEFAULT_HOURS, undefined, "NOT_WORKING_DAY", "2026-03-07"],
    ["Saturday 16:00 WIB", "2026-03-07T09:00:00Z", DEFAULT_HOURS, undefined, "NOT_WORKING_DAY", "2026-03-07"],
    ["Sunday 16:00 WIB", "2026-03-08T09:00:00Z", DEFAULT_HOURS, undefined, "NOT_WORKING_DAY", "2026-03-08"],
    ["holiday on a Friday (1 May) 16:00 WIB", "2026-05-01T09:00:00Z", DEFAULT_HOURS, undefined, "NOT_WORKING_DAY", "2026-05-01"],
    ["Christmas 25 December 16:00 WIB", "2026-12-25T09:00:00Z", DEFAULT_HOURS, undefined, "NOT_WORKING_DAY", "2026-12-25"],
    ["the day after a holiday: due", "2026-12-28T08:00:00Z", DEFAULT_HOURS, undefined, "DUE", "2026-12-28"],
    ["no working hours configured: Monday–Friday", "2026-03-04T08:00:00Z", [], undefined, "DUE", "2026-03-04"],
    ["schedule in force without Friday: Friday is not a working day", "2026-03-06T08:30:00Z", weekSchedule("2026-01-01", [1, 2, 3, 4]), undefined, "NOT_WORKING_DAY", "2026-03-06"],
    [
      "a later schedule without Friday is not yet in force",
      "2026-03-06T08:30:00Z",
      [...DEFAULT_HOURS, ...weekSchedule("2027-01-01", [1, 2, 3, 4])],
      undefined,
      "DUE",
      "2026-03-06",
    ],
    ["configured reminder at 16:00: 15:30 WIB is too early", "2026-03-02T08:30:00Z", DEFAULT_HOURS, 16 * 60, "TOO_EARLY", "2026-03-02"],
    ["configured reminder at 16:00: 16:00 WIB is due", "2026-03-02T09:00:00Z", DEFAULT_HOURS, 16 * 60, "DUE", "2026-03-02"],
  ] as const)("%s", (_label, iso, workingHours, reminderMinute, reason, key) => {
    const result = activityReminderDue({ now: new Date(iso), holidays: HOLIDAYS, workingHours, reminderMinute });
    expect(result.reason).toBe(reason);
    expect(result.due).toBe(reason === "DUE");
    expect(result.dedupeKey).toBe(`activity-reminder:${key}`);
  });
});

describe("activityReminderKey", () => {
  it("pads month and day", () => {
    expect(activityReminderKey({ year: 2026, month: 3, day: 2 })).toBe("activity-reminder:2026-03-02");
  });
});

describe("workingHoursOn", () => {
  it.each([
    ["Monday in the default schedule", "2026-03-02", DEFAULT_HOURS, { startMinute: 450, endMinute: 960 }],
    ["Friday in the default schedule", "2026-03-06", DEFAULT_HOURS, { startMinute: 450, endMinute: 990 }],
    ["Saturday: no row", "2026-03-07", DEFAULT_HOURS, null],
    ["before any schedule", "2025-12-31", DEFAULT_HOURS, undefined],
    ["nothing configured", "2026-03-02", [], undefined],
    ["the newer schedule from its first day", "2027-01-01", [...DEFAULT_HOURS, ...weekSchedule("2027-01-01", [1, 2, 3, 4])], null],
  ] as const)("%s", (_label, key, rows, expected) => {
    const [year, month, day] = key.split("-").map(Number) as [number, number, number];
    expect(workingHoursOn({ year, month, day }, rows)).toEqual(expected);
  });

  it("counts Sunday as ISO weekday 7", () => {
    expect(isoWeekday({ year: 2026, month: 3, day: 8 })).toBe(7);
    expect(isoWeekday({ year: 2026, month: 3, day: 2 })).toBe(1);
  });
});
