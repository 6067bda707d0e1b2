"use client";

import { ATTENDANCE_IMPORT_MAX_BYTES } from "@/lib/domain/imports/limits";
import { AttendanceImportResult, type AttendanceImportView } from "./attendance-import-view";
import { ImportUploadForm, type ImportUploadAction } from "./import-upload-form";

/** Upload form of the K-MOB attendance import; the result and the error table appear below it. */
export function AttendanceImportForm({ action }: { action: ImportUploadAction }) {
  return (
    <ImportUploadForm
      action={action}
      maxBytes={ATTENDANCE_IMPORT_MAX_BYTES}
      renderResult={(view: AttendanceImportView) => <AttendanceImportResult view={view} />}
    />
  );
}
