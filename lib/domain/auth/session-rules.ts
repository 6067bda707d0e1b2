/**
 * Session lifetime (DESIGN.md §12): a session ends 8 hours after login and after 60 minutes
 * without a request. `seenAt` is refreshed at most once a minute to keep cookie writes rare.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_IDLE_SECONDS = 60 * 60;
export const SESSION_TOUCH_INTERVAL_SECONDS = 60;

export type SessionTimes = { loginAt: number; seenAt: number }; // epoch seconds

export type SessionExpiry = "LIFETIME" | "IDLE" | null;

export function sessionExpiry(times: SessionTimes, nowSeconds: number): SessionExpiry {
  if (nowSeconds - times.loginAt >= SESSION_MAX_AGE_SECONDS) return "LIFETIME";
  if (nowSeconds - times.seenAt >= SESSION_IDLE_SECONDS) return "IDLE";
  return null;
}

export function shouldTouchSession(times: SessionTimes, nowSeconds: number): boolean {
  return nowSeconds - times.seenAt >= SESSION_TOUCH_INTERVAL_SECONDS;
}
