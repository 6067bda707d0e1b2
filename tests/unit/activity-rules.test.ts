import { describe, expect, it } from "vitest";
import { checkActivity, formatTimeOfDay, monthTargetMinutes, overlapping, parseTimeOfDay } from "@/lib/domain/activities/rules";
import { formatMinutes, parseMonthParam, shiftMonth } from "@/lib/domain/activities/month-param";

describe("parseTimeOfDay", () => {
  it.each([
    ["07:30", 450],
    ["7.30", 450],
    [" 7:05 ", 425],
    ["00:00", 0],
    ["23:59", 1439],
    ["24:00", 1440],
    ["24:01", null],
    ["25:00", null],
    ["12:60", null],
    ["7:5", null],
    ["0730", null],
    ["", null],
    ["-1:00", null],
    ["07:30:00", null],
  ] as const)("%j → %j", (text, minutes) => {
    expect(parseTimeOfDay(text)).toBe(minutes);
  });

  it.each([[0, "00:00"], [450, "07:30"], [1439, "23:59"], [1440, "24:00"]])("formats %i as %s", (minutes, text) => {
    expect(formatTimeOfDay(minutes)).toBe(text);
  });
});

describe("overlapping", () => {
  const others = [
    { id: 1, startMinute: 450, endMinute: 540 },
    { id: 2, startMinute: 600, endMinute: 660 },
  ];
  it.each([
    ["touching the end of one", { startMinute: 540, endMinute: 600 }, []],
    ["touching the start of one", { startMinute: 400, endMinute: 450 }, []],
    ["one minute into the first", { startMinute: 539, endMinute: 560 }, [1]],
    ["one minute before the second ends", { startMinute: 659, endMinute: 700 }, [2]],
    ["inside the first", { startMinute: 460, endMinute: 470 }, [1]],
    ["covering both", { startMinute: 400, endMinute: 700 }, [1, 2]],
    ["identical to the first", { startMinute: 450, endMinute: 540 }, [1]],
    ["the first itself, when edited", { id: 1, startMinute: 450, endMinute: 540 }, []],
    ["until midnight after everything", { startMinute: 660, endMinute: 1440 }, []],
  ])("%s", (_label, interval, ids) => {
    expect(overlapping(interval, others).map((o) => o.id)).toEqual(ids);
  });
});

