import { describe, expect, it } from "vitest";
import { rational } from "@/lib/domain/rational";
import { monthHasBasis, proposePeriod, type EvaluationMonth } from "@/lib/domain/scoring/period-proposal";

const nothing = { activity: { approvedMinutes: 0, targetMinutes: 6000 }, behaviour: null, subordinateReview: null };

describe("monthHasBasis (what a predikat proposal may rest on)", () => {
  it.each([
    ["nothing recorded (activity target only)", nothing, 0, false],
    ["nothing recorded, a supervisor whose team submitted nothing", { ...nothing, subordinateReview: { submitted: 0, reviewedBeforeLock: 0 } }, 0, false],
    ["one approved minute", { ...nothing, activity: { approvedMinutes: 1, targetMinutes: 6000 } }, 0, true],
    ["a verified IKI realisation (even one whose capaian is 0)", nothing, 1, true],
    ["a behaviour rating received", { ...nothing, behaviour: rational(0) }, 0, true],
    ["subordinates' submitted activities to review", { ...nothing, subordinateReview: { submitted: 3, reviewedBeforeLock: 0 } }, 0, true],
  ] as const)("%s → %s", (_label, inputs, verified, expected) => {
    expect(monthHasBasis(inputs, verified)).toBe(expected);
  });
});

const month = (hasil: number | null, perilaku: number | null, basis: boolean): EvaluationMonth => ({
  hasil: hasil === null ? null : rational(hasil),
  perilaku: perilaku === null ? null : rational(perilaku),
  basis,
});

describe("proposePeriod (DESIGN.md §8.2)", () => {
  it("proposes nothing for a quarter with no basis at all, although its monthly scores are 0", () => {
    expect(proposePeriod([month(0, null, false), month(0, null, false), month(0, null, false)])).toEqual({
      hasil: null,
      perilaku: null,
      hasilMean: null,
      perilakuMean: null,
      basis: false,
    });
  });

  it("proposes nothing for a period that has not begun (no months)", () => {
    expect(proposePeriod([])).toMatchObject({ hasil: null, perilaku: null, basis: false });
  });

  it.each([
    ["a low score with a basis is still below expectation", [month(0, null, false), month(30, null, true)], "DI_BAWAH", null],
    ["as expected from the mean, behaviour from the ratings", [month(70, 80, true), month(80, 100, true)], "SESUAI", "DI_ATAS"],
    ["above expectation at 90", [month(90, 90, true)], "DI_ATAS", "DI_ATAS"],
    ["ratings alone are a basis: behaviour proposed, results from the month's score", [month(0, 70, true)], "DI_BAWAH", "SESUAI"],
  ] as const)("%s", (_label, months, hasil, perilaku) => {
    expect(proposePeriod(months)).toMatchObject({ hasil, perilaku, basis: true });
  });
});
