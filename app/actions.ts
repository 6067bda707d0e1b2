"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { writeAudit } from "@/lib/server/audit";
import { clientIp } from "@/lib/server/auth/client-ip";
import { getSessionUser } from "@/lib/server/auth/current-user";
import { sessionCookieName } from "@/lib/server/auth/token";

/** Keluar: ends this session (the cookie is the session; nothing stays on the server). */
export async function logoutAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) {
    const ip = clientIp(await headers());
    await db.$transaction((tx) =>
      writeAudit(tx, { userId: user.userId, nip: user.nip, ip }, { action: "auth.logout", targetType: "User", targetId: user.userId }),
    );
  }
  (await cookies()).delete(sessionCookieName());
  redirect("/login?keluar=1");
}
