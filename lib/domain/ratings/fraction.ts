/**
 * Exact non-negative rationals over bigint, for scores (DESIGN.md §8.1: "the score is kept exact
 * and shown rounded to two decimals"). Always reduced, denominator > 0, so equal values compare
 * equal field by field.
 */
export type Fraction = { readonly num: bigint; readonly den: bigint };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function fraction(num: bigint | number, den: bigint | number = 1n): Fraction {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError("denominator must not be zero");
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

export const add = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den + b.num * a.den, a.den * b.den);
export const mul = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.num, a.den * b.den);
export const div = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den, a.den * b.num);
export const equals = (a: Fraction, b: Fraction): boolean => a.num === b.num && a.den === b.den;

/** Rounded half up (away from zero) to `decimals` places, as an integer count of 10^-decimals. */
export function roundScaled(value: Fraction, decimals: number): bigint {
  const scale = 10n ** BigInt(decimals);
  const scaled = value.num * scale;
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const rounded = (2n * abs + value.den) / (2n * value.den);
  return negative ? -rounded : rounded;
}

/** "84,00", "90,33": rounded half up to two decimals, Indonesian decimal comma. */
export function formatFraction(value: Fraction, decimals = 2): string {
  const scaled = roundScaled(value, decimals);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const part = digits.slice(digits.length - decimals);
  return `${negative ? "-" : ""}${whole}${decimals > 0 ? `,${part}` : ""}`;
}

/** "84.000000": a plain decimal text (rounded half up), for a Decimal column or JSON. */
export function fractionToDecimalText(value: Fraction, decimals = 6): string {
  return formatFraction(value, decimals).replace(",", ".");
}
