"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Intent = "activate" | "deactivate" | "resetPassword";

type Props = {
  employeeId: number;
  employeeName: string;
  hasEmail: boolean;
  can: Record<Intent, boolean>;
  action: (prev: ActionState | null, data: FormData) => Promise<ActionState>;
};

const CONFIRM: Record<Exclude<Intent, "activate">, { question: string; yes: string }> = {
  deactivate: {
    question: "Pegawai ini tidak akan dapat masuk lagi dan semua sesinya segera diakhiri. Nonaktifkan akun?",
    yes: "Ya, Nonaktifkan",
  },
  resetPassword: {
    question: "Kata sandi lama tidak berlaku lagi, semua sesi pegawai ini diakhiri, dan kata sandi sementara baru dibuat. Lanjutkan?",
    yes: "Ya, Atur Ulang",
  },
};

function TemporaryPassword({ password, emailedTo, hasEmail }: { password: string; emailedTo: string | null; hasEmail: boolean }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="break-words rounded-lg border-2 border-amber-400 bg-amber-50 p-4 text-amber-950 [overflow-wrap:anywhere]" data-testid="temporary-password-box">
      <h3 className="font-semibold">Kata sandi sementara — hanya ditampilkan sekali</h3>
      <p className="mt-2 break-all font-mono text-2xl tracking-wider select-all" data-testid="temporary-password">
        {password}
      </p>
      <p className="mt-2 text-sm">
        Catat atau salin sekarang: setelah halaman ini dimuat ulang atau ditutup, kata sandi ini tidak dapat ditampilkan lagi.
        Pegawai wajib menggantinya saat pertama kali masuk.
      </p>
      <p className="mt-1 text-sm">
        {emailedTo
          ? `Kata sandi ini juga telah dikirim ke e-mail pegawai (${emailedTo}).`
          : hasEmail
            ? "Pengiriman e-mail ke pegawai gagal; sampaikan kata sandi ini secara langsung."
            : "Pegawai belum memiliki e-mail terdaftar; sampaikan kata sandi ini secara langsung."}
      </p>
      <Button
        type="button"
        variant="secondary"
        className="mt-3"
        onClick={() => {
          void navigator.clipboard?.writeText(password).then(() => setCopied(true));
        }}
      >
        {copied ? "Tersalin" : "Salin Kata Sandi"}
      </Button>
    </div>
  );
}

/** The buttons of the account panel and the one-time display of a temporary password. */
export function AccountActions({ employeeId, employeeName, hasEmail, can, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  // A confirmation belongs to the result it was asked after; a new result closes it.
  const [confirm, setConfirm] = useState<{ intent: Exclude<Intent, "activate">; after: ActionState | null } | null>(null);
  const confirming = confirm && confirm.after === state ? confirm.intent : null;
  const password = state?.ok ? (state.data?.temporaryPassword as string | undefined) : undefined;
  const emailedTo = state?.ok ? ((state.data?.emailedTo as string | null | undefined) ?? null) : null;

  const submit = (intent: Intent, label: string, variant: "primary" | "danger" | "secondary" = "primary") => (
    <form action={formAction}>
      <input type="hidden" name="employeeId" value={employeeId} />
      <input type="hidden" name="intent" value={intent} />
      <Button type="submit" variant={variant} disabled={pending}>
        {label}
      </Button>
    </form>
  );

  return (
    <div className="space-y-4">
      {state && !state.ok && state.formError ? <Alert tone="error" testId="account-error">{state.formError}</Alert> : null}
      {state?.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      {password ? <TemporaryPassword password={password} emailedTo={emailedTo} hasEmail={hasEmail} /> : null}

      {confirming ? (
        <div className="rounded-md border border-red-200 bg-red-50 p-4" role="group" aria-label="Konfirmasi">
          <p className="text-sm text-red-900">
            <strong>{employeeName}</strong>: {CONFIRM[confirming].question}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            {submit(confirming, CONFIRM[confirming].yes, "danger")}
            <Button type="button" variant="secondary" onClick={() => setConfirm(null)} disabled={pending}>
              Batal
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {can.activate ? submit("activate", pending ? "Memproses…" : "Aktifkan Akun") : null}
          {can.resetPassword ? (
            <Button type="button" variant="secondary" disabled={pending} onClick={() => setConfirm({ intent: "resetPassword", after: state })}>
              Atur Ulang Kata Sandi
            </Button>
          ) : null}
          {can.deactivate ? (
            <Button type="button" variant="danger" disabled={pending} onClick={() => setConfirm({ intent: "deactivate", after: state })}>
              Nonaktifkan Akun
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
