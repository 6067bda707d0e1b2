import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { AuthCard } from "@/components/auth/auth-card";
import { SsoSignIn } from "@/components/auth/sso-sign-in";
import { Alert } from "@/components/ui/alert";
import { safeCallback } from "@/lib/domain/auth/safe-callback";
import { ssoLoginPageMessage } from "@/lib/domain/auth/sso";
import { ssoConfig } from "@/lib/env";
import { ssoProviderLogoutUrl } from "@/lib/server/auth/sso-logout";

export const metadata: Metadata = { title: "Masuk" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const sso = ssoConfig();
  const callbackUrl = safeCallback(params.callbackUrl);
  const ssoMessage = ssoLoginPageMessage({ sso: first(params.sso), alasan: first(params.alasan), error: first(params.error) });
  const loggedOut = params.keluar === "1";
  // After logging out of a session that began with single sign-on, offer the provider's logout too.
  const providerLogout = loggedOut && params.dari === "sso" ? await ssoProviderLogoutUrl() : null;
  return (
    <AuthCard title="Masuk ke TRK Jabar" subtitle="Gunakan NIP dan kata sandi Anda.">
      {params.sesi === "berakhir" ? (
        <div className="mb-4">
          <Alert tone="info">Sesi Anda telah berakhir. Silakan masuk kembali.</Alert>
        </div>
      ) : null}
      {loggedOut ? (
        <div className="mb-4">
          <Alert tone="success">
            Anda telah keluar.
            {providerLogout ? (
              <>
                {" "}
                <a href={providerLogout.url} className="font-medium underline" data-testid="sso-logout">
                  Keluar juga dari {providerLogout.name}
                </a>
              </>
            ) : null}
          </Alert>
        </div>
      ) : null}
      {ssoMessage ? (
        <div className="mb-4">
          <Alert tone="error" testId="sso-error">{ssoMessage}</Alert>
        </div>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} />
      {sso ? <SsoSignIn providerId={sso.id} name={sso.name} callbackUrl={callbackUrl} /> : null}
    </AuthCard>
  );
}
