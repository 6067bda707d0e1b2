"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idListField } from "@/lib/form-fields";
import { parseWibDateTime } from "@/lib/domain/instructions/input";
import { createAction } from "@/lib/server/action";
import { cancelInstruction } from "@/lib/server/instructions/cancel-instruction";
import { issueInstruction } from "@/lib/server/instructions/issue-instruction";
import { markInstructionDone } from "@/lib/server/instructions/mark-instruction-done";

const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .refine((v) => v.every((x) => /^[1-9]\d{0,9}$/.test(x)), "Pilihan penerima tidak valid.")
  .transform((v) => v.map(Number));

const issueSchema = z.object({
  title: z.string().default(""),
  description: z.string().default(""),
  deadlineDate: z.string().default(""),
  deadlineTime: z.string().default(""),
  mode: z.enum(["people", "unit"], { message: "Pilih cara menentukan penerima." }).default("people"),
  recipientIds: ids,
  unitId: z.string().default(""),
  includeSubunits: z.string().optional(),
});

export const issueInstructionAction = createAction({ schema: issueSchema }, async (input, { actor, ip }) => {
  const byUnit = input.mode === "unit";
  const unitId = byUnit && input.unitId ? Number(input.unitId) : null;
  if (byUnit && (!Number.isInteger(unitId) || unitId! <= 0)) {
    return { ok: false, formError: "Periksa kembali isian yang ditandai.", fieldErrors: { unitId: ["Pilih unit kerja."] } };
  }
  const { instructionId } = await issueInstruction({
    actor: { ...actor, ip },
    title: input.title,
    description: input.description,
    deadline: parseWibDateTime(input.deadlineDate, input.deadlineTime),
    recipientEmployeeIds: byUnit ? [] : input.recipientIds,
    unitId,
    includeSubunits: byUnit && input.includeSubunits === "on",
  });
  revalidatePath("/instruksi");
  redirect(`/instruksi/${instructionId}?selesai=diberikan`);
});

const doneSchema = z.object({
  instructionId: z.coerce.number({ message: "Instruksi tidak valid." }).int().positive("Instruksi tidak valid."),
  note: z.string().max(2000, "Catatan paling banyak 2.000 karakter.").default(""),
  evidenceIds: idListField({ max: 5 }),
});

export const markInstructionDoneAction = createAction({ schema: doneSchema }, async (input, { actor, ip }) => {
  await markInstructionDone({ actor: { ...actor, ip }, instructionId: input.instructionId, note: input.note, evidenceIds: input.evidenceIds });
  revalidatePath(`/instruksi/${input.instructionId}`);
  revalidatePath("/instruksi");
  redirect(`/instruksi/${input.instructionId}?selesai=ditandai`);
});

const cancelSchema = z.object({ instructionId: z.coerce.number({ message: "Instruksi tidak valid." }).int().positive("Instruksi tidak valid.") });

export const cancelInstructionAction = createAction({ schema: cancelSchema }, async (input, { actor, ip }) => {
  await cancelInstruction({ actor: { ...actor, ip }, instructionId: input.instructionId });
  revalidatePath(`/instruksi/${input.instructionId}`);
  revalidatePath("/instruksi");
  redirect(`/instruksi/${input.instructionId}?selesai=dibatalkan`);
});
