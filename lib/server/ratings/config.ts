import "server-only";
import { ratingConfigFrom, type RatingConfig } from "@/lib/domain/ratings/config";
import { ratingWindow, type RatingWindow } from "@/lib/domain/ratings/window";
import type { Db, Tx } from "../prisma-client";
import { getMonthLock } from "../periods/month-lock";

/** The rating settings of `year`: from its newest remuneration policy (configurable), else the defaults. */
export async function loadRatingConfig(client: Db | Tx, year: number): Promise<RatingConfig> {
  const policy = await client.remunerationPolicy.findFirst({ where: { year }, orderBy: { version: "desc" }, select: { config: true } });
  return ratingConfigFrom(policy?.config ?? null);
}

export type RatingWindowInfo = RatingWindow & { lockAt: Date; lockedAt: Date | null };

/** Whether the rating form of year/month is open at `now` (DESIGN.md §7), with when it opens and locks. */
export async function getRatingWindow(client: Db | Tx, input: { year: number; month: number; now: Date }): Promise<RatingWindowInfo> {
  const [config, lock] = await Promise.all([loadRatingConfig(client, input.year), getMonthLock(client, input)]);
  const window = ratingWindow({ year: input.year, month: input.month, openDay: config.windowOpenDay, lock, now: input.now });
  return { ...window, lockAt: lock.lockAt, lockedAt: lock.locked ? (lock.lockedAt ?? lock.lockAt) : null };
}
