"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { saveSkpDraft } from "@/lib/server/skp/save-draft";
import { startRevision } from "@/lib/server/skp/start-revision";
import { startSkp } from "@/lib/server/skp/start-skp";
import { submitSkp } from "@/lib/server/skp/submit-skp";

const year = z.coerce.number({ message: "Tahun tidak valid." }).int("Tahun tidak valid.").min(2000, "Tahun tidak valid.").max(2100, "Tahun tidak valid.");
const versionId = z.coerce.number({ message: "SKP tidak valid." }).int().positive("SKP tidak valid.");

export const startSkpAction = createAction({ schema: z.object({ year }) }, async (input, { actor, ip }) => {
  await startSkp({ actor: { ...actor, ip }, year: input.year });
  revalidatePath("/skp");
  return { ok: true, message: `SKP ${input.year} dibuat sebagai draf.` };
});

export const startRevisionAction = createAction({ schema: z.object({ year }) }, async (input, { actor, ip }) => {
  await startRevision({ actor: { ...actor, ip }, year: input.year });
  revalidatePath("/skp");
  return { ok: true, message: "Revisi dibuat. SKP yang disetujui tetap berlaku sampai revisi disetujui." };
});

const saveSchema = z.object({
  versionId,
  document: z.string().max(2_000_000, "Isian SKP terlalu besar.").transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "Isian SKP tidak dapat dibaca." });
      return z.NEVER;
    }
  }),
});

/** Autosave of the editor: the whole document each time. */
export const saveSkpDraftAction = createAction({ schema: saveSchema }, async (input, { actor, ip }) => {
  const result = await saveSkpDraft({ actor: { ...actor, ip }, versionId: input.versionId, document: input.document });
  return {
    ok: true,
    data: { savedAt: result.savedAt.toISOString(), changed: result.changed, errors: result.errors },
  };
});

export const submitSkpAction = createAction({ schema: z.object({ versionId }) }, async (input, { actor, ip }) => {
  const { approverId } = await submitSkp({ actor: { ...actor, ip }, versionId: input.versionId });
  revalidatePath("/skp");
  return {
    ok: true,
    message: approverId == null ? "SKP diajukan ke Admin BKD untuk disetujui." : "SKP diajukan ke atasan langsung Anda untuk disetujui.",
  };
});
