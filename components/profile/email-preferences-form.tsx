"use client";

import { useActionState } from "react";
import { NOTIFICATION_KIND_LABELS, OPTIONAL_EMAIL_KINDS, type NotificationKind } from "@/lib/domain/notification-kinds";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { submitWithoutReset } from "./submit-without-reset";

export function EmailPreferencesForm({
  selected,
  action,
}: {
  selected: readonly NotificationKind[];
  action: (prev: ActionState | null, data: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="space-y-4">
      {state && !state.ok && state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {state?.ok && state.message ? <Alert tone="success" testId="preferences-saved">{state.message}</Alert> : null}
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Kirim juga lewat e-mail bila ada:</legend>
        <ul className="mt-2 grid gap-2 sm:grid-cols-2">
          {OPTIONAL_EMAIL_KINDS.map((kind) => (
            <li key={kind} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`notif-${kind}`}
                name="kinds"
                value={kind}
                defaultChecked={selected.includes(kind)}
                className="mt-1 h-4 w-4 rounded border-slate-300 text-brand-600"
              />
              <label htmlFor={`notif-${kind}`} className="text-sm text-slate-800">
                {NOTIFICATION_KIND_LABELS[kind]}
              </label>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-slate-500">
          Pemberitahuan aktivasi akun dan pengaturan ulang kata sandi selalu dikirim lewat e-mail.
        </p>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan Pilihan Notifikasi"}
      </Button>
    </form>
  );
}
