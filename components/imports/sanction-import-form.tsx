"use client";

import { SANCTION_IMPORT_MAX_BYTES } from "@/lib/domain/imports/limits";
import { ImportResultView, type ImportResultCounts } from "./import-result-view";
import { ImportUploadForm, type ImportUploadAction } from "./import-upload-form";

/** Upload form of the sanctions import; the result and the error table appear below it. */
export function SanctionImportForm({ action }: { action: ImportUploadAction }) {
  return (
    <ImportUploadForm
      action={action}
      maxBytes={SANCTION_IMPORT_MAX_BYTES}
      renderResult={(view: ImportResultCounts) => (
        <ImportResultView view={view} labels={{ created: "hukuman baru", createdHeading: "Hukuman baru" }} />
      )}
    />
  );
}
