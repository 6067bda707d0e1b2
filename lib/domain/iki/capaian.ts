/**
 * Achievement (capaian, percent) of one IKI for one month (DESIGN.md §6), exact:
 * - MAKIN_TINGGI (higher is better): realisasi / target × 100.
 * - MAKIN_RENDAH (lower is better): target / realisasi × 100; realisasi 0 → 100 (§6).
 * Cases the design leaves open, decided here:
 * - MAKIN_TINGGI with target 0: any realisasi (never negative) meets a zero target → 100.
 * - MAKIN_RENDAH with target 0 and realisasi > 0: the formula gives 0 / realisasi = 0, i.e. a
 *   "zero incidents" target missed scores 0; realisasi 0 still → 100.
 * The TRK score caps each indicator at 100 (§8.1), reports show the uncapped value too, so both are
 * returned: as exact fractions (for the score) and as text rounded to two decimals (for people).
 */
import { compare, divide, formatFraction, HUNDRED, min, multiply, parseDecimalFraction, type Fraction } from "./fraction";

export type Polarity = "MAKIN_TINGGI" | "MAKIN_RENDAH";

export type Capaian = {
  /** Uncapped percentage, exact. */
  raw: Fraction;
  /** min(raw, 100), exact: what the monthly score takes (§8.1). */
  capped: Fraction;
  /** raw rounded to two decimals, Indonesian: "112,50". */
  percentText: string;
  /** capped rounded to two decimals: "100,00". */
  cappedText: string;
};

/**
 * `target` and `realisasi` are non-negative decimals as text ("4.5", "4,5" or a stored "4.5000").
 * Throws RangeError on anything else: callers pass stored or already validated values.
 */
export function capaian(input: { polarity: Polarity; target: string; realisasi: string }): Capaian {
  const target = parseDecimalFraction(input.target);
  const realisasi = parseDecimalFraction(input.realisasi);
  if (!target || !realisasi) throw new RangeError(`capaian needs non-negative decimals, got target "${input.target}", realisasi "${input.realisasi}"`);
  let raw: Fraction;
  if (input.polarity === "MAKIN_TINGGI") {
    raw = target.num === 0n ? HUNDRED : multiply(divide(realisasi, target), HUNDRED);
  } else {
    raw = realisasi.num === 0n ? HUNDRED : multiply(divide(target, realisasi), HUNDRED);
  }
  const capped = min(raw, HUNDRED);
  return { raw, capped, percentText: formatFraction(raw), cappedText: formatFraction(capped) };
}

/** Whether the achievement reached the target (raw ≥ 100). */
export function targetMet(value: Capaian): boolean {
  return compare(value.raw, HUNDRED) >= 0;
}

