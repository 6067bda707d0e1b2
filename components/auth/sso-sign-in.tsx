"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";

/**
 * "Masuk dengan Jabar Smart ASN": starts the provider's sign-in (next-auth posts its CSRF token and
 * redirects to the provider). A link styled as a button, so the NIP form's "Masuk" stays the only
 * button of that name on the page.
 */
export function SsoSignIn({ providerId, name, callbackUrl }: { providerId: string; name: string; callbackUrl: string }) {
  const [pending, setPending] = useState(false);
  const href = `/api/auth/signin/${providerId}?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <div className="mt-6 space-y-4">
      <div className="flex items-center gap-3 text-xs text-slate-500" aria-hidden="true">
        <span className="h-px flex-1 bg-slate-200" />
        atau
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      <a
        href={href}
        aria-busy={pending}
        data-testid="sso-sign-in"
        onClick={(event) => {
          event.preventDefault();
          if (pending) return;
          setPending(true);
          void signIn(providerId, { callbackUrl }).catch(() => setPending(false));
        }}
        className="inline-flex w-full items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 transition-colors hover:bg-slate-50"
      >
        Masuk dengan {name}
      </a>
    </div>
  );
}
