"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { BERAKHLAK_KEYS } from "@/lib/domain/ratings/berakhlak";
import { createAction } from "@/lib/server/action";
import { submitRating } from "@/lib/server/ratings/submit-rating";

// The seven values are checked by the service (each refusal names its value); here only their shape.
const value = z.string().max(10).optional();

const schema = z.object({
  assignmentId: z.coerce.number({ message: "Penilaian tidak valid." }).int("Penilaian tidak valid.").positive("Penilaian tidak valid."),
  comment: z.string().max(5000, "Komentar paling banyak 1000 karakter.").optional(),
  ...(Object.fromEntries(BERAKHLAK_KEYS.map((k) => [k, value])) as Record<(typeof BERAKHLAK_KEYS)[number], typeof value>),
});

export const submitRatingAction = createAction({ schema }, async (input, { actor, ip }) => {
  const values = Object.fromEntries(BERAKHLAK_KEYS.map((k) => [k, input[k] ?? ""]));
  const result = await submitRating({ actor: { ...actor, ip }, assignmentId: input.assignmentId, values, comment: input.comment ?? null });
  revalidatePath("/penilaian");
  return { ok: true, message: result.created ? "Penilaian disimpan. Anda masih dapat mengubahnya sampai bulan dikunci." : "Perubahan penilaian disimpan." };
});
