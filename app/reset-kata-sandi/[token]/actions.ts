"use server";

import { z } from "zod";
import { completePasswordReset } from "@/lib/server/accounts/complete-password-reset";
import { createPublicAction } from "@/lib/server/public-action";

const schema = z.object({
  token: z.string().min(1).max(200),
  newPassword: z.string().min(1, "Isi kata sandi baru.").max(500),
  confirmPassword: z.string().min(1, "Ulangi kata sandi baru."),
});

export const completeResetAction = createPublicAction({ schema }, async (input, { ip }) => {
  await completePasswordReset({ ...input, ip });
  return { ok: true, message: "Kata sandi baru telah disimpan. Semua sesi lain telah diakhiri; silakan masuk dengan kata sandi baru." };
});
