"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idListField } from "@/lib/form-fields";
import { createAction } from "@/lib/server/action";
import { deleteActivity } from "@/lib/server/activities/delete-activity";
import { saveActivity } from "@/lib/server/activities/save-activity";
import { submitActivities } from "@/lib/server/activities/submit-activities";

const optionalId = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) {
      ctx.addIssue({ code: "custom", message: "Pilihan tidak valid." });
      return z.NEVER;
    }
    return n;
  });

const ids = idListField();

const saveSchema = z.object({
  id: optionalId,
  clientRequestId: z.string().max(100).optional(),
  date: z.string().min(1, "Isi tanggal aktivitas.").max(10, "Tanggal tidak valid."),
  startTime: z.string().max(10).default(""),
  endTime: z.string().max(10).default(""),
  rhkId: optionalId,
  instructionId: optionalId,
  description: z.string().max(4000, "Uraian terlalu panjang.").default(""),
  outputQuantity: z.string().max(40).default(""),
  outputUnit: z.string().max(200).default(""),
  evidenceIds: ids,
  submit: z.enum(["0", "1"]).default("0"),
});

export const saveActivityAction = createAction({ schema: saveSchema }, async (input, { actor, ip }) => {
  const result = await saveActivity({
    actor: { ...actor, ip },
    activity: { ...input, clientRequestId: input.clientRequestId || null, submit: input.submit === "1" },
  });
  // No revalidatePath here: the form refreshes the day's list itself once the save is acknowledged
  // (components/activities/activity-form.tsx), so the month-end peak's POSTs stay small; a
  // revalidatePath made every save render the page twice (in this answer and in that refresh).
  const submitted = result.status === "DIAJUKAN";
  return { ok: true, message: submitted ? "Aktivitas disimpan dan diajukan ke atasan." : "Aktivitas disimpan sebagai draf.", data: { id: result.id, status: result.status } };
});

export const submitActivitiesAction = createAction({ schema: z.object({ ids }) }, async (input, { actor, ip }) => {
  const { submitted } = await submitActivities({ actor: { ...actor, ip }, ids: input.ids });
  revalidatePath("/aktivitas");
  return { ok: true, message: `${submitted} aktivitas diajukan.` };
});

export const deleteActivityAction = createAction({ schema: z.object({ id: z.coerce.number().int().positive() }) }, async (input, { actor, ip }) => {
  await deleteActivity({ actor: { ...actor, ip }, id: input.id });
  revalidatePath("/aktivitas");
  return { ok: true, message: "Aktivitas dihapus." };
});
