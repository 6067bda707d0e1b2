"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { allowed } from "@/lib/server/authz";
import { saveRemunerationPolicy } from "@/lib/server/remuneration/save-policy";
import { text } from "../form-schemas";

export const savePolicyAction = createAction(
  {
    schema: z.object({ year: z.coerce.number({ error: "Tahun tidak valid." }).int("Tahun tidak valid."), config: text, note: text }),
    authorize: (actor) => allowed(actor, "policy.manage"),
  },
  async (input, { actor, ip }) => {
    const saved = await saveRemunerationPolicy({ actor: { ...actor, ip }, year: input.year, configText: input.config, note: input.note });
    revalidatePath("/admin/kebijakan");
    return { ok: true, message: saved.created ? `Kebijakan TRK ${input.year} versi ${saved.version} disimpan.` : `Tidak ada perubahan; versi ${saved.version} tetap berlaku.` };
  },
);
