"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { setPredikat } from "@/lib/server/scoring/set-predikat";
import { EVALUATION_PERIODS } from "@/lib/server/scoring/period";
import { EXPECTATIONS, PREDIKAT_LABELS } from "@/lib/domain/scoring/predikat";

const schema = z.object({
  employeeId: z.coerce.number().int().positive("Pegawai tidak valid."),
  year: z.coerce.number().int().min(2000, "Tahun tidak valid.").max(2100, "Tahun tidak valid."),
  period: z.enum(EVALUATION_PERIODS, { message: "Pilih periode penilaian." }),
  hasil: z.enum(EXPECTATIONS, { message: "Pilih rating hasil kerja." }),
  perilaku: z.enum(EXPECTATIONS, { message: "Pilih rating perilaku." }),
  note: z.string().max(2000, "Catatan paling banyak 2.000 karakter.").default(""),
});

export const setPredikatAction = createAction({ schema }, async (input, { actor, ip }) => {
  const result = await setPredikat({ actor: { ...actor, ip }, ...input });
  revalidatePath("/laporan/tim");
  return { ok: true, message: `Predikat ditetapkan: ${PREDIKAT_LABELS[result.predikat]}.` };
});
