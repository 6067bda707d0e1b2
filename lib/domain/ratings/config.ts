/**
 * The rating settings of a year, read from its remuneration policy JSON (DESIGN.md §7, all
 * "configurable"; the defaults are the seeded values of prisma/factories.ts). A missing or
 * malformed setting falls back to its default, so a policy written before these settings existed
 * still works.
 */
export type RaterRole = "ATASAN" | "REKAN" | "BAWAHAN";
export const RATER_ROLES: readonly RaterRole[] = ["ATASAN", "REKAN", "BAWAHAN"];

export const RATER_ROLE_LABELS: Record<RaterRole, string> = { ATASAN: "Atasan", REKAN: "Rekan kerja", BAWAHAN: "Bawahan" };

/** Weights in basis points; only their ratios matter (renormalised over the roles present). */
export type RoleWeightsBp = Record<RaterRole, number>;

/** DESIGN.md §7: 50/30/20 (configurable). */
export const DEFAULT_ROLE_WEIGHTS_BP: RoleWeightsBp = { ATASAN: 5000, REKAN: 3000, BAWAHAN: 2000 };
/** DESIGN.md §7: up to three peers (configurable). */
export const DEFAULT_MAX_PEERS = 3;
/** DESIGN.md §7: the window opens on the 20th (configurable). */
export const DEFAULT_WINDOW_OPEN_DAY = 20;

export type RatingConfig = { roleWeightsBp: RoleWeightsBp; maxPeers: number; windowOpenDay: number };

export const DEFAULT_RATING_CONFIG: RatingConfig = {
  roleWeightsBp: DEFAULT_ROLE_WEIGHTS_BP,
  maxPeers: DEFAULT_MAX_PEERS,
  windowOpenDay: DEFAULT_WINDOW_OPEN_DAY,
};

const intIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;

/** The rating settings in a policy's config (`raterRoleWeightsBp`, `maxPeerRaters`, `ratingWindowOpenDay`). */
export function ratingConfigFrom(config: unknown): RatingConfig {
  const c = config && typeof config === "object" && !Array.isArray(config) ? (config as Record<string, unknown>) : {};
  const w = c.raterRoleWeightsBp && typeof c.raterRoleWeightsBp === "object" ? (c.raterRoleWeightsBp as Record<string, unknown>) : null;
  let roleWeightsBp = DEFAULT_ROLE_WEIGHTS_BP;
  if (w && intIn(w.atasan, 0, 10_000) && intIn(w.rekan, 0, 10_000) && intIn(w.bawahan, 0, 10_000) && w.atasan + w.rekan + w.bawahan > 0) {
    roleWeightsBp = { ATASAN: w.atasan, REKAN: w.rekan, BAWAHAN: w.bawahan };
  }
  return {
    roleWeightsBp,
    maxPeers: intIn(c.maxPeerRaters, 0, 50) ? c.maxPeerRaters : DEFAULT_MAX_PEERS,
    // A day past the end of a short month opens on its last day (window.ts).
    windowOpenDay: intIn(c.ratingWindowOpenDay, 1, 31) ? c.ratingWindowOpenDay : DEFAULT_WINDOW_OPEN_DAY,
  };
}
