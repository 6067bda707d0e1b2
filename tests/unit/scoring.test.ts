import { describe, expect, it } from "vitest";
import { formatRational, rational, type Rational } from "@/lib/domain/rational";
import { monthlyScore, type ScoreInputs } from "@/lib/domain/scoring/monthly-score";
import { EXPECTATIONS, predikat, proposeExpectation } from "@/lib/domain/scoring/predikat";

const full: ScoreInputs = {
  activity: { approvedMinutes: 5400, targetMinutes: 6000 }, // 90
  ikiCapaian: [rational(95)], // 95
  behaviour: rational(84), // 84
  subordinateReview: { submitted: 40, reviewedBeforeLock: 30 }, // 75
};

/** Every subset of present components (16), with the renormalised weighted mean worked out by hand. */
const components = [
  { key: "activity", present: full.activity, absent: { approvedMinutes: 0, targetMinutes: 0 }, weight: 40, score: 90 },
  { key: "ikiCapaian", present: full.ikiCapaian, absent: [], weight: 30, score: 95 },
  { key: "behaviour", present: full.behaviour, absent: null, weight: 20, score: 84 },
  { key: "subordinateReview", present: full.subordinateReview, absent: null, weight: 10, score: 75 },
] as const;

const cases = Array.from({ length: 16 }, (_, mask) => {
  const inputs = { ...full } as Record<string, unknown>;
  let num = 0;
  let den = 0;
  components.forEach((c, i) => {
    if (mask & (1 << i)) {
      num += c.weight * c.score;
      den += c.weight;
    } else inputs[c.key] = c.absent;
  });
  return { mask, label: components.filter((_, i) => mask & (1 << i)).map((c) => c.key).join("+") || "nothing", inputs: inputs as ScoreInputs, expected: den === 0 ? null : rational(num, den) };
});

describe("monthlyScore (DESIGN.md §8.1)", () => {
  it.each(cases)("with $label", ({ inputs, expected }) => {
    const score = monthlyScore(inputs);
    expect(score.total).toEqual(expected);
    const weights = score.lines.reduce((s, l) => s + Number(l.effectiveWeight.n) / Number(l.effectiveWeight.d), 0);
    if (expected) expect(weights).toBeCloseTo(1, 12);
  });

  it.each([
    ["minutes above target are capped at 100", { ...full, activity: { approvedMinutes: 9000, targetMinutes: 6000 } }, "aktivitas", "100,00"],
    ["an unverified IKI target scores 0", { ...full, ikiCapaian: [rational(100), rational(0)] }, "capaianIki", "50,00"],
    ["each IKI is capped at 100 before the mean", { ...full, ikiCapaian: [rational(150), rational(50)] }, "capaianIki", "75,00"],
    ["no subordinate activity: left out", { ...full, subordinateReview: { submitted: 0, reviewedBeforeLock: 0 } }, "aktivitasBawahan", null],
  ] as [string, ScoreInputs, string, string | null][])("%s", (_l, inputs, component, text) => {
    const line = monthlyScore(inputs).lines.find((l) => l.component === component)!;
    expect(line.score ? formatRational(line.score, 2) : null).toBe(text);
  });
});

describe("predikat (DESIGN.md §8.2)", () => {
  const expected: Record<string, string> = {
    "DI_ATAS/DI_BAWAH": "KURANG",
    "DI_ATAS/SESUAI": "BAIK",
    "DI_ATAS/DI_ATAS": "SANGAT_BAIK",
    "SESUAI/DI_BAWAH": "KURANG",
    "SESUAI/SESUAI": "BAIK",
    "SESUAI/DI_ATAS": "BAIK",
    "DI_BAWAH/DI_BAWAH": "SANGAT_KURANG",
    "DI_BAWAH/SESUAI": "BUTUH_PERBAIKAN",
    "DI_BAWAH/DI_ATAS": "BUTUH_PERBAIKAN",
  };
  const cells = EXPECTATIONS.flatMap((hasil) => EXPECTATIONS.map((perilaku) => ({ hasil, perilaku })));
  it("has nine cells", () => expect(cells).toHaveLength(9));
  it.each(cells)("hasil $hasil, perilaku $perilaku", ({ hasil, perilaku }) => {
    expect(predikat(hasil, perilaku)).toBe(expected[`${hasil}/${perilaku}`]);
  });
  it.each([
    [null, null],
    [rational(90), "DI_ATAS"],
    [rational(8999, 100), "SESUAI"],
    [rational(70), "SESUAI"],
    [rational(6999, 100), "DI_BAWAH"],
  ] as [Rational | null, string | null][])("proposes from score %o: %s", (score, expectation) => {
    expect(proposeExpectation(score)).toBe(expectation);
  });
});
