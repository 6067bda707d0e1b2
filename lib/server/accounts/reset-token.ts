import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { resetTokenState } from "@/lib/domain/accounts/password-reset";
import { db } from "../db";

/** 32 random bytes as base64url (43 characters): the part of the link only the e-mail holds. */
export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

/** Only this SHA-256 (hex) is stored (DESIGN.md §12): a database leak gives no usable link. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedResetToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function resetLink(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/reset-kata-sandi/${token}`;
}

export const INVALID_RESET_LINK_MESSAGE =
  "Tautan pengaturan ulang ini tidak berlaku: sudah dipakai, sudah kedaluwarsa (berlaku 30 menit), atau sudah diganti dengan tautan yang lebih baru. Minta tautan baru melalui Lupa Kata Sandi.";

/** Whether a link can still be used, for the page to show the form or the "request again" message. */
export async function isResetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  if (!isWellFormedResetToken(token)) return false;
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { expiresAt: true, usedAt: true, user: { select: { status: true } } },
  });
  return !!row && row.user.status === "ACTIVE" && resetTokenState(row, now) === "VALID";
}
