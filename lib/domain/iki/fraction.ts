/**
 * A small exact rational type for percentages and scores: numerator and denominator as bigint,
 * always reduced, denominator positive. No binary floating point anywhere (HOUSE_STYLE.md, Data).
 */
export type Fraction = { num: bigint; den: bigint };

const abs = (n: bigint) => (n < 0n ? -n : n);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function fraction(num: bigint, den: bigint = 1n): Fraction {
  if (den === 0n) throw new RangeError("denominator must not be 0");
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export const ZERO: Fraction = { num: 0n, den: 1n };
export const HUNDRED: Fraction = { num: 100n, den: 1n };

export const add = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den + b.num * a.den, a.den * b.den);
export const multiply = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.num, a.den * b.den);
export const divide = (a: Fraction, b: Fraction): Fraction => fraction(a.num * b.den, a.den * b.num);

/** -1, 0 or 1. */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export const min = (a: Fraction, b: Fraction): Fraction => (compare(a, b) <= 0 ? a : b);

/** The mean of a list, or null for an empty list (no basis). */
export function mean(values: readonly Fraction[]): Fraction | null {
  if (values.length === 0) return null;
  return divide(values.reduce(add, ZERO), fraction(BigInt(values.length)));
}

/**
 * Rounded half away from zero to `decimals` places, Indonesian style: "1.234,57", "-0,50", "100,00".
 */
export function formatFraction(value: Fraction, decimals = 2): string {
  const scale = 10n ** BigInt(decimals);
  const negative = value.num < 0n;
  const n = abs(value.num) * scale;
  let q = n / value.den;
  if ((n % value.den) * 2n >= value.den) q += 1n;
  const digits = q.toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const frac = decimals > 0 ? `,${digits.slice(digits.length - decimals)}` : "";
  return `${negative && q !== 0n ? "-" : ""}${whole}${frac}`;
}

/**
 * A decimal written as text — "4.5", "4,5", "0042.50", a stored DECIMAL "4.5000" — as an exact
 * fraction; null when it is not a plain non-negative decimal number.
 */
export function parseDecimalFraction(text: string): Fraction | null {
  const match = /^([0-9]+)(?:[.,]([0-9]+))?$/.exec(text.trim());
  if (!match) return null;
  const fractionDigits = match[2] ?? "";
  return fraction(BigInt(`${match[1]}${fractionDigits}`), 10n ** BigInt(fractionDigits.length));
}
