"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { submitWithoutReset } from "./submit-without-reset";

export function ContactForm({
  email,
  phone,
  action,
}: {
  email: string | null;
  phone: string | null;
  action: (prev: ActionState | null, data: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="space-y-4" noValidate>
      {state && !state.ok && state.formError ? <Alert tone="error" testId="contact-error">{state.formError}</Alert> : null}
      {state?.ok && state.message ? <Alert tone="success" testId="contact-saved">{state.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="email" name="email" type="email" label="E-mail" autoComplete="email" defaultValue={email ?? ""} errors={errors.email} hint="Untuk notifikasi dan tautan Lupa Kata Sandi." />
        <Field
          id="phone"
          name="phone"
          type="tel"
          label="Nomor HP"
          autoComplete="tel"
          inputMode="tel"
          defaultValue={phone ?? ""}
          errors={errors.phone}
          hint="Diawali 08 atau +628, 10–15 angka."
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan Kontak"}
      </Button>
    </form>
  );
}
