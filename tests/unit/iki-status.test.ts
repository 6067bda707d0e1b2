import { describe, expect, it } from "vitest";
import {
  isRealisationEditable,
  REALISATION_ACTIONS,
  REALISATION_RELATIONS,
  REALISATION_STATUSES,
  realisationTransition,
  type RealisationAction,
  type RealisationRelation,
  type RealisationStatus,
} from "@/lib/domain/iki/status";
import { chooseMonth, monthKey, parseMonthKey, selectableMonths } from "@/lib/domain/iki/months";

type Case = [RealisationStatus, RealisationRelation, RealisationAction, boolean, RealisationStatus | "FORBIDDEN" | "INVALID_STATE" | "LOCKED"];

describe("realisation state machine", () => {
  it.each<Case>([
    ["DRAFT", "OWNER", "EDIT", false, "DRAFT"],
    ["DIKEMBALIKAN", "OWNER", "EDIT", false, "DIKEMBALIKAN"],
    ["DIAJUKAN", "OWNER", "EDIT", false, "INVALID_STATE"],
    ["TERVERIFIKASI", "OWNER", "EDIT", false, "INVALID_STATE"],
    ["DRAFT", "OWNER", "SUBMIT", false, "DIAJUKAN"],
    ["DIKEMBALIKAN", "OWNER", "SUBMIT", false, "DIAJUKAN"],
    ["DIAJUKAN", "OWNER", "SUBMIT", false, "INVALID_STATE"],
    ["TERVERIFIKASI", "OWNER", "SUBMIT", false, "INVALID_STATE"],
    ["DIAJUKAN", "REVIEWER", "VERIFY", false, "TERVERIFIKASI"],
    ["DIAJUKAN", "REVIEWER", "RETURN", false, "DIKEMBALIKAN"],
    ["TERVERIFIKASI", "REVIEWER", "VERIFY", false, "INVALID_STATE"],
    ["TERVERIFIKASI", "REVIEWER", "RETURN", false, "INVALID_STATE"],
    ["DRAFT", "REVIEWER", "VERIFY", false, "INVALID_STATE"],
    ["DIKEMBALIKAN", "REVIEWER", "VERIFY", false, "INVALID_STATE"],
    // Nobody verifies their own, a reviewer does not edit, a stranger does nothing.
    ["DIAJUKAN", "OWNER", "VERIFY", false, "FORBIDDEN"],
    ["DRAFT", "REVIEWER", "EDIT", false, "FORBIDDEN"],
    ["DIAJUKAN", "OTHER", "VERIFY", false, "FORBIDDEN"],
    ["DIAJUKAN", "OTHER", "RETURN", false, "FORBIDDEN"],
    ["DRAFT", "OTHER", "EDIT", false, "FORBIDDEN"],
    // A locked month is read-only for everyone; the stranger still learns nothing about the state.
    ["DRAFT", "OWNER", "EDIT", true, "LOCKED"],
    ["DIKEMBALIKAN", "OWNER", "SUBMIT", true, "LOCKED"],
    ["DIAJUKAN", "REVIEWER", "VERIFY", true, "LOCKED"],
    ["DIAJUKAN", "REVIEWER", "RETURN", true, "LOCKED"],
    ["DIAJUKAN", "OTHER", "VERIFY", true, "FORBIDDEN"],
  ])("%s, %s %s (locked: %s) → %s", (status, relation, action, monthLocked, expected) => {
    const result = realisationTransition({ status, relation, action, monthLocked });
    if (result.ok) expect(result.to).toBe(expected);
    else {
      expect(result.reason).toBe(expected);
      expect(result.message).toMatch(/[a-z]/);
    }
  });

  it("never changes a verified realisation, whoever asks and whatever the lock", () => {
    for (const relation of REALISATION_RELATIONS) {
      for (const action of REALISATION_ACTIONS) {
        for (const monthLocked of [false, true]) {
          expect(realisationTransition({ status: "TERVERIFIKASI", relation, action, monthLocked }).ok).toBe(false);
        }
      }
    }
  });

  it.each(REALISATION_STATUSES.map((s) => [s, s === "DRAFT" || s === "DIKEMBALIKAN"] as const))("%s editable: %s", (status, editable) => {
    expect(isRealisationEditable(status)).toBe(editable);
  });
});


describe("month of a realisation page", () => {
  it.each([
    ["2026-03", { year: 2026, month: 3 }],
    ["2026-12", { year: 2026, month: 12 }],
    ["2026-13", null],
    ["2026-00", null],
    ["2026-3", null],
    ["", null],
  ])("parses %j", (text, expected) => {
    expect(parseMonthKey(text)).toEqual(expected);
  });

  it("offers the months of the year up to now, and last December in January", () => {
    expect(selectableMonths({ year: 2026, month: 3 }).map(monthKey)).toEqual(["2026-03", "2026-02", "2026-01"]);
    expect(selectableMonths({ year: 2027, month: 1 }).map((m) => m.label)).toEqual(["Januari 2027", "Desember 2026"]);
  });

  it.each([
    [{ year: 2026, month: 4 }, { year: 2026, month: 3 }, "the future → current"],
    [{ year: 2025, month: 3 }, { year: 2025, month: 3 }, "twelve months back is kept"],
    [{ year: 2025, month: 2 }, { year: 2026, month: 3 }, "older → current"],
    [null, { year: 2026, month: 3 }, "nothing asked → current"],
  ] as const)("chooses %j → %j (%s)", (asked, expected, _label) => {
    expect(chooseMonth(asked, { year: 2026, month: 3 })).toEqual(expected);
  });
});
