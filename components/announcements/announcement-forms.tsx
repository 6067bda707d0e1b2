"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Action = (prev: ActionState | null, data: FormData) => Promise<ActionState>;

export function AnnouncementForm({ action, agencies, today }: { action: Action; agencies: { id: number; label: string }[] | null; today: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {state && !state.ok && state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {state?.ok ? <Alert tone="success">{state.message}</Alert> : null}
      <Field id="title" name="title" label="Judul" errors={errors.title} required />
      <div>
        <label htmlFor="body" className="block text-sm font-medium text-slate-700">Isi</label>
        <textarea id="body" name="body" rows={4} aria-invalid={errors.body ? true : undefined} aria-describedby={errors.body ? "body-error" : undefined} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm" />
        {errors.body ? <p id="body-error" className="mt-1 text-sm text-red-700">{errors.body.join(" ")}</p> : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="validFrom" name="validFrom" type="date" label="Tayang mulai" defaultValue={today} errors={errors.validFrom} />
        <Field id="validUntil" name="validUntil" type="date" label="Tayang sampai" defaultValue={today} errors={errors.validUntil} />
        {agencies ? (
          <div>
            <label htmlFor="opdId" className="block text-sm font-medium text-slate-700">Untuk</label>
            <select id="opdId" name="opdId" className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base">
              <option value="">Semua perangkat daerah</option>
              {agencies.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
            </select>
          </div>
        ) : null}
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Menerbitkan…" : "Terbitkan"}</Button>
    </form>
  );
}

export function EndAnnouncementButton({ id, action }: { id: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="mt-2">
      <input type="hidden" name="id" value={id} />
      {state && !state.ok ? <Alert tone="error">{state.formError}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={pending} className="py-1">Akhiri penayangan</Button>
    </form>
  );
}
