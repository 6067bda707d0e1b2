"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** New password through a reset link; on success only the way to the login page remains. */
export function ResetPasswordForm({
  token,
  action,
}: {
  token: string;
  action: (prev: ActionState | null, data: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success" testId="reset-done">{state.message}</Alert>
        <a href="/login" className="block rounded-md bg-brand-600 px-4 py-2 text-center text-sm font-semibold text-white hover:bg-brand-700">
          Masuk
        </a>
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const linkDead = state && !state.ok && state.code === "INVALID_STATE";
  return (
    <form action={formAction} className="space-y-4">
      {state && !state.ok && state.formError ? <Alert tone="error" testId="form-error">{state.formError}</Alert> : null}
      {linkDead ? (
        <p className="text-sm">
          <a href="/lupa-kata-sandi" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Minta tautan baru
          </a>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
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
