"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { changeOwnPassword } from "@/lib/server/auth/change-password";
import { encodeSessionToken, sessionCookieName, sessionCookieOptions } from "@/lib/server/auth/token";
import { updateOwnContact } from "@/lib/server/profile/update-contact";
import { updateOwnEmailPreferences } from "@/lib/server/profile/update-email-preferences";

const contactSchema = z.object({
  email: z.string().max(300, "Alamat e-mail terlalu panjang.").default(""),
  phone: z.string().max(40, "Nomor telepon terlalu panjang.").default(""),
});

export const updateContactAction = createAction({ schema: contactSchema }, async (input, { actor, ip }) => {
  const result = await updateOwnContact({ actor: { ...actor, ip }, email: input.email, phone: input.phone });
  if (!result.changed) return { ok: true, message: "Tidak ada perubahan." };
  revalidatePath("/profil");
  return { ok: true, message: "Kontak disimpan.", data: { email: result.email, phone: result.phone } };
});

const preferencesSchema = z.object({
  kinds: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});

export const updatePreferencesAction = createAction({ schema: preferencesSchema }, async (input, { actor, ip }) => {
  const result = await updateOwnEmailPreferences({ actor: { ...actor, ip }, kinds: input.kinds });
  if (!result.changed) return { ok: true, message: "Tidak ada perubahan." };
  revalidatePath("/profil");
  return { ok: true, message: "Pilihan notifikasi e-mail disimpan." };
});

const passwordSchema = z.object({
  currentPassword: z.string().min(1, "Isi kata sandi saat ini."),
  newPassword: z.string().min(1, "Isi kata sandi baru."),
  confirmPassword: z.string().min(1, "Ulangi kata sandi baru."),
});

export const changePasswordAction = createAction({ schema: passwordSchema }, async (input, { actor, ip }) => {
  const { sessionVersion } = await changeOwnPassword({
    userId: actor.userId,
    currentPassword: input.currentPassword,
    newPassword: input.newPassword,
    confirmPassword: input.confirmPassword,
    requireCurrent: true,
    ip,
  });
  // Every other session ended with the new version; this one continues with it.
  const now = Math.floor(Date.now() / 1000);
  const token = await encodeSessionToken({ ...actor.token, sv: sessionVersion, mcp: false, seenAt: now });
  (await cookies()).set(sessionCookieName(), token, sessionCookieOptions());
  return { ok: true, message: "Kata sandi berhasil diganti. Sesi di perangkat lain telah diakhiri." };
});
