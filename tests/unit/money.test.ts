import { describe, expect, it } from "vitest";
import { applyBp, floorDiv } from "@/lib/domain/money";

const MAX = Number.MAX_SAFE_INTEGER;

// BigInt is the test oracle only; the implementation does not use it.
function oracleApplyBp(amount: number, bp: number): number {
  const product = BigInt(amount) * BigInt(bp);
  const q = product / 10000n;
  const floored = product < 0n && q * 10000n !== product ? q - 1n : q;
  return Number(floored);
}

describe("floorDiv", () => {
  it.each([
    ["exact division", 10, 5, 2],
    ["rounds down", 7, 2, 3],
    ["zero dividend", 0, 7, 0],
    ["negative dividend rounds toward −∞", -7, 2, -4],
    ["negative divisor rounds toward −∞", 7, -2, -4],
    ["both negative", -7, -2, 3],
    ["negative exact", -10, 5, -2],
    ["zero over a negative is +0", 0, -5, 0],
    ["largest safe integer by 1", MAX, 1, MAX],
    ["largest safe integer by 10000", MAX, 10000, 900719925474],
    ["largest safe integer by 3", MAX, 3, 3002399751580330],
    ["smallest safe integer by 10000", -MAX, 10000, -900719925475],
  ])("%s: floorDiv(%i, %i) = %i", (_label, a, b, expected) => {
    expect(floorDiv(a, b)).toBe(expected);
  });

  it.each([
    ["division by zero", 1, 0],
    ["a fractional dividend", 1.5, 1],
    ["a fractional divisor", 1, 0.5],
    ["an unsafe dividend", 2 ** 53, 1],
    ["NaN", Number.NaN, 1],
    ["Infinity", Number.POSITIVE_INFINITY, 1],
  ])("throws on %s", (_label, a, b) => {
    expect(() => floorDiv(a, b)).toThrow(RangeError);
  });
});

describe("applyBp: floor(amount × bp / 10000)", () => {
  it.each([
    ["kinerja share 60% of Rp 6,000,000 (DESIGN.md §8.3)", 6_000_000, 6000, 3_600_000],
    ["disiplin share 40% less 2%: 98% of Rp 2,400,000", 2_400_000, 9800, 2_352_000],
    ["tax 5% of Rp 5,952,000", 5_952_000, 500, 297_600],
    ["CPNS 80% of a base", 6_000_000, 8000, 4_800_000],
    ["zero amount", 0, 5000, 0],
    ["zero bp", 123_456, 0, 0],
    ["100% is the amount", 987_654_321, 10_000, 987_654_321],
    ["rounds down a fraction of a rupiah", 1, 9999, 0],
    ["0.01% of Rp 9,999 rounds down to 0", 9_999, 1, 0],
    ["0.01% of Rp 10,000 is Rp 1", 10_000, 1, 1],
    ["more than 100%", 1_000, 12_500, 1_250],
    ["negative amount rounds toward −∞", -1, 5000, -1],
    ["negative bp", 10_001, -1, -2],
    ["product beyond 2^53 (float would lose digits)", MAX, 9_999, 9_006_298_534_815_516],
    ["largest safe amount at 100%", MAX, 10_000, MAX],
    ["smallest safe amount at 100%", -MAX, 10_000, -MAX],
    ["large amount times large bp", 900_719_925_474, 99_999_999, 9_007_199_164_668_007],
  ])("%s", (_label, amount, bp, expected) => {
    expect(applyBp(amount, bp)).toBe(expected);
    expect(applyBp(amount, bp)).toBe(oracleApplyBp(amount, bp));
  });

  it("matches the BigInt oracle across a spread of inputs", () => {
    const amounts = [0, 1, 9_999, 10_000, 10_001, 5_654_400, 2 ** 40 + 7, MAX - 1, -MAX];
    const bps = [0, 1, 50, 125, 500, 1_500, 7_857, 9_999, 10_000];
    for (const amount of amounts) {
      for (const bp of bps) {
        expect(applyBp(amount, bp), `${amount} × ${bp}`).toBe(oracleApplyBp(amount, bp));
      }
    }
  });

  it.each([
    ["a fractional amount", 100.5, 100],
    ["a fractional bp", 100, 0.5],
    ["an unsafe amount", 2 ** 53, 1],
    ["a result beyond the safe range", MAX, 10_001],
  ])("throws on %s", (_label, amount, bp) => {
    expect(() => applyBp(amount, bp)).toThrow(RangeError);
  });
});