describe("checkActivity", () => {
  const valid = {
    dateKey: "2026-03-16",
    today: "2026-03-16",
    startMinute: 450,
    endMinute: 540,
    description: "Menyusun laporan",
    outputQuantity: "1",
    outputUnit: "dokumen",
    others: [] as { id?: number; startMinute: number; endMinute: number }[],
  };

  it("accepts a valid entry of today, and one up to 24:00", () => {
    expect(checkActivity(valid)).toEqual({});
    expect(checkActivity({ ...valid, startMinute: 1380, endMinute: 1440 })).toEqual({});
  });

  it.each([
    ["a date in the future (tomorrow)", { dateKey: "2026-03-17" }, "date", "Tanggal aktivitas tidak boleh di masa depan."],
    ["next year's date", { dateKey: "2027-01-01", today: "2026-12-31" }, "date", "Tanggal aktivitas tidak boleh di masa depan."],
    ["a missing start", { startMinute: null }, "startTime", "Isi jam mulai dengan format JJ:MM, misalnya 07:30."],
    ["a missing end", { endMinute: null }, "endTime", "Isi jam selesai dengan format JJ:MM, misalnya 09:00."],
    ["end equal to start", { endMinute: 450 }, "endTime", "Jam selesai harus setelah jam mulai pada hari yang sama."],
    ["end before start", { startMinute: 540, endMinute: 450 }, "endTime", "Jam selesai harus setelah jam mulai pada hari yang sama."],
    ["an overlap", { others: [{ id: 9, startMinute: 500, endMinute: 600 }] }, "startTime", "Waktu bertabrakan dengan aktivitas lain pada hari itu (08:20–10:00)."],
    ["a description of 9 characters", { description: "123456789" }, "description", "Uraian aktivitas paling sedikit 10 karakter."],
    ["a description padded with spaces to 10", { description: "   1234567   " }, "description", "Uraian aktivitas paling sedikit 10 karakter."],
    ["a description over 2,000 characters", { description: "a".repeat(2001) }, "description", "Uraian aktivitas paling banyak 2000 karakter."],
    ["a negative quantity", { outputQuantity: "-1" }, "outputQuantity", "Jumlah hasil harus angka tidak negatif, misalnya 1 atau 2,5."],
    ["a quantity that is not a number", { outputQuantity: "dua" }, "outputQuantity", "Jumlah hasil harus angka tidak negatif, misalnya 1 atau 2,5."],
    ["five decimals", { outputQuantity: "1,23456" }, "outputQuantity", "Jumlah hasil harus angka tidak negatif, misalnya 1 atau 2,5."],
    ["a huge quantity", { outputQuantity: "1000000000000" }, "outputQuantity", "Jumlah hasil terlalu besar."],
    ["an empty unit", { outputUnit: "  " }, "outputUnit", "Isi satuan hasil, misalnya dokumen atau laporan."],
    ["a unit of 51 characters", { outputUnit: "x".repeat(51) }, "outputUnit", "Satuan hasil paling banyak 50 karakter."],
  ] as const)("refuses %s", (_label, change, field, message) => {
    const errors = checkActivity({ ...valid, ...change });
    expect(errors[field]).toEqual([message]);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it.each([
    ["a description of exactly 10 characters", { description: "1234567890" }],
    ["a touching neighbour", { others: [{ id: 9, startMinute: 540, endMinute: 600 }] }],
    ["its own old times when edited", { id: 9, others: [{ id: 9, startMinute: 450, endMinute: 540 }] }],
    ["yesterday", { dateKey: "2026-03-15" }],
    ["a decimal comma", { outputQuantity: "2,5" }],
    ["zero output", { outputQuantity: "0" }],
    ["a unit of 50 characters", { outputUnit: "x".repeat(50) }],
  ] as const)("accepts %s", (_label, change) => {
    expect(checkActivity({ ...valid, ...change })).toEqual({});
  });
});

describe("monthTargetMinutes (§8.1)", () => {
  it.each([
    ["a full month", 21, 21, undefined, 6000],
    ["one day of leave", 21, 20, undefined, 5714],
    ["15 of 21 days (mid-month start and a cuti day)", 21, 15, undefined, 4285],
    ["the whole month on leave", 22, 0, undefined, 0],
    ["no working days at all", 0, 0, undefined, 0],
    ["effective days above working days are capped", 20, 25, undefined, 6000],
    ["a configured target", 21, 15, 1000, 714],
    ["an exact division", 20, 10, undefined, 3000],
  ] as const)("%s", (_label, workingDays, effectiveDays, targetMinutes, expected) => {
    expect(monthTargetMinutes({ workingDays, effectiveDays, targetMinutes })).toBe(expected);
  });
});

describe("month parameter and durations", () => {
  const now = new Date("2026-01-31T18:00:00Z"); // 1 February 2026, 01:00 WIB
  it.each([
    ["2026-03", { year: 2026, month: 3 }],
    ["2026-12", { year: 2026, month: 12 }],
    ["2026-13", { year: 2026, month: 2 }],
    ["2026-00", { year: 2026, month: 2 }],
    ["26-03", { year: 2026, month: 2 }],
    [undefined, { year: 2026, month: 2 }],
    [["2026-03"], { year: 2026, month: 2 }],
  ])("%j → %j (the WIB month otherwise)", (value, expected) => {
    expect(parseMonthParam(value, now)).toEqual(expected);
  });

  it("steps over year ends", () => {
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
  });

  it.each([[0, "0 m"], [45, "45 m"], [60, "1 j"], [450, "7 j 30 m"], [6000, "100 j"]])("%i minutes → %s", (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
