/**
 * Money is whole rupiah, and every step rounds down once (DESIGN.md §8.3 step 7).
 * Percentages are basis points (1% = 100 bp). Arithmetic here is exact for safe
 * integers without BigInt: products are split so no intermediate leaves the safe range.
 */
export const BP_PER_UNIT = 10_000;

function assertSafeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer, got ${value}`);
  }
}

/** floor(a / b) for safe integers, exact (rounds toward −∞, also for negatives). */
export function floorDiv(a: number, b: number): number {
  assertSafeInteger(a, "dividend");
  assertSafeInteger(b, "divisor");
  if (b === 0) throw new RangeError("division by zero");
  const remainder = a % b; // exact for integers
  // a − remainder is an exact multiple of b, so this division is exact too.
  let quotient = (a - remainder) / b;
  if (remainder !== 0 && remainder < 0 !== b < 0) quotient -= 1;
  return quotient + 0; // normalise −0 to 0
}

/**
 * floor(amount × bp / 10000): a basis-point share of an amount of rupiah, rounded down.
 * Exact for any safe-integer inputs whose result is a safe integer; throws RangeError
 * for non-integers or when the result does not fit.
 */
export function applyBp(amount: number, bp: number): number {
  assertSafeInteger(amount, "amount");
  assertSafeInteger(bp, "bp");
  // Split both factors around S = 10000 with truncation, so q, r share amount's sign and
  // s, t share bp's: amount = q·S + r, bp = s·S + t, |r|, |t| < S. Then
  // amount·bp / S = q·s·S + q·t + r·s + r·t / S, where all four terms have the product's
  // sign, so no partial sum exceeds the result, and |r·t| < 10^8 keeps the last one exact.
  const r = amount % BP_PER_UNIT;
  const q = (amount - r) / BP_PER_UNIT;
  const t = bp % BP_PER_UNIT;
  const s = (bp - t) / BP_PER_UNIT;
  let total = 0;
  for (const term of [q * s * BP_PER_UNIT, q * t, r * s]) {
    total += term;
    if (!Number.isSafeInteger(term) || !Number.isSafeInteger(total)) {
      throw new RangeError(`applyBp(${amount}, ${bp}) does not fit in a safe integer`);
    }
  }
  // total is an integer, so flooring the fractional last term floors the whole sum.
  total += Math.floor((r * t) / BP_PER_UNIT);
  if (!Number.isSafeInteger(total)) {
    throw new RangeError(`applyBp(${amount}, ${bp}) does not fit in a safe integer`);
  }
  return total + 0;
}
