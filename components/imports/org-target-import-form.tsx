"use client";

import { useActionState, useState } from "react";
import { ORG_TARGET_IMPORT_MAX_BYTES } from "@/lib/domain/imports/limits";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { OrgTargetImportResult, type OrgTargetImportView } from "./org-target-import-view";

const TOO_LARGE = "Berkas terlalu besar. Ukuran paling besar 2 MB; bagi berkas per perangkat daerah.";

/** Upload form of the e-SAKIP organisation target import; the result and the error table appear below it. */
export function OrgTargetImportForm({ action }: { action: (prev: ActionState | null, data: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const view = state?.ok ? (state.data?.result as OrgTargetImportView | undefined) : undefined;
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
          hint="CSV UTF-8 dengan baris judul, dipisah koma atau titik koma; paling besar 2 MB."
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            setSizeError(file && file.size > ORG_TARGET_IMPORT_MAX_BYTES ? TOO_LARGE : null);
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
      {view ? <OrgTargetImportResult view={view} /> : null}
    </div>
  );
}
