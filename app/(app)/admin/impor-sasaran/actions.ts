"use server";

import { revalidatePath } from "next/cache";
import { ORG_TARGET_IMPORT_MAX_BYTES } from "@/lib/domain/imports/limits";
import { importOrgTargets } from "@/lib/server/imports/org-targets";
import { createImportUploadAction } from "@/lib/server/imports/upload";
import type { OrgTargetImportView } from "@/components/imports/org-target-import-view";

export const importOrgTargetsAction = createImportUploadAction({
  maxBytes: ORG_TARGET_IMPORT_MAX_BYTES,
  importFile: importOrgTargets,
  extraView: (result, { actor }): Pick<OrgTargetImportView, "scopes"> => ({
    scopes: result.scopes.map((s) => ({
      label: `${s.opdCode} · ${s.year}`,
      href: `/admin/impor-sasaran?${actor.role === "ADMIN_BKD" ? `opd=${s.opdId}&` : ""}tahun=${s.year}#sasaran-tersimpan`,
      rows: s.rows,
    })),
  }),
  // The table of stored targets below the form shows what was just written.
  onWritten: () => revalidatePath("/admin/impor-sasaran"),
});
