import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { INVALID_RESET_LINK_MESSAGE, isResetTokenUsable } from "@/lib/server/accounts/reset-token";
import { completeResetAction } from "./actions";

// The token is in the address: never send it on as a referrer, never index the page.
export const metadata: Metadata = { title: "Atur Ulang Kata Sandi", referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await isResetTokenUsable(token);
  return (
    <AuthCard title="Atur Ulang Kata Sandi" subtitle={usable ? "Buat kata sandi baru untuk akun Anda." : undefined}>
      {usable ? (
        <ResetPasswordForm token={token} action={completeResetAction} />
      ) : (
        <div className="space-y-4">
          <Alert tone="error" testId="reset-invalid">{INVALID_RESET_LINK_MESSAGE}</Alert>
          <a href="/lupa-kata-sandi" className="block rounded-md bg-brand-600 px-4 py-2 text-center text-sm font-semibold text-white hover:bg-brand-700">
            Minta Tautan Baru
          </a>
        </div>
      )}
    </AuthCard>
  );
}
