"use client";

import { EMPLOYEE_IMPORT_MAX_BYTES } from "@/lib/domain/imports/limits";
import { EmployeeImportResult, type EmployeeImportView } from "./employee-import-view";
import { ImportUploadForm, type ImportUploadAction } from "./import-upload-form";

/** Upload form of the SIAp employee import; the result and the error table appear below it. */
export function EmployeeImportForm({ action }: { action: ImportUploadAction }) {
  return (
    <ImportUploadForm
      action={action}
      maxBytes={EMPLOYEE_IMPORT_MAX_BYTES}
      renderResult={(view: EmployeeImportView) => <EmployeeImportResult view={view} />}
    />
  );
}
