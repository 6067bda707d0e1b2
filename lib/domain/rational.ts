/**
 * Exact fractions on bigint, for scores, achievements and payouts (DESIGN.md §8.1, §8.3: "exact
 * arithmetic, never binary floats"). Always normalised: positive denominator, lowest terms.
 */
export type Rational = { readonly n: bigint; readonly d: bigint };

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1n;
}

export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new RangeError("denominator 0");
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return { n: num / g, d: den / g };
}

export const ZERO = rational(0);
export const ONE = rational(1);
export const HUNDRED = rational(100);

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => {
  if (b.n === 0n) throw new RangeError("division by zero");
  return rational(a.n * b.d, a.d * b.n);
};
export const cmp = (a: Rational, b: Rational) => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const min = (a: Rational, b: Rational) => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational) => (cmp(a, b) >= 0 ? a : b);
export const sum = (xs: readonly Rational[]) => xs.reduce(add, ZERO);

/** floor(x) as bigint (toward −∞). */
export function floor(x: Rational): bigint {
  const q = x.n / x.d;
  return x.n < 0n && q * x.d !== x.n ? q - 1n : q;
}

/** An exact decimal string ("4.5", "-0.25", "12") → Rational; null when it is not one. */
export function parseDecimal(text: string): Rational | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const fraction = m[3] ?? "";
  const n = BigInt(`${m[2]}${fraction}`) * (m[1] ? -1n : 1n);
  return rational(n, 10n ** BigInt(fraction.length));
}

/** Rounded half up to `places` decimals, with an Indonesian decimal comma: 90.333… → "90,33". */
export function formatRational(x: Rational, places = 2): string {
  const scale = 10n ** BigInt(places);
  const negative = x.n < 0n;
  const scaled = (abs(x.n) * scale * 2n + x.d) / (2n * x.d); // half up on the magnitude
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(places, "0");
  return `${negative && scaled !== 0n ? "-" : ""}${whole}${places > 0 ? `,${fraction}` : ""}`;
}

/** For storage and JSON: an exact decimal to `places` decimals with a point, rounded half up. */
export function toDecimalString(x: Rational, places = 4): string {
  return formatRational(x, places).replace(",", ".");
}
