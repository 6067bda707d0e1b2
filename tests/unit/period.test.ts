import { describe, expect, it } from "vitest";
import {
  dateKey,
  dayOfWeek,
  defaultLockAt,
  isMonthLocked,
  isWorkingDay,
  jakartaDate,
  jakartaInstant,
  MONTH_LABELS,
  monthLabel,
  parseDateKey,
  workingDaysOfMonth,
} from "@/lib/domain/period";

const NO_HOLIDAYS: ReadonlySet<string> = new Set();
const at = (iso: string) => new Date(iso);

describe("jakartaDate: the WIB calendar date of an instant (UTC+7)", () => {
  it.each([
    ["UTC evening is already the next day in WIB", "2026-03-01T18:00:00Z", { year: 2026, month: 3, day: 2 }],
    ["last millisecond of the WIB day", "2026-03-01T16:59:59.999Z", { year: 2026, month: 3, day: 1 }],
    ["WIB midnight", "2026-03-01T17:00:00Z", { year: 2026, month: 3, day: 2 }],
    ["UTC midnight is 07:00 WIB the same day", "2026-03-01T00:00:00Z", { year: 2026, month: 3, day: 1 }],
    ["new year in WIB while UTC is still 31 December", "2026-12-31T17:00:00Z", { year: 2027, month: 1, day: 1 }],
    ["leap day begins in WIB", "2024-02-28T17:00:00Z", { year: 2024, month: 2, day: 29 }],
    ["1 March after a non-leap February", "2026-02-28T17:00:00Z", { year: 2026, month: 3, day: 1 }],
    ["an instant written with the +07:00 offset", "2026-07-15T23:30:00+07:00", { year: 2026, month: 7, day: 15 }],
  ])("%s (%s)", (_label, iso, expected) => {
    expect(jakartaDate(at(iso))).toEqual(expected);
  });
});

describe("jakartaInstant", () => {
  it.each([
    ["midnight WIB is 17:00 UTC the day before", { year: 2026, month: 3, day: 2 }, {}, "2026-03-01T17:00:00.000Z"],
    ["16:00 WIB", { year: 2026, month: 3, day: 2 }, { hour: 16 }, "2026-03-02T09:00:00.000Z"],
    ["07:30 WIB on 1 January", { year: 2027, month: 1, day: 1 }, { hour: 7, minute: 30 }, "2027-01-01T00:30:00.000Z"],
  ])("%s", (_label, date, time, iso) => {
    expect(jakartaInstant(date, time).toISOString()).toBe(iso);
  });
});

describe("dateKey and parseDateKey", () => {
  it.each([
    ["pads month and day", { year: 2026, month: 3, day: 2 }, "2026-03-02"],
    ["December 31st", { year: 2026, month: 12, day: 31 }, "2026-12-31"],
    ["leap day", { year: 2024, month: 2, day: 29 }, "2024-02-29"],
  ])("%s: %s", (_label, date, key) => {
    expect(dateKey(date)).toBe(key);
    expect(parseDateKey(key)).toEqual(date);
  });

  it.each([
    ["29 February of a non-leap year", "2026-02-29"],
    ["29 February 1900", "1900-02-29"],
    ["month 00", "2026-00-10"],
    ["month 13", "2026-13-10"],
    ["day 00", "2026-03-00"],
    ["day 32", "2026-01-32"],
    ["31 April", "2026-04-31"],
    ["no zero padding", "2026-3-2"],
    ["a time part", "2026-03-02T00:00"],
    ["slashes", "2026/03/02"],
    ["empty", ""],
  ])("rejects %s (%s)", (_label, key) => {
    expect(parseDateKey(key)).toBeNull();
  });
});

describe("isWorkingDay (DESIGN.md §3: Monday–Friday minus holidays)", () => {
  const holidays = new Set(["2026-05-01"]);
  it.each([
    ["Sunday", "2026-03-01", false],
    ["Monday", "2026-03-02", true],
    ["Friday", "2026-03-06", true],
    ["Saturday", "2026-03-07", false],
    ["a Friday that is a holiday", "2026-05-01", false],
    ["the Thursday before that holiday", "2026-04-30", true],
  ])("%s %s → %s", (_label, key, expected) => {
    const date = parseDateKey(key)!;
    expect(isWorkingDay(date, holidays)).toBe(expected);
  });

  it("knows the weekday of a leap day", () => {
    expect(dayOfWeek({ year: 2024, month: 2, day: 29 })).toBe(4); // Thursday
  });
});

describe("workingDaysOfMonth", () => {
  it.each([
    ["February 2026 (starts Sunday, 4 whole weeks)", 2026, 2, NO_HOLIDAYS, 20, "2026-02-02", "2026-02-27"],
    ["leap February 2024 (ends Thursday the 29th)", 2024, 2, NO_HOLIDAYS, 21, "2024-02-01", "2024-02-29"],
    ["March 2026 (ends Tuesday the 31st)", 2026, 3, NO_HOLIDAYS, 22, "2026-03-02", "2026-03-31"],
    ["December 2026", 2026, 12, NO_HOLIDAYS, 23, "2026-12-01", "2026-12-31"],
    ["December 2026 less Christmas and a weekend 'holiday'", 2026, 12, new Set(["2026-12-25", "2026-12-26"]), 22, "2026-12-01", "2026-12-31"],
    ["May 2026 less 1 May", 2026, 5, new Set(["2026-05-01"]), 20, "2026-05-04", "2026-05-29"],
  ])("%s", (_label, year, month, holidays, count, first, last) => {
    const days = workingDaysOfMonth(year, month, holidays);
    expect(days).toHaveLength(count);
    expect(days[0]).toBe(first);
    expect(days.at(-1)).toBe(last);
    expect([...days].sort()).toEqual(days);
    for (const key of holidays) expect(days).not.toContain(key);
  });

  it.each([[0], [13]])("throws for month %i", (month) => {
    expect(() => workingDaysOfMonth(2026, month, NO_HOLIDAYS)).toThrow(RangeError);
  });
});

