import { parseNip } from "../nip";

/** DESIGN.md §12: a reset link is valid for 30 minutes. */
export const RESET_TOKEN_TTL_MINUTES = 30;
/** At most this many reset e-mails per account per hour (configurable here); more are dropped silently. */
export const RESET_MAX_PER_ACCOUNT_PER_HOUR = 3;
/** At most this many reset e-mails caused from one client IP per hour; more are dropped silently. */
export const RESET_MAX_PER_IP_PER_HOUR = 10;

export type ResetIdentifier =
  | { kind: "nip"; nip: string }
  | { kind: "email"; email: string }
  | { kind: "invalid" };

/** "NIP atau E-mail": 18 digits (spaces allowed) is a NIP, anything with one "@" an e-mail. */
export function classifyResetIdentifier(input: string): ResetIdentifier {
  const value = input.trim();
  if (value.length === 0 || value.length > 254) return { kind: "invalid" };
  if (value.includes("@")) {
    return /^[^\s@]+@[^\s@]+$/.test(value) ? { kind: "email", email: value.toLowerCase() } : { kind: "invalid" };
  }
  const parsed = parseNip(value.replace(/\s+/g, ""));
  return parsed.ok ? { kind: "nip", nip: parsed.nip } : { kind: "invalid" };
}

export type ResetTokenState = "VALID" | "EXPIRED" | "USED";

/** A token works once, until it expires; an older token replaced by a newer one is expired. */
export function resetTokenState(token: { expiresAt: Date; usedAt: Date | null }, now: Date): ResetTokenState {
  if (token.usedAt) return "USED";
  return now.getTime() < token.expiresAt.getTime() ? "VALID" : "EXPIRED";
}

export function resetTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + RESET_TOKEN_TTL_MINUTES * 60_000);
}
