"use client";

import { useActionState, useState, type ReactNode } from "react";
import { importFileTooLargeMessage, importSizeLimitText } from "@/lib/domain/imports/limits";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export type ImportUploadAction = (prev: ActionState | null, data: FormData) => Promise<ActionState>;

/**
 * The upload form of every CSV import: the file (checked against `maxBytes` before sending), "Impor
 * baris yang valid saja" and the button; the kind's result (`state.data.result`) appears below it.
 */
export function ImportUploadForm<View>({
  action,
  maxBytes,
  renderResult,
}: {
  action: ImportUploadAction;
  maxBytes: number;
  renderResult: (view: View) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const view = state?.ok ? (state.data?.result as View | undefined) : undefined;
  const fileErrors = sizeError ? [sizeError] : fieldErrors.berkas;

  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        {state && !state.ok && state.formError ? <Alert tone="error" testId="form-error">{state.formError}</Alert> : null}
        <Field
          id="berkas"
          name="berkas"
          type="file"
          label="Berkas CSV"
          accept=".csv,text/csv"
          required
          errors={fileErrors}
          hint={`CSV UTF-8 dengan baris judul, dipisah koma atau titik koma; paling besar ${importSizeLimitText(maxBytes)}.`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            setSizeError(file && file.size > maxBytes ? importFileTooLargeMessage(maxBytes) : null);
          }}
        />
        <div className="flex items-start gap-2">
          <input
            id="validRowsOnly"
            name="validRowsOnly"
            type="checkbox"
            className="mt-1 h-4 w-4 rounded border-slate-300"
            aria-describedby="validRowsOnly-hint"
          />
          <div>
            <label htmlFor="validRowsOnly" className="text-sm font-medium text-slate-700">
              Impor baris yang valid saja
            </label>
            <p id="validRowsOnly-hint" className="text-xs text-slate-500">
              Tanpa pilihan ini, berkas yang memuat satu baris bermasalah pun tidak diimpor sama sekali.
            </p>
          </div>
        </div>
        <Button type="submit" disabled={pending || sizeError !== null}>
          {pending ? "Mengimpor…" : "Impor"}
        </Button>
      </form>
      {view ? renderResult(view) : null}
    </div>
  );
}
