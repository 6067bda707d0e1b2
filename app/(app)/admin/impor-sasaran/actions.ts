"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ORG_TARGET_IMPORT_MAX_BYTES } from "@/lib/domain/imports/limits";
import { createAction } from "@/lib/server/action";
import { importOrgTargets } from "@/lib/server/imports/org-targets";
import type { OrgTargetImportView } from "@/components/imports/org-target-import-view";

/** The error table shows at most this many lines; the counts stay exact. */
const SHOWN_ERRORS = 1000;

const schema = z.object({
  berkas: z
    .instanceof(File, { message: "Pilih berkas CSV." })
    .refine((file) => file.size > 0, "Pilih berkas CSV.")
    .refine((file) => file.size <= ORG_TARGET_IMPORT_MAX_BYTES, "Berkas terlalu besar. Ukuran paling besar 2 MB; bagi berkas per perangkat daerah."),
  validRowsOnly: z.literal("on").optional(),
});

export const importOrgTargetsAction = createAction(
  { schema, authorize: (actor) => actor.role === "ADMIN_OPD" || actor.role === "ADMIN_BKD" },
  async (input, { actor, ip }) => {
    const result = await importOrgTargets({
      actor: { ...actor, ip },
      fileName: input.berkas.name || "berkas.csv",
      content: new Uint8Array(await input.berkas.arrayBuffer()),
      validRowsOnly: input.validRowsOnly === "on",
      source: "web",
    });
    const view: OrgTargetImportView = {
      fileName: input.berkas.name,
      written: result.written,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      invalidRowCount: result.invalidRowCount,
      errorCount: result.errors.length,
      errors: result.errors.slice(0, SHOWN_ERRORS),
      scopes: result.scopes.map((s) => ({
        label: `${s.opdCode} · ${s.year}`,
        href: `/admin/impor-sasaran?${actor.role === "ADMIN_BKD" ? `opd=${s.opdId}&` : ""}tahun=${s.year}#sasaran-tersimpan`,
        rows: s.rows,
      })),
    };
    // The table of stored targets below the form shows what was just written.
    if (result.written) revalidatePath("/admin/impor-sasaran");
    return { ok: true, data: { result: view } };
  },
);
