"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { createPosition } from "@/lib/server/admin/positions/create-position";
import { updatePosition } from "@/lib/server/admin/positions/update-position";
import { deactivatePosition } from "@/lib/server/admin/positions/deactivate-position";
import { id, isAdmin, optionalId, text } from "../form-schemas";

const fields = { name: text, kelasJabatan: text, kind: text };

export const createPositionAction = createAction(
  { schema: z.object({ ...fields, opdId: optionalId }), authorize: isAdmin },
  async (input, { actor, ip }) => {
    await createPosition({ ...actor, ip }, input);
    revalidatePath("/admin/jabatan");
    return { ok: true, message: "Jabatan ditambahkan." };
  },
);

export const updatePositionAction = createAction(
  { schema: z.object({ ...fields, positionId: id("Jabatan tidak dikenal.") }), authorize: isAdmin },
  async (input, { actor, ip }) => {
    const { changed } = await updatePosition({ ...actor, ip }, input);
    revalidatePath("/admin/jabatan");
    return { ok: true, message: changed ? "Jabatan tersimpan." : "Tidak ada perubahan." };
  },
);

export const deactivatePositionAction = createAction(
  { schema: z.object({ positionId: id("Jabatan tidak dikenal.") }), authorize: isAdmin },
  async (input, { actor, ip }) => {
    await deactivatePosition({ ...actor, ip }, input);
    revalidatePath("/admin/jabatan");
    return { ok: true, message: "Jabatan dinonaktifkan." };
  },
);
