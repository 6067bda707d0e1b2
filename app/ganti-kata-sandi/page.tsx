import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { AuthCard } from "@/components/auth/auth-card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { changeTemporaryPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Ganti Kata Sandi" };

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowMustChange: true });
  // Only a temporary password is changed here; a chosen one is changed on the profile, with the
  // current password.
  if (!user.mustChangePassword) redirect("/profil");
  return (
    <AuthCard
      title="Ganti Kata Sandi"
      subtitle={`Halo, ${user.name}. Anda masuk dengan kata sandi sementara; buat kata sandi baru sebelum melanjutkan.`}
    >
      <ChangePasswordForm action={changeTemporaryPasswordAction} />
    </AuthCard>
  );
}
