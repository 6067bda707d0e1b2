import { describe, expect, it } from "vitest";
import { capaian, targetMet } from "@/lib/domain/iki/capaian";
import { compare, formatFraction, fraction, mean, parseDecimalFraction } from "@/lib/domain/iki/fraction";
import { formatDecimalId, parseRealisationValue } from "@/lib/domain/iki/value";

const f = (num: bigint, den: bigint = 1n) => ({ num, den });

describe("capaian", () => {
  it.each([
    // label, polarity, target, realisasi, raw, capped, percentText, cappedText
    ["higher: exactly on target", "MAKIN_TINGGI", "4", "4", f(100n), f(100n), "100,00", "100,00"],
    ["higher: half", "MAKIN_TINGGI", "10", "5", f(50n), f(50n), "50,00", "50,00"],
    ["higher: realisasi 0", "MAKIN_TINGGI", "10", "0", f(0n), f(0n), "0,00", "0,00"],
    ["higher: target exceeded, capped", "MAKIN_TINGGI", "4", "5", f(125n), f(100n), "125,00", "100,00"],
    ["higher: a third, exact (no float)", "MAKIN_TINGGI", "3", "1", f(100n, 3n), f(100n, 3n), "33,33", "33,33"],
    ["higher: two thirds rounds up", "MAKIN_TINGGI", "3", "2", f(200n, 3n), f(200n, 3n), "66,67", "66,67"],
    ["higher: decimals with comma", "MAKIN_TINGGI", "4,5", "3", f(200n, 3n), f(200n, 3n), "66,67", "66,67"],
    ["higher: stored DECIMAL text", "MAKIN_TINGGI", "4.5000", "4.5000", f(100n), f(100n), "100,00", "100,00"],
    ["higher: 0.1 + 0.2 kind of values stay exact", "MAKIN_TINGGI", "0.3", "0.1", f(100n, 3n), f(100n, 3n), "33,33", "33,33"],
    ["higher: target 0 → 100", "MAKIN_TINGGI", "0", "0", f(100n), f(100n), "100,00", "100,00"],
    ["higher: target 0, anything realised → 100", "MAKIN_TINGGI", "0", "7", f(100n), f(100n), "100,00", "100,00"],
    ["higher: large values just short of target", "MAKIN_TINGGI", "99999999999999.9999", "99999999999999.9998", f(99999999999999999800n, 999999999999999999n), f(99999999999999999800n, 999999999999999999n), "100,00", "100,00"],
    ["higher: large excess", "MAKIN_TINGGI", "0.0001", "99999999999999.9999", f(99999999999999999900n), f(100n), "99.999.999.999.999.999.900,00", "100,00"],
    ["lower: on target", "MAKIN_RENDAH", "2", "2", f(100n), f(100n), "100,00", "100,00"],
    ["lower: twice the target", "MAKIN_RENDAH", "2", "4", f(50n), f(50n), "50,00", "50,00"],
    ["lower: better than target, capped", "MAKIN_RENDAH", "3", "2", f(150n), f(100n), "150,00", "100,00"],
    ["lower: realisasi 0 → 100", "MAKIN_RENDAH", "3", "0", f(100n), f(100n), "100,00", "100,00"],
    ["lower: target 0, realisasi 0 → 100", "MAKIN_RENDAH", "0", "0", f(100n), f(100n), "100,00", "100,00"],
    ["lower: target 0 missed → 0", "MAKIN_RENDAH", "0", "1", f(0n), f(0n), "0,00", "0,00"],
    ["lower: decimals", "MAKIN_RENDAH", "4,5", "6", f(75n), f(75n), "75,00", "75,00"],
    ["lower: 7/3 rounds", "MAKIN_RENDAH", "7", "3", f(700n, 3n), f(100n), "233,33", "100,00"],
  ] as const)("%s", (_label, polarity, target, realisasi, raw, capped, percentText, cappedText) => {
    const result = capaian({ polarity, target, realisasi });
    expect(compare(result.raw, raw)).toBe(0);
    expect(compare(result.capped, capped)).toBe(0);
    expect(result.percentText).toBe(percentText);
    expect(result.cappedText).toBe(cappedText);
    // Always reduced with a positive denominator.
    expect(result.raw).toEqual(fraction(result.raw.num, result.raw.den));
    expect(result.capped.den > 0n).toBe(true);
  });

  it("reports whether the target was met", () => {
    expect(targetMet(capaian({ polarity: "MAKIN_TINGGI", target: "4", realisasi: "4" }))).toBe(true);
    expect(targetMet(capaian({ polarity: "MAKIN_TINGGI", target: "4", realisasi: "3,9999" }))).toBe(false);
  });

  it.each([["-1"], ["abc"], [""], ["1e3"], ["NaN"]])("refuses %j as input", (bad) => {
    expect(() => capaian({ polarity: "MAKIN_TINGGI", target: "4", realisasi: bad })).toThrow(RangeError);
    expect(() => capaian({ polarity: "MAKIN_RENDAH", target: bad, realisasi: "4" })).toThrow(RangeError);
  });
});

describe("fractions", () => {
  it.each([
    ["half rounds up", f(1n, 200n), 2, "0,01"],
    ["just below half rounds down", f(4999n, 1000000n), 2, "0,00"],
    ["thousands grouped", f(123456789n, 100n), 2, "1.234.567,89"],
    ["negative", f(-1n, 2n), 2, "-0,50"],
    ["no decimals", f(5n, 2n), 0, "3"],
  ] as const)("formats %s", (_label, value, decimals, text) => {
    expect(formatFraction(value, decimals)).toBe(text);
  });

  it("averages exactly and has no mean of nothing", () => {
    expect(mean([f(100n), f(50n), f(100n, 3n)])).toEqual(f(550n, 9n));
    expect(mean([])).toBeNull();
  });

  it.each([["4,5", f(9n, 2n)], ["0042.50", f(85n, 2n)], ["0", f(0n)], ["1.", null], [",5", null], ["-2", null]] as const)("parses %j", (text, expected) => {
    expect(parseDecimalFraction(text)).toEqual(expected);
  });
});

describe("realisation value as typed", () => {
  it.each([
    ["12", "12"],
    ["4,5", "4.5"],
    ["4.5", "4.5"],
    [" 007,2500 ", "7.25"],
    ["0", "0"],
    ["99999999999999,9999", "99999999999999.9999"],
  ])("accepts %j as %j", (typed, value) => {
    expect(parseRealisationValue(typed)).toEqual({ ok: true, value });
  });

  it.each([
    ["", /Isi nilai realisasi/],
    ["-1", /tidak boleh negatif/],
    ["abc", /harus berupa angka/],
    ["1.500.000", /harus berupa angka/],
    ["1,23456", /empat angka di belakang koma/],
    ["100000000000000", /terlalu besar/],
    ["1e5", /harus berupa angka/],
  ])("refuses %j", (typed, message) => {
    const result = parseRealisationValue(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([["4.5000", "4,5"], ["1500000.2500", "1.500.000,25"], ["12.0000", "12"], ["0.0000", "0"]])("shows %j as %j", (stored, shown) => {
    expect(formatDecimalId(stored)).toBe(shown);
  });
});
