"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";

/** Marks all of the signed-in employee's notifications as read (only their own: the where says so). */
export const markAllReadAction = createAction({ schema: z.object({}) }, async (_input, { actor }) => {
  const { count } = await db.notification.updateMany({ where: { employeeId: actor.employeeId, readAt: null }, data: { readAt: new Date() } });
  revalidatePath("/notifikasi");
  revalidatePath("/");
  return { ok: true, message: count > 0 ? `${count} notifikasi ditandai sudah dibaca.` : "Tidak ada notifikasi baru." };
});
