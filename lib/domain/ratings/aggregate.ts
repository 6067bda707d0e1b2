import { BERAKHLAK_KEYS, type RatingValues } from "./berakhlak";
import { DEFAULT_ROLE_WEIGHTS_BP, RATER_ROLES, type RaterRole, type RoleWeightsBp } from "./config";
import { add, div, fraction, mul, type Fraction } from "./fraction";

/**
 * Behaviour score of one employee for one month (DESIGN.md §7), exact:
 *
 * - a rater's mean is the mean of their seven values;
 * - a role's mean is the mean of its raters' means = (sum of all values of its raters) / (7 × raters);
 * - the behaviour mean is the weighted mean of the role means over the roles with at least one
 *   rating (weights renormalised over those roles, default 50/30/20);
 * - the behaviour score is that mean as a percentage: mean / 5 × 100.
 *
 * Everything is a Fraction (bigint rationals); rounding happens only for display.
 */

/** What the aggregation needs of one role: how many raters answered and the sum of all their values. */
export type RoleTally = { role: RaterRole; raters: number; total: number };

export const VALUES_PER_RATING = BERAKHLAK_KEYS.length;
/** DESIGN.md §7: peer and subordinate averages are shown only when at least two raters of the role answered. */
export const MIN_ANONYMOUS_RATERS = 2;

export function ratingTotal(values: RatingValues): number {
  return BERAKHLAK_KEYS.reduce((sum, key) => sum + values[key], 0);
}

/** One tally per role present, in the order ATASAN, REKAN, BAWAHAN. */
export function tallyRatings(ratings: readonly { role: RaterRole; values: RatingValues }[]): RoleTally[] {
  const byRole = new Map<RaterRole, RoleTally>();
  for (const r of ratings) {
    const t = byRole.get(r.role) ?? { role: r.role, raters: 0, total: 0 };
    t.raters += 1;
    t.total += ratingTotal(r.values);
    byRole.set(r.role, t);
  }
  return RATER_ROLES.flatMap((role) => (byRole.has(role) ? [byRole.get(role)!] : []));
}

/** Mean of the raters' means, on the 1–5 scale. */
export function roleMean(tally: RoleTally): Fraction {
  if (tally.raters <= 0) throw new RangeError("a role mean needs at least one rater");
  return fraction(tally.total, VALUES_PER_RATING * tally.raters);
}

/** Weighted mean (1–5) over the roles present; null when no role has a rating (no basis, §8.1). */
export function behaviourMean(tallies: readonly RoleTally[], weightsBp: RoleWeightsBp = DEFAULT_ROLE_WEIGHTS_BP): Fraction | null {
  let weighted = fraction(0);
  let weightSum = 0;
  for (const t of tallies) {
    if (t.raters <= 0) continue;
    const w = weightsBp[t.role];
    weighted = add(weighted, mul(fraction(w), roleMean(t)));
    weightSum += w;
  }
  if (weightSum === 0) return null;
  return div(weighted, fraction(weightSum));
}

/** The behaviour score 0–100 (percent of the top level 5); null when nobody rated (no basis). */
export function behaviourScore(tallies: readonly RoleTally[], weightsBp: RoleWeightsBp = DEFAULT_ROLE_WEIGHTS_BP): Fraction | null {
  const mean = behaviourMean(tallies, weightsBp);
  return mean === null ? null : mul(mean, fraction(100, 5));
}

export type RoleView = {
  role: RaterRole;
  /** Mean of the role on 1–5, or null when nobody of the role answered or it is withheld. */
  mean: Fraction | null;
  /** NO_RATING: nobody of this role answered; TOO_FEW: withheld for anonymity. */
  status: "SHOWN" | "NO_RATING" | "TOO_FEW";
};

export type AnonymisedResult = { roles: RoleView[]; score: Fraction | null };

/**
 * What the employee sees of their own ratings (DESIGN.md §7): per role only an average — the
 * supervisor's always (there is one), peers' and subordinates' only when at least two of them
 * answered — never who gave which score and no counts of a withheld role. The score uses every
 * rating, shown or not.
 */
export function anonymisedResult(
  tallies: readonly RoleTally[],
  weightsBp: RoleWeightsBp = DEFAULT_ROLE_WEIGHTS_BP,
  minRaters: number = MIN_ANONYMOUS_RATERS,
): AnonymisedResult {
  const roles = RATER_ROLES.map((role): RoleView => {
    const t = tallies.find((x) => x.role === role);
    if (!t || t.raters <= 0) return { role, mean: null, status: "NO_RATING" };
    if (role !== "ATASAN" && t.raters < minRaters) return { role, mean: null, status: "TOO_FEW" };
    return { role, mean: roleMean(t), status: "SHOWN" };
  });
  return { roles, score: behaviourScore(tallies, weightsBp) };
}
