import "server-only";
import { providerLogoutUrl } from "@/lib/domain/auth/sso";
import { env, ssoConfig } from "@/lib/env";

const CACHE_MS = 10 * 60_000;
let cached: { issuer: string; endSession: string | null; at: number } | undefined;

/**
 * The provider's end_session_endpoint from its discovery document, when it advertises one.
 * Read with a short timeout and kept for ten minutes; on any failure there is simply no link.
 */
async function endSessionEndpoint(issuer: string): Promise<string | null> {
  if (cached && cached.issuer === issuer && Date.now() - cached.at < CACHE_MS) return cached.endSession;
  try {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(3_000),
      headers: { accept: "application/json" },
    });
    if (!res.ok) return null;
    const doc = (await res.json()) as { end_session_endpoint?: unknown };
    const endSession = typeof doc.end_session_endpoint === "string" ? doc.end_session_endpoint : null;
    cached = { issuer, endSession, at: Date.now() };
    return endSession;
  } catch {
    return null;
  }
}

/**
 * Where "Keluar juga dari Jabar Smart ASN" points after an app logout of a single sign-on session:
 * the provider's logout, which returns to our login page. Null when single sign-on is off or the
 * provider has no such endpoint.
 */
export async function ssoProviderLogoutUrl(): Promise<{ url: string; name: string } | null> {
  const sso = ssoConfig();
  if (!sso) return null;
  const endpoint = await endSessionEndpoint(sso.issuer);
  if (!endpoint) return null;
  const url = providerLogoutUrl({ endSessionEndpoint: endpoint, clientId: sso.clientId, appUrl: env().APP_URL });
  return url ? { url, name: sso.name } : null;
}
