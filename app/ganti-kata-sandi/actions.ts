"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { changeOwnPassword } from "@/lib/server/auth/change-password";
import { encodeSessionToken, sessionCookieName, sessionCookieOptions } from "@/lib/server/auth/token";

const schema = z.object({
  newPassword: z.string().min(1, "Isi kata sandi baru."),
  confirmPassword: z.string().min(1, "Ulangi kata sandi baru."),
});

export const changeTemporaryPasswordAction = createAction(
  { schema, allowMustChange: true },
  async (input, { actor, ip }) => {
    if (!actor.mustChangePassword) redirect("/profil");
    const { sessionVersion } = await changeOwnPassword({
      userId: actor.userId,
      newPassword: input.newPassword,
      confirmPassword: input.confirmPassword,
      requireCurrent: false,
      ip,
    });
    // Other sessions ended with the new session version; this one continues with it.
    const now = Math.floor(Date.now() / 1000);
    const token = await encodeSessionToken({ ...actor.token, sv: sessionVersion, mcp: false, seenAt: now });
    (await cookies()).set(sessionCookieName(), token, sessionCookieOptions());
    redirect("/?sandi=diganti");
  },
);
