"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { createAnnouncement, endAnnouncement } from "@/lib/server/announcements/service";

const isAdmin = (a: { role: string }) => a.role === "ADMIN_OPD" || a.role === "ADMIN_BKD";

const createSchema = z.object({
  title: z.string().max(1000).default(""),
  body: z.string().max(10000).default(""),
  validFrom: z.string().max(20).default(""),
  validUntil: z.string().max(20).default(""),
  opdId: z.string().optional().transform((v) => (v ? Number(v) : null)).refine((v) => v === null || (Number.isInteger(v) && v > 0), "Pilihan perangkat daerah tidak valid."),
});

export const createAnnouncementAction = createAction({ schema: createSchema, authorize: isAdmin }, async (input, { actor, ip }) => {
  const { opdId, ...data } = input;
  await createAnnouncement({ actor: { ...actor, ip }, opdId, data });
  revalidatePath("/admin/pengumuman");
  revalidatePath("/");
  return { ok: true, message: "Pengumuman diterbitkan." };
});

export const endAnnouncementAction = createAction({ schema: z.object({ id: z.coerce.number().int().positive() }), authorize: isAdmin }, async (input, { actor, ip }) => {
  await endAnnouncement({ actor: { ...actor, ip }, id: input.id });
  revalidatePath("/admin/pengumuman");
  return { ok: true, message: "Pengumuman diakhiri." };
});
