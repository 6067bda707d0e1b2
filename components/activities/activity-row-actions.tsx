"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Action = (prev: ActionState | null, data: FormData) => Promise<ActionState>;

/** Ubah, Ajukan and Hapus for one draft or rejected entry. */
export function ActivityRowActions({ id, editHref, submitAction, deleteAction }: { id: number; editHref: string; submitAction: Action; deleteAction: Action }) {
  const [submitState, submit, submitting] = useActionState(submitAction, null);
  const [deleteState, remove, deleting] = useActionState(deleteAction, null);
  const error = (submitState && !submitState.ok && submitState.formError) || (deleteState && !deleteState.ok && deleteState.formError);
  return (
    <div className="mt-3 space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <a href={editHref} className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-50">Ubah</a>
        <form action={submit}>
          <input type="hidden" name="ids" value={id} />
          <Button type="submit" disabled={submitting} className="py-1.5">Ajukan</Button>
        </form>
        <form action={remove} onSubmit={(e) => { if (!window.confirm("Hapus aktivitas ini?")) e.preventDefault(); }}>
          <input type="hidden" name="id" value={id} />
          <Button type="submit" variant="ghost" disabled={deleting} className="py-1.5">Hapus</Button>
        </form>
      </div>
    </div>
  );
}

/** Ajukan Semua: every draft and rejected entry of the day at once. */
export function SubmitDraftsButton({ ids, action }: { ids: number[]; action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      {ids.map((id) => <input key={id} type="hidden" name="ids" value={id} />)}
      {state && !state.ok ? <Alert tone="error">{state.formError}</Alert> : null}
      {state?.ok ? <Alert tone="success">{state.message}</Alert> : null}
      <Button type="submit" disabled={pending}>{pending ? "Mengajukan…" : `Ajukan Semua (${ids.length})`}</Button>
    </form>
  );
}
