import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { requestResetAction } from "./actions";

export const metadata: Metadata = { title: "Lupa Kata Sandi" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Lupa Kata Sandi"
      subtitle="Masukkan NIP atau e-mail Anda. Bila cocok dengan akun aktif, kami kirim tautan untuk membuat kata sandi baru ke e-mail yang terdaftar."
    >
      <ForgotPasswordForm action={requestResetAction} />
    </AuthCard>
  );
}
