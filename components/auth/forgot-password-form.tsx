"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function ForgotPasswordForm({ action }: { action: (prev: ActionState | null, data: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success" testId="forgot-answer">{state.message}</Alert>
        <p className="text-center text-sm">
          <a href="/login" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Kembali ke halaman Masuk
          </a>
        </p>
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <Field
        id="identifier"
        name="identifier"
        label="NIP atau E-mail"
        autoComplete="username"
        required
        maxLength={254}
        errors={errors.identifier}
        hint="NIP 18 digit, atau alamat e-mail yang terdaftar di profil Anda."
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Memproses…" : "Kirim Tautan"}
      </Button>
      <p className="text-center text-sm">
        <a href="/login" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Kembali ke halaman Masuk
        </a>
      </p>
    </form>
  );
}
