"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { approveActivities, rejectActivities, REJECT_REASON_MAX } from "@/lib/server/activities/review-activities";

const id = z.coerce.number({ message: "Aktivitas tidak valid." }).int("Aktivitas tidak valid.").positive("Aktivitas tidak valid.");

const schema = z.object({
  decision: z.enum(["APPROVE", "REJECT"], { message: "Pilih Setujui atau Tolak." }),
  ids: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(5000, "Terlalu banyak aktivitas dipilih sekaligus.")),
  /** A per-entry Setujui button: only that entry, whatever else is ticked. */
  only: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  reason: z.string().max(REJECT_REASON_MAX, "Alasan penolakan terlalu panjang.").default(""),
});

export const reviewActivitiesAction = createAction({ schema }, async (input, { actor, ip }) => {
  const ids = input.only !== undefined ? [input.only] : input.ids;
  const service = { actor: { ...actor, ip }, ids };
  const result = input.decision === "APPROVE" ? await approveActivities(service) : await rejectActivities({ ...service, reason: input.reason });
  revalidatePath("/aktivitas/persetujuan");
  const people = result.owners === 1 ? "" : ` dari ${result.owners} pegawai`;
  return {
    ok: true,
    message: input.decision === "APPROVE" ? `${result.count} aktivitas${people} disetujui.` : `${result.count} aktivitas${people} ditolak; pegawai diberi tahu alasannya.`,
  };
});
