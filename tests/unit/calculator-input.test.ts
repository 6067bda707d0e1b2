import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculateAllowance } from "@/lib/domain/remuneration/calculate";
import { breakdownJson, parseCalculatorInput } from "@/lib/domain/remuneration/calculator-input";
import { allowanceLine, expandDeduction, formatBp } from "@/lib/domain/remuneration/line";
import { monthlyScore } from "@/lib/domain/scoring/monthly-score";
import { finaliseRefusal, parseMonthKey, recomputeRefusal, runStateLabel, sanctionActiveIn } from "@/lib/domain/remuneration/run-rules";
import { rational } from "@/lib/domain/rational";

const example = JSON.parse(readFileSync("docs/examples/hitung-trk-contoh.json", "utf8")) as Record<string, unknown>;

describe("hitung-trk input file", () => {
  it("the README's example is DESIGN.md's worked example: net Rp 5,654,400", () => {
    const parsed = parseCalculatorInput(example);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(parsed.input.workingDays).toHaveLength(22);
    const result = calculateAllowance(parsed.input);
    expect(result).toMatchObject({ base: 6_000_000, kinerja: 3_600_000, deductionBpTotal: 200, disiplin: 2_352_000, gross: 5_952_000, tax: 297_600, net: 5_654_400 });
    expect(result.deductions.map((d) => d.code)).toEqual(["TL1", "TL1", "PSW2"]);
    expect(JSON.parse(breakdownJson(result)).score.exact).toBe("271/3");
  });

  it.each([
    ["score above 100", { nilai: "100.5" }, "nilai"],
    ["no policy and no base", { basisPerKelas: undefined }, "basisPerKelas"],
    ["a time that is not HH:MM", { kehadiran: [{ tanggal: "2026-03-10", status: "HADIR", masuk: "7.5", pulang: "16:00" }] }, "kehadiran.0.masuk"],
    ["an impossible date", { kehadiran: [{ tanggal: "2026-02-30", status: "TK" }] }, "kehadiran.0.tanggal"],
    ["a policy whose shares do not add up", { kebijakan: { split: { kinerjaBp: 1 } } }, "kebijakan"],
  ])("refuses %s, naming the field", (_label, patch, field) => {
    const parsed = parseCalculatorInput({ ...example, ...patch });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.some((e) => e.startsWith(field))).toBe(true);
  });

  it("a score of exactly 70 pays 78.5714…% of the kinerja share (Rp 2,828,571)", () => {
    const parsed = parseCalculatorInput({ ...example, nilai: 70 });
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(calculateAllowance(parsed.input).kinerja).toBe(2_828_571);
  });
});

describe("stored line", () => {
  it("keeps the exact score and every deduction; the score column has six decimals", () => {
    const parsed = parseCalculatorInput(example);
    if (!parsed.ok) throw new Error("invalid");
    const score = monthlyScore({ activity: { approvedMinutes: 5400, targetMinutes: 6000 }, ikiCapaian: [rational(95)], behaviour: rational(84), subordinateReview: null });
    const line = allowanceLine(parsed.input, calculateAllowance({ ...parsed.input, score: score.total }), score);
    expect(line.score).toBe("90.333333");
    expect(line.breakdown.score.exact).toBe("271/3");
    expect(line.breakdown.score.components.map((c) => c.text)).toEqual(["90,00", "95,00", "84,00", null]);
    expect(line.breakdown.disiplin.deductions.map(expandDeduction).map((d) => `${d.date} ${d.code} ${d.deductionBp} ${d.note}`)).toEqual([
      "2026-03-10 TL1 50 Terlambat 15 menit",
      "2026-03-11 TL1 50 Terlambat 20 menit",
      "2026-03-12 PSW2 100 Pulang 45 menit sebelum waktunya",
    ]);
    expect(line.net).toBe(5_654_400);
  });

  it.each([
    [50, "0,5%"],
    [125, "1,25%"],
    [10_000, "100%"],
    [0, "0%"],
  ])("formats %i bp as %s", (bp, text) => expect(formatBp(bp)).toBe(text));
});

describe("sanction term", () => {
  const s = { startYear: 2025, startMonth: 11, months: 3 };
  it.each([
    [2025, 10, false],
    [2025, 11, true],
    [2026, 1, true],
    [2026, 2, false],
  ])("a 3-month sanction from November 2025 covers %i-%i: %s", (year, month, active) => expect(sanctionActiveIn(s, year, month)).toBe(active));
  it("a cancelled sanction covers nothing", () => expect(sanctionActiveIn({ ...s, cancelledAt: new Date() }, 2025, 12)).toBe(false));
});

describe("run states", () => {
  const at = new Date("2026-04-10T00:00:00Z");
  it.each([
    ["a finished draft", { status: "DRAFT", computedAt: at, error: null }, null, null, "Draf"],
    ["a failed draft", { status: "DRAFT", computedAt: null, error: "x" }, null, "gagal", "Gagal dihitung"],
    ["a draft being computed", { status: "DRAFT", computedAt: null, error: null }, "sedang dihitung", "masih dihitung", "Sedang dihitung"],
    ["a final run", { status: "FINAL", computedAt: at, error: null }, "sudah final", "sudah final", "Final"],
  ] as const)("%s: recompute, finalise and label", (_label, run, recompute, finalise, label) => {
    const r = recomputeRefusal(run);
    const f = finaliseRefusal(run);
    if (recompute === null) expect(r).toBeNull();
    else expect(r).toContain(recompute);
    if (finalise === null) expect(f).toBeNull();
    else expect(f).toContain(finalise);
    expect(runStateLabel(run)).toBe(label);
  });

  it.each([
    ["2026-03", { year: 2026, month: 3 }],
    [" 2026-12 ", { year: 2026, month: 12 }],
    ["2026-13", null],
    ["2026-00", null],
    ["2026-3", null],
    ["1999-05", null],
  ])("month key %j", (text, expected) => expect(parseMonthKey(text)).toEqual(expected));
});
