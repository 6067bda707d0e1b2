import { describe, expect, it } from "vitest";
import { countStates, recipientState, type RecipientState } from "@/lib/domain/instructions/state";
import { parseWibDateTime, validateDoneInput, validateInstructionInput, type InstructionInput } from "@/lib/domain/instructions/input";

const at = (iso: string) => new Date(iso);
// 10 Maret 2026 16.00 WIB
const DEADLINE = at("2026-03-10T09:00:00Z");

describe("recipientState (DESIGN.md §5.1)", () => {
  it.each<[string, "PENDING" | "DONE", string | null, string, RecipientState]>([
    ["done well before the deadline", "DONE", "2026-03-09T02:00:00Z", "2026-03-12T00:00:00Z", "SELESAI"],
    ["done exactly at the deadline", "DONE", "2026-03-10T09:00:00Z", "2026-03-12T00:00:00Z", "SELESAI"],
    ["done one millisecond after the deadline", "DONE", "2026-03-10T09:00:00.001Z", "2026-03-12T00:00:00Z", "SELESAI_TERLAMBAT"],
    ["done late, seen before the deadline would have passed (clock skew)", "DONE", "2026-03-11T00:00:00Z", "2026-03-09T00:00:00Z", "SELESAI_TERLAMBAT"],
    ["pending before the deadline", "PENDING", null, "2026-03-10T08:59:59Z", "BERJALAN"],
    ["pending exactly at the deadline", "PENDING", null, "2026-03-10T09:00:00Z", "BERJALAN"],
    ["pending just past the deadline", "PENDING", null, "2026-03-10T09:00:00.001Z", "TERLAMBAT"],
    ["pending long after", "PENDING", null, "2027-01-01T00:00:00Z", "TERLAMBAT"],
  ])("%s → %s", (_label, status, doneAt, now, expected) => {
    expect(recipientState({ status, doneAt: doneAt ? at(doneAt) : null, deadline: DEADLINE, now: at(now) })).toBe(expected);
  });

  it("counts every state, zero included", () => {
    expect(countStates(["SELESAI", "TERLAMBAT", "SELESAI"])).toEqual({ SELESAI: 2, SELESAI_TERLAMBAT: 0, TERLAMBAT: 1, BERJALAN: 0 });
  });
});

describe("parseWibDateTime", () => {
  it.each<[string, string, string | null]>([
    ["2026-03-10", "16:00", "2026-03-10T09:00:00.000Z"],
    ["2026-03-10", "00:00", "2026-03-09T17:00:00.000Z"],
    ["2026-12-31", "23:59", "2026-12-31T16:59:00.000Z"],
    ["2028-02-29", "07:30", "2028-02-29T00:30:00.000Z"],
    ["2026-02-29", "07:30", null],
    ["2026-03-10", "24:00", null],
    ["2026-03-10", "12:60", null],
    ["2026-03-10", "7:30", null],
    ["10-03-2026", "07:30", null],
    ["", "", null],
  ])("%s %s WIB → %s", (date, time, expected) => {
    expect(parseWibDateTime(date, time)?.toISOString() ?? null).toBe(expected);
  });
});

describe("validateInstructionInput", () => {
  const NOW = at("2026-03-05T03:00:00Z");
  const ok: InstructionInput = { title: "Rapat koordinasi", description: "Siapkan bahan paparan rapat koordinasi.", deadline: DEADLINE, recipientCount: 1 };

  it("accepts a valid instruction", () => {
    expect(validateInstructionInput(ok, NOW)).toEqual({});
  });

  it.each<[string, Partial<InstructionInput>, string, RegExp]>([
    ["a 4-character title", { title: "Abcd" }, "title", /paling sedikit 5/],
    ["a title of spaces around 4 characters", { title: "  Abcd  " }, "title", /paling sedikit 5/],
    ["a 201-character title", { title: "a".repeat(201) }, "title", /paling banyak 200/],
    ["a 9-character description", { description: "123456789" }, "description", /paling sedikit 10/],
    ["a 4001-character description", { description: "a".repeat(4001) }, "description", /paling banyak 4\.000/],
    ["no deadline", { deadline: null }, "deadline", /valid/],
    ["an invalid date", { deadline: new Date(Number.NaN) }, "deadline", /valid/],
    ["a deadline one minute ago", { deadline: new Date(NOW.getTime() - 60_000) }, "deadline", /sudah lewat/],
    ["no recipient", { recipientCount: 0 }, "recipients", /paling sedikit satu/],
    ["501 recipients", { recipientCount: 501 }, "recipients", /paling banyak 500/],
  ])("refuses %s", (_label, change, field, message) => {
    const errors = validateInstructionInput({ ...ok, ...change }, NOW);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]![0]).toMatch(message);
  });

  it.each<[string, Partial<typeof ok>]>([
    ["a 5-character title", { title: "Abcde" }],
    ["a 200-character title", { title: "a".repeat(200) }],
    ["a 10-character description", { description: "1234567890" }],
    ["a 4000-character description", { description: "a".repeat(4000) }],
    ["a deadline of exactly now", { deadline: NOW }],
    ["500 recipients", { recipientCount: 500 }],
  ])("accepts the boundary: %s", (_label, change) => {
    expect(validateInstructionInput({ ...ok, ...change }, NOW)).toEqual({});
  });
});

describe("validateDoneInput", () => {
  it.each<[string, { note: string; evidenceCount: number }, string[]]>([
    ["no note and no evidence", { note: "", evidenceCount: 0 }, []],
    ["five evidence files", { note: "Selesai", evidenceCount: 5 }, []],
    ["six evidence files", { note: "", evidenceCount: 6 }, ["evidenceIds"]],
    ["a 2001-character note", { note: "a".repeat(2001), evidenceCount: 0 }, ["note"]],
  ])("%s", (_label, input, fields) => {
    expect(Object.keys(validateDoneInput(input))).toEqual(fields);
  });
});
