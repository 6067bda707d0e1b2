"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Setujui or Kembalikan (with a required note) for one submitted SKP version. */
export function SkpReviewForm({ versionId, action }: { versionId: number; action: (prev: ActionState | null, data: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [note, setNote] = useState("");
  const noteErrors = state && !state.ok ? state.fieldErrors?.note : undefined;
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="skp-review-form">
      <input type="hidden" name="versionId" value={versionId} />
      {state && !state.ok && state.formError ? <Alert tone="error" testId="skp-review-error">{state.formError}</Alert> : null}
      <div>
        <label htmlFor="note" className="block text-sm font-medium text-slate-700">Catatan</label>
        <textarea
          id="note"
          name="note"
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby="note-hint"
          aria-invalid={noteErrors ? true : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500"
        />
        <p id="note-hint" className="mt-1 text-xs text-slate-500">Wajib diisi bila SKP dikembalikan: tuliskan apa yang harus diperbaiki.</p>
        {noteErrors ? <p className="mt-1 text-sm text-red-700">{noteErrors.join(" ")}</p> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="APPROVE" disabled={pending}>Setujui</Button>
        <Button type="submit" name="decision" value="RETURN" variant="secondary" disabled={pending}>Kembalikan</Button>
      </div>
    </form>
  );
}
