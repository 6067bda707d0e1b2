import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth/current-user";
import { AuthCard } from "@/components/auth/auth-card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { changeTemporaryPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Ganti Kata Sandi" };

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowMustChange: true });
  return (
    <AuthCard
      title="Ganti Kata Sandi"
      subtitle={
        user.mustChangePassword
          ? `Halo, ${user.name}. Anda masuk dengan kata sandi sementara; buat kata sandi baru sebelum melanjutkan.`
          : "Buat kata sandi baru untuk akun Anda."
      }
    >
      <ChangePasswordForm action={changeTemporaryPasswordAction} />
    </AuthCard>
  );
}
