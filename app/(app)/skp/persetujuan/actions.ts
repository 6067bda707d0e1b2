"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { reviewSkp } from "@/lib/server/skp/review-skp";

const schema = z.object({
  versionId: z.coerce.number({ message: "SKP tidak valid." }).int().positive("SKP tidak valid."),
  decision: z.enum(["APPROVE", "RETURN"], { message: "Pilih Setujui atau Kembalikan." }),
  note: z.string().max(2000, "Catatan paling banyak 2.000 karakter.").default(""),
});

export const reviewSkpAction = createAction({ schema }, async (input, { actor, ip }) => {
  await reviewSkp({ actor: { ...actor, ip }, versionId: input.versionId, decision: input.decision, note: input.note });
  revalidatePath("/skp/persetujuan");
  redirect(`/skp/persetujuan?selesai=${input.decision === "APPROVE" ? "disetujui" : "dikembalikan"}`);
});
