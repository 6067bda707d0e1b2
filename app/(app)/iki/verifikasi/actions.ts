"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idListField } from "@/lib/form-fields";
import { createAction } from "@/lib/server/action";
import { reviewRealisations } from "@/lib/server/iki/review-realisations";

const ids = idListField({ max: 500, message: "Pilihan realisasi tidak valid." });

const schema = z.object({
  ids,
  decision: z.enum(["VERIFY", "RETURN"], { message: "Pilih Verifikasi atau Kembalikan." }),
  note: z.string().max(2000, "Catatan paling banyak 2.000 karakter.").default(""),
  bulan: z.string().regex(/^\d{4}-\d{2}$/).optional(),
});

export const reviewRealisationsAction = createAction({ schema }, async (input, { actor, ip }) => {
  const { count } = await reviewRealisations({ actor: { ...actor, ip }, ids: input.ids, decision: input.decision, note: input.note });
  revalidatePath("/iki/verifikasi");
  const done = input.decision === "VERIFY" ? "diverifikasi" : "dikembalikan";
  redirect(`/iki/verifikasi?${input.bulan ? `bulan=${input.bulan}&` : ""}selesai=${done}&jumlah=${count}`);
});
