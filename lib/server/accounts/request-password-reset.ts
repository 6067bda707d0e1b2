import "server-only";
import { formatPersonName } from "@/lib/domain/person-name";
import {
  classifyResetIdentifier,
  RESET_MAX_PER_ACCOUNT_PER_HOUR,
  RESET_MAX_PER_IP_PER_HOUR,
  RESET_TOKEN_TTL_MINUTES,
  resetTokenExpiry,
} from "@/lib/domain/accounts/password-reset";
import { env } from "@/lib/env";
import { writeAudit } from "../audit";
import { db } from "../db";
import { sendMailSafely } from "../mail/transport";
import { passwordResetLinkMail } from "../mail/templates";
import { expireOpenResetTokens } from "./managed-account";
import { newResetToken, resetLink } from "./reset-token";

export const RESET_REQUEST_AUDIT_ACTION = "auth.password_reset_requested";

/** Why a request did or did not produce an e-mail: recorded in the audit log, never shown. */
export type ResetRequestOutcome =
  | "SENT"
  | "NO_MATCH"
  | "AMBIGUOUS_EMAIL"
  | "NOT_ACTIVE"
  | "NO_EMAIL"
  | "ACCOUNT_LIMITED"
  | "IP_LIMITED";

const HOUR = 60 * 60_000;

const candidateSelect = {
  id: true,
  nip: true,
  name: true,
  frontTitle: true,
  backTitle: true,
  email: true,
  user: { select: { id: true, status: true } },
} as const;

async function findCandidates(identifier: ReturnType<typeof classifyResetIdentifier>) {
  if (identifier.kind === "nip") {
    const one = await db.employee.findUnique({ where: { nip: identifier.nip }, select: candidateSelect });
    return one ? [one] : [];
  }
  if (identifier.kind === "email") {
    return db.employee.findMany({
      where: { email: { equals: identifier.email, mode: "insensitive" } },
      select: candidateSelect,
      take: 2,
    });
  }
  return [];
}

/**
 * Lupa Kata Sandi (DESIGN.md §12): NIP or e-mail in. When it names exactly one ACTIVE account
 * with an e-mail address, within the limits (per account and per IP, per hour), a new single-use
 * link valid 30 minutes replaces any older one and is e-mailed. Whatever happens, the caller gets
 * the same result and shows the same answer; the outcome is only audited. The e-mail is sent by
 * `deliver` (call it after responding, e.g. with Next's `after`) so the answer's timing does not
 * depend on the mail server.
 */
export async function requestPasswordReset(input: {
  identifier: string;
  ip: string;
  now?: Date;
}): Promise<{ deliver: () => Promise<void> }> {
  const now = input.now ?? new Date();
  const hourAgo = new Date(now.getTime() - HOUR);
  const identifier = classifyResetIdentifier(input.identifier);

  // The same reads whatever the input: the IP count, the lookup, the account count. The IP limit
  // counts the links this address caused to be e-mailed (a request that sends nothing costs nothing).
  const ipRequests = await db.passwordResetToken.count({
    where: { requestIp: input.ip, createdAt: { gte: hourAgo } },
  });
  const candidates = await findCandidates(identifier);
  const match = candidates.length === 1 ? candidates[0]! : null;
  const accountRequests = await db.passwordResetToken.count({
    where: { userId: match?.user?.id ?? -1, createdAt: { gte: hourAgo } },
  });

  let outcome: ResetRequestOutcome;
  if (ipRequests >= RESET_MAX_PER_IP_PER_HOUR) outcome = "IP_LIMITED";
  else if (candidates.length > 1) outcome = "AMBIGUOUS_EMAIL";
  else if (!match) outcome = "NO_MATCH";
  else if (match.user?.status !== "ACTIVE") outcome = "NOT_ACTIVE";
  else if (!match.email) outcome = "NO_EMAIL";
  else if (accountRequests >= RESET_MAX_PER_ACCOUNT_PER_HOUR) outcome = "ACCOUNT_LIMITED";
  else outcome = "SENT";

  const { token, tokenHash } = newResetToken();
  const expiresAt = resetTokenExpiry(now);
  await db.$transaction(async (tx) => {
    if (outcome === "SENT") {
      await expireOpenResetTokens(tx, match!.user!.id, now);
      await tx.passwordResetToken.create({
        data: { userId: match!.user!.id, tokenHash, expiresAt, requestIp: input.ip, createdAt: now },
      });
    }
    await writeAudit(tx, { userId: null, nip: null, ip: input.ip }, {
      action: RESET_REQUEST_AUDIT_ACTION,
      targetType: "User",
      targetId: match?.user?.id ?? null,
      after: { outcome, via: identifier.kind, ...(outcome === "SENT" ? { expiresAt } : {}) },
    });
  });

  if (outcome !== "SENT") return { deliver: async () => undefined };
  const person = match!;
  const mail = passwordResetLinkMail({
    name: formatPersonName(person),
    nip: person.nip,
    link: resetLink(env().APP_URL, token),
    validMinutes: RESET_TOKEN_TTL_MINUTES,
    expiresAt,
  });
  return {
    deliver: async () => {
      await sendMailSafely({ to: person.email!, ...mail });
    },
  };
}
