"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { parseNip } from "@/lib/domain/nip";
import { loginErrorMessage } from "@/lib/domain/auth/login-errors";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [nipError, setNipError] = useState<string[] | undefined>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const nip = String(form.get("nip") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const parsed = parseNip(nip);
    setError(null);
    if (!parsed.ok) {
      setNipError([parsed.message]);
      return;
    }
    setNipError(undefined);
    if (!password) {
      setError("Isi kata sandi Anda.");
      return;
    }
    setPending(true);
    try {
      const result = await signIn("credentials", { nip: parsed.nip, password, redirect: false });
      if (!result || result.error) {
        setError(loginErrorMessage(result?.error));
        setPending(false);
        return;
      }
      window.location.assign(callbackUrl);
    } catch {
      setError("Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.");
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? <Alert tone="error" testId="login-error">{error}</Alert> : null}
      <Field
        id="nip"
        name="nip"
        label="NIP"
        inputMode="numeric"
        autoComplete="username"
        maxLength={24}
        required
        errors={nipError}
        hint="18 digit Nomor Induk Pegawai, tanpa spasi."
      />
      <Field id="password" name="password" type="password" label="Kata Sandi" autoComplete="current-password" required />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Memproses…" : "Masuk"}
      </Button>
      <p className="text-center text-sm">
        <a href="/lupa-kata-sandi" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Lupa Kata Sandi?
        </a>
      </p>
    </form>
  );
}
