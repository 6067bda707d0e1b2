"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { createUnit } from "@/lib/server/admin/units/create-unit";
import { renameUnit } from "@/lib/server/admin/units/rename-unit";
import { moveUnit } from "@/lib/server/admin/units/move-unit";
import { deactivateUnit } from "@/lib/server/admin/units/deactivate-unit";
import { id, isAdmin, optionalId, text } from "../form-schemas";

export const createUnitAction = createAction(
  { schema: z.object({ opdId: optionalId, parentId: optionalId, name: text, code: text }), authorize: isAdmin },
  async (input, { actor, ip }) => {
    await createUnit({ ...actor, ip }, { ...input, parentId: input.parentId ?? null });
    revalidatePath("/admin/unit");
    return { ok: true, message: "Unit kerja ditambahkan." };
  },
);

export const renameUnitAction = createAction(
  { schema: z.object({ unitId: id("Unit tidak dikenal."), name: text, code: text }), authorize: isAdmin },
  async (input, { actor, ip }) => {
    const { changed } = await renameUnit({ ...actor, ip }, input);
    revalidatePath("/admin/unit");
    return { ok: true, message: changed ? "Unit kerja tersimpan." : "Tidak ada perubahan." };
  },
);

export const moveUnitAction = createAction(
  { schema: z.object({ unitId: id("Unit tidak dikenal."), parentId: id("Pilih unit induk.") }), authorize: isAdmin },
  async (input, { actor, ip }) => {
    const { changed } = await moveUnit({ ...actor, ip }, input);
    revalidatePath("/admin/unit");
    return { ok: true, message: changed ? "Unit kerja dipindahkan." : "Unit induk tidak berubah." };
  },
);

export const deactivateUnitAction = createAction(
  { schema: z.object({ unitId: id("Unit tidak dikenal.") }), authorize: isAdmin },
  async (input, { actor, ip }) => {
    await deactivateUnit({ ...actor, ip }, input);
    revalidatePath("/admin/unit");
    return { ok: true, message: "Unit kerja dinonaktifkan." };
  },
);
