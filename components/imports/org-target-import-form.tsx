"use client";

import { ORG_TARGET_IMPORT_MAX_BYTES } from "@/lib/domain/imports/limits";
import { ImportUploadForm, type ImportUploadAction } from "./import-upload-form";
import { OrgTargetImportResult, type OrgTargetImportView } from "./org-target-import-view";

/** Upload form of the e-SAKIP organisation target import; the result and the error table appear below it. */
export function OrgTargetImportForm({ action }: { action: ImportUploadAction }) {
  return (
    <ImportUploadForm
      action={action}
      maxBytes={ORG_TARGET_IMPORT_MAX_BYTES}
      renderResult={(view: OrgTargetImportView) => <OrgTargetImportResult view={view} />}
    />
  );
}
