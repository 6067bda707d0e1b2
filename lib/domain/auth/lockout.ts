/**
 * Login lockout (DESIGN.md §12): five failed logins lock the NIP for 15 minutes.
 *
 * Derived from the attempt history of a NIP rather than a counter on the account, so that a NIP
 * that does not exist behaves exactly like one that does (no user enumeration) and every app
 * instance sees the same state.
 *
 * Rule: failures count while they are less than `windowMinutes` apart from the first failure of
 * the series and no successful login came in between; the `maxFailures`-th locks the NIP until
 * `lockMinutes` after it. Attempts made while locked neither count nor extend the lock.
 */
export type LoginAttemptRecord = { at: Date; success: boolean };

export type LockoutPolicy = { maxFailures: number; lockMinutes: number; windowMinutes: number };

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMinutes: 15, windowMinutes: 15 };

export type LockoutState = { locked: boolean; lockedUntil: Date | null; failures: number };

const MINUTE = 60_000;

export function lockoutState(
  attempts: readonly LoginAttemptRecord[],
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): LockoutState {
  const sorted = [...attempts].sort((a, b) => a.at.getTime() - b.at.getTime());
  let failures = 0;
  let seriesStart: number | null = null;
  let lockedUntil: number | null = null;

  for (const attempt of sorted) {
    const t = attempt.at.getTime();
    if (lockedUntil !== null) {
      if (t < lockedUntil) continue;
      lockedUntil = null;
    }
    if (attempt.success) {
      failures = 0;
      seriesStart = null;
      continue;
    }
    if (seriesStart === null || t - seriesStart >= policy.windowMinutes * MINUTE) {
      seriesStart = t;
      failures = 0;
    }
    failures += 1;
    if (failures >= policy.maxFailures) {
      lockedUntil = t + policy.lockMinutes * MINUTE;
      failures = 0;
      seriesStart = null;
    }
  }

  const nowMs = now.getTime();
  if (lockedUntil !== null && nowMs < lockedUntil) {
    return { locked: true, lockedUntil: new Date(lockedUntil), failures: policy.maxFailures };
  }
  if (seriesStart !== null && nowMs - seriesStart >= policy.windowMinutes * MINUTE) failures = 0;
  return { locked: false, lockedUntil: null, failures };
}

/** How far back the attempt history must be read to decide the state. */
export function lockoutLookbackMinutes(policy: LockoutPolicy = DEFAULT_LOCKOUT): number {
  return policy.windowMinutes + policy.lockMinutes;
}
