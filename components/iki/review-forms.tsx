"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Action = (prev: ActionState | null, data: FormData) => Promise<ActionState>;

const textareaClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500";

function NoteField({ id, label, errors }: { id: string; label: string; errors?: string[] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">{label}</label>
      <textarea id={id} name="note" rows={2} className={textareaClass} aria-describedby={`${id}-hint`} aria-invalid={errors ? true : undefined} />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">Wajib diisi bila dikembalikan: tuliskan apa yang harus diperbaiki.</p>
      {errors ? <p className="mt-1 text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}

/** Verifikasi or Kembalikan (with a required note) for one submitted realisation. */
export function RealisationReviewForm({ id, month, label, action }: { id: number; month: string; label: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const noteErrors = state && !state.ok ? state.fieldErrors?.note : undefined;
  return (
    <form action={formAction} className="mt-3 space-y-2" data-testid="realisation-review-form" aria-label={`Verifikasi ${label}`}>
      <input type="hidden" name="ids" value={id} />
      <input type="hidden" name="bulan" value={month} />
      {state && !state.ok && state.formError ? <Alert tone="error" testId="realisation-review-error">{state.formError}</Alert> : null}
      <NoteField id={`note-${id}`} label="Catatan" errors={noteErrors} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="VERIFY" disabled={pending}>Verifikasi</Button>
        <Button type="submit" name="decision" value="RETURN" variant="secondary" disabled={pending}>Kembalikan</Button>
      </div>
    </form>
  );
}

/**
 * Verifikasi or Kembalikan for every realisation ticked on the page: the checkboxes sit in the
 * realisation cards and belong to this form through their `form` attribute.
 */
export function BulkReviewForm({ formId, month, action }: { formId: string; month: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  const noteErrors = state && !state.ok ? state.fieldErrors?.note : undefined;
  return (
    <form id={formId} action={formAction} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="bulk-review-form" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`} className="font-semibold">Tindakan untuk realisasi yang dipilih</h2>
      <input type="hidden" name="bulan" value={month} />
      {state && !state.ok && state.formError ? <Alert tone="error" testId="bulk-review-error">{state.formError}</Alert> : null}
      <div className="flex items-center gap-2 text-sm">
        <input
          id={`${formId}-all`}
          type="checkbox"
          className="h-5 w-5"
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="ids"][form="${formId}"]`).forEach((box) => {
              box.checked = checked;
            });
          }}
        />
        <label htmlFor={`${formId}-all`}>Pilih semua realisasi di halaman ini</label>
      </div>
      <NoteField id={`${formId}-note`} label="Catatan untuk yang dipilih" errors={noteErrors} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="VERIFY" disabled={pending}>Verifikasi yang Dipilih</Button>
        <Button type="submit" name="decision" value="RETURN" variant="secondary" disabled={pending}>Kembalikan yang Dipilih</Button>
      </div>
    </form>
  );
}
