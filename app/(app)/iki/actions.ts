"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idListField } from "@/lib/form-fields";
import { createAction } from "@/lib/server/action";
import { saveRealisation } from "@/lib/server/iki/save-realisation";

const positiveInt = (message: string) => z.coerce.number({ message }).int(message).positive(message);

const ids = idListField({ max: 20, message: "Pilihan berkas bukti tidak valid." });

const saveSchema = z.object({
  ikiId: positiveInt("IKI tidak valid."),
  year: positiveInt("Tahun tidak valid."),
  month: positiveInt("Bulan tidak valid."),
  value: z.string().max(40, "Nilai realisasi terlalu panjang.").default(""),
  note: z.string().max(2000, "Catatan paling banyak 2.000 karakter.").default(""),
  evidenceIds: ids,
  submit: z.enum(["0", "1"]).default("0"),
});

export const saveRealisationAction = createAction({ schema: saveSchema }, async (input, { actor, ip }) => {
  const result = await saveRealisation({ actor: { ...actor, ip }, ...input, submit: input.submit === "1" });
  revalidatePath("/iki");
  return {
    ok: true,
    message: result.status === "DIAJUKAN" ? "Realisasi disimpan dan diajukan ke atasan untuk diverifikasi." : "Realisasi disimpan.",
    data: { id: result.id },
  };
});
