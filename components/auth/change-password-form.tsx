"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export function ChangePasswordForm({
  action,
  requireCurrent = false,
}: {
  action: (prev: ActionState | null, data: FormData) => Promise<ActionState>;
  requireCurrent?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  return (
    <form action={formAction} className="space-y-4">
      {state && !state.ok && state.formError ? <Alert tone="error" testId="form-error">{state.formError}</Alert> : null}
      {state?.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      {requireCurrent ? (
        <Field id="currentPassword" name="currentPassword" type="password" label="Kata Sandi Saat Ini" autoComplete="current-password" required errors={errors.currentPassword} />
      ) : null}
      <Field
        id="newPassword"
        name="newPassword"
        type="password"
        label="Kata Sandi Baru"
        autoComplete="new-password"
        required
        errors={errors.newPassword}
        hint="Minimal 10 karakter, memuat huruf besar, huruf kecil dan angka; bukan NIP atau tanggal lahir Anda."
      />
      <Field id="confirmPassword" name="confirmPassword" type="password" label="Ulangi Kata Sandi Baru" autoComplete="new-password" required errors={errors.confirmPassword} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan"}
      </Button>
    </form>
  );
}