describe("defaultLockAt (DESIGN.md §3: day 5 of M+1, end of day WIB)", () => {
  it.each([
    ["March locks on 5 April 23:59:59.999 WIB", 2026, 3, undefined, "2026-04-05T16:59:59.999Z"],
    ["January locks in February", 2026, 1, undefined, "2026-02-05T16:59:59.999Z"],
    ["December locks in January of the next year", 2026, 12, undefined, "2027-01-05T16:59:59.999Z"],
    ["a configured lock day", 2026, 6, 10, "2026-07-10T16:59:59.999Z"],
    ["lock day 1", 2026, 6, 1, "2026-07-01T16:59:59.999Z"],
    ["lock on the leap day", 2024, 1, 29, "2024-02-29T16:59:59.999Z"],
    ["lock on 31 January for December", 2026, 12, 31, "2027-01-31T16:59:59.999Z"],
  ])("%s", (_label, year, month, lockDay, iso) => {
    expect(defaultLockAt(year, month, lockDay).toISOString()).toBe(iso);
  });

  it("is still the lock day in WIB", () => {
    expect(jakartaDate(defaultLockAt(2026, 12))).toEqual({ year: 2027, month: 1, day: 5 });
  });

  it.each([
    ["29 February in a non-leap year", 2026, 1, 29],
    ["31 April", 2026, 3, 31],
    ["day 0", 2026, 3, 0],
  ])("throws when the lock day does not exist: %s", (_label, year, month, lockDay) => {
    expect(() => defaultLockAt(year, month, lockDay)).toThrow(RangeError);
  });
});

describe("isMonthLocked (DESIGN.md §3)", () => {
  const lockAt = defaultLockAt(2026, 3); // 2026-04-05T16:59:59.999Z
  const beforeLock = at("2026-04-03T03:00:00Z");
  const afterLock = at("2026-04-10T03:00:00Z");

  it.each([
    ["open before the scheduled lock", {}, beforeLock, false],
    ["open at the very lock instant (23:59:59.999 WIB)", {}, lockAt, false],
    ["locked 1 ms after the scheduled lock", {}, new Date(lockAt.getTime() + 1), true],
    ["locked early by Admin BKD", { lockedAt: at("2026-04-02T03:00:00Z") }, beforeLock, true],
    ["null lockedAt and reopenedAt count as unset", { lockedAt: null, reopenedAt: null }, beforeLock, false],
    [
      "early lock then reopened: open",
      { lockedAt: at("2026-04-02T03:00:00Z"), reopenedAt: at("2026-04-02T05:00:00Z") },
      beforeLock,
      false,
    ],
    [
      "early lock, reopened before the schedule: the schedule still locks it",
      { lockedAt: at("2026-04-02T03:00:00Z"), reopenedAt: at("2026-04-02T05:00:00Z") },
      afterLock,
      true,
    ],
    ["reopened after the scheduled lock: open", { reopenedAt: at("2026-04-08T03:00:00Z") }, afterLock, false],
    [
      "reopened after the schedule, then locked again",
      { reopenedAt: at("2026-04-08T03:00:00Z"), lockedAt: at("2026-04-09T03:00:00Z") },
      afterLock,
      true,
    ],
    [
      "reopened at the same instant as the lock: stays locked",
      { lockedAt: at("2026-04-02T03:00:00Z"), reopenedAt: at("2026-04-02T03:00:00Z") },
      beforeLock,
      true,
    ],
    ["reopened at exactly lockAt: not after it, stays locked", { reopenedAt: lockAt }, afterLock, true],
    [
      "locked again before a later reopening: open",
      { lockedAt: at("2026-04-08T03:00:00Z"), reopenedAt: at("2026-04-09T03:00:00Z") },
      afterLock,
      false,
    ],
  ])("%s", (_label, fields, now, expected) => {
    expect(isMonthLocked({ lockAt, ...fields }, now)).toBe(expected);
  });
});

describe("monthLabel", () => {
  it.each([
    [1, "Januari"],
    [2, "Februari"],
    [3, "Maret"],
    [4, "April"],
    [5, "Mei"],
    [6, "Juni"],
    [7, "Juli"],
    [8, "Agustus"],
    [9, "September"],
    [10, "Oktober"],
    [11, "November"],
    [12, "Desember"],
  ])("month %i is %s", (month, label) => {
    expect(monthLabel(month)).toBe(label);
  });

  it("has twelve labels", () => {
    expect(MONTH_LABELS).toHaveLength(12);
  });

  it.each([[0], [13], [1.5], [-1]])("throws for month %s", (month) => {
    expect(() => monthLabel(month)).toThrow(RangeError);
  });
});
