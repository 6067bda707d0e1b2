import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert } from "@/components/ui/alert";
import { safeCallback } from "@/lib/domain/auth/safe-callback";

export const metadata: Metadata = { title: "Masuk" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  return (
    <AuthCard title="Masuk ke TRK Jabar" subtitle="Gunakan NIP dan kata sandi Anda.">
      {params.sesi === "berakhir" ? (
        <div className="mb-4">
          <Alert tone="info">Sesi Anda telah berakhir. Silakan masuk kembali.</Alert>
        </div>
      ) : null}
      {params.keluar === "1" ? (
        <div className="mb-4">
          <Alert tone="success">Anda telah keluar.</Alert>
        </div>
      ) : null}
      <LoginForm callbackUrl={safeCallback(params.callbackUrl)} />
    </AuthCard>
  );
}
