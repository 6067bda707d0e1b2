"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EvidencePicker } from "@/components/evidence/evidence-picker";

/** Tandai Selesai: an optional note and evidence files. */
export function MarkDoneForm({ instructionId, action }: { instructionId: number; action: (prev: ActionState | null, data: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [note, setNote] = useState("");
  const [uploading, setUploading] = useState(false);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="instruction-done-form">
      <h2 className="text-lg font-semibold">Tandai Selesai</h2>
      <input type="hidden" name="instructionId" value={instructionId} />
      {state && !state.ok && state.formError ? <Alert tone="error" testId="instruction-done-error">{state.formError}</Alert> : null}
      <div>
        <label htmlFor="note" className="block text-sm font-medium text-slate-700">Catatan Penyelesaian</label>
        <textarea id="note" name="note" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)}
          aria-invalid={errors.note ? true : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600" />
        {errors.note ? <p className="mt-1 text-sm text-red-700">{errors.note.join(" ")}</p> : null}
      </div>
      <EvidencePicker id="evidence" label="Bukti penyelesaian (PDF, JPG, PNG; paling banyak 5)" errors={errors.evidenceIds} onBusyChange={setUploading} />
      <Button type="submit" disabled={pending || uploading}>Tandai Selesai</Button>
    </form>
  );
}

/** Batalkan Instruksi, for its issuer. */
export function CancelInstructionForm({ instructionId, action }: { instructionId: number; action: (prev: ActionState | null, data: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2" onSubmit={(e) => { if (!window.confirm("Batalkan instruksi ini? Penerima akan diberi tahu.")) e.preventDefault(); }}>
      <input type="hidden" name="instructionId" value={instructionId} />
      {state && !state.ok && state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <Button type="submit" variant="danger" disabled={pending}>Batalkan Instruksi</Button>
    </form>
  );
}
