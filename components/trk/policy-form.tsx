"use client";

import { useActionState } from "react";
import { type FormAction, FormStatus, fieldErrors } from "@/components/admin/form-parts";
import { submitWithoutReset } from "@/components/profile/submit-without-reset";
import { Button } from "@/components/ui/button";

/** The year's policy as JSON, checked by the server against the policy schema; errors name the field. */
export function PolicyForm({ action, year, initialJson }: { action: FormAction; year: number; initialJson: string }) {
  const [state, dispatch, pending] = useActionState(action, null);
  const errors = fieldErrors(state);
  return (
    <form action={dispatch} onSubmit={submitWithoutReset(dispatch)} className="space-y-3" noValidate>
      <FormStatus state={state} testId="policy" />
      <input type="hidden" name="year" value={year} />
      <div>
        <label htmlFor="kebijakan-json" className="block text-sm font-medium text-slate-700">Kebijakan {year} (JSON)</label>
        <textarea
          id="kebijakan-json"
          name="config"
          rows={24}
          spellCheck={false}
          defaultValue={initialJson}
          aria-invalid={errors.config?.length ? true : undefined}
          aria-describedby={`kebijakan-json-hint${errors.config?.length ? " kebijakan-json-error" : ""}`}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs shadow-sm aria-[invalid=true]:border-red-500"
        />
        <p id="kebijakan-json-hint" className="mt-1 text-xs text-slate-500">
          Persentase dalam basis poin (100 = 1%), uang dalam rupiah bulat. Menyimpan membuat versi baru; perhitungan yang sudah ada tetap memakai versinya.
        </p>
        {errors.config?.length ? (
          <ul id="kebijakan-json-error" className="mt-1 list-disc pl-5 text-sm text-red-700" data-testid="policy-errors">
            {errors.config.map((e) => <li key={e}>{e}</li>)}
          </ul>
        ) : null}
      </div>
      <div>
        <label htmlFor="kebijakan-catatan" className="block text-sm font-medium text-slate-700">Catatan perubahan</label>
        <input id="kebijakan-catatan" name="note" maxLength={500} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm" />
        {errors.note?.length ? <p className="mt-1 text-sm text-red-700">{errors.note.join(" ")}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Menyimpan…" : "Simpan sebagai versi baru"}</Button>
    </form>
  );
}
