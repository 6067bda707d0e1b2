"use server";

import { after } from "next/server";
import { z } from "zod";
import { classifyResetIdentifier } from "@/lib/domain/accounts/password-reset";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { createPublicAction } from "@/lib/server/public-action";

/** The one answer, whether or not the NIP or e-mail belongs to an account (DESIGN.md §12). */
const ANSWER =
  "Jika data cocok dengan akun aktif, tautan pengaturan ulang telah dikirim ke e-mail terdaftar. Tautan berlaku 30 menit dan hanya dapat dipakai satu kali. Periksa juga folder spam.";

/** Every answer takes at least this long, so a match and a miss cannot be told apart by timing. */
const MIN_ANSWER_MS = 800;

const schema = z.object({
  identifier: z.string().trim().min(1, "Isi NIP atau alamat e-mail Anda.").max(254, "Isian terlalu panjang."),
});

export const requestResetAction = createPublicAction({ schema }, async ({ identifier }, { ip }) => {
  const started = Date.now();
  if (classifyResetIdentifier(identifier).kind === "invalid") {
    const message = "Masukkan NIP (18 digit angka) atau alamat e-mail yang terdaftar.";
    return { ok: false, code: "VALIDATION", formError: message, fieldErrors: { identifier: [message] } };
  }
  const { deliver } = await requestPasswordReset({ identifier, ip });
  // The e-mail goes out after the answer, so the mail server's speed does not show either.
  after(deliver);
  const wait = MIN_ANSWER_MS - (Date.now() - started);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return { ok: true, message: ANSWER };
});
