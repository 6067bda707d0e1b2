/**
 * Single sign-on with the province's OpenID Connect provider (DESIGN.md §12): the provider's NIP
 * claim selects an existing, active account. Pure rules and the wording shown on the login page.
 */
import { parseNip } from "@/lib/domain/nip";

/**
 * Why a sign-on was refused. The audit log keeps the exact reason; the user sees one message for
 * UNKNOWN_NIP and INACTIVE (see SSO_REFUSAL_MESSAGES), like the NIP login, so the login page never
 * tells whether a NIP has an account.
 */
export const SSO_REFUSAL_REASONS = ["NO_NIP", "UNKNOWN_NIP", "INACTIVE", "LOCKED"] as const;
export type SsoRefusalReason = (typeof SSO_REFUSAL_REASONS)[number];

/** What the login page shows for `/login?sso=ditolak&alasan=<code>`. */
export const SSO_REFUSAL_MESSAGES = {
  NO_NIP:
    "Jabar Smart ASN tidak mengirimkan NIP yang valid untuk akun Anda, sehingga Anda tidak dapat masuk. Hubungi Admin OPD Anda.",
  TIDAK_TERDAFTAR:
    "Akun dengan NIP dari Jabar Smart ASN tidak terdaftar atau belum diaktifkan. Hubungi Admin OPD Anda.",
  LOCKED:
    "Akun dikunci sementara selama 15 menit karena terlalu banyak percobaan masuk yang gagal. Coba lagi nanti.",
} as const;

export type SsoRefusalCode = keyof typeof SSO_REFUSAL_MESSAGES;

/** The code put in the login page's URL: unknown and inactive accounts share one. */
export function ssoRefusalCode(reason: SsoRefusalReason): SsoRefusalCode {
  if (reason === "UNKNOWN_NIP" || reason === "INACTIVE") return "TIDAK_TERDAFTAR";
  return reason;
}

export function ssoRefusalPath(reason: SsoRefusalReason): string {
  return `/login?sso=ditolak&alasan=${ssoRefusalCode(reason)}`;
}

/** Any failure of the exchange itself (state or nonce mismatch, provider error, cancelled login). */
export const SSO_FAILED_MESSAGE =
  "Masuk dengan Jabar Smart ASN gagal atau dibatalkan. Silakan coba lagi, atau masuk dengan NIP dan kata sandi.";

/**
 * The message for the login page's query: `sso=ditolak&alasan=…` (refused by this app) or
 * `error=…` (next-auth's error redirect; its code is never shown as such). Null when neither.
 */
export function ssoLoginPageMessage(params: { sso?: string; alasan?: string; error?: string }): string | null {
  if (params.sso === "ditolak") {
    const code = params.alasan;
    if (code && Object.hasOwn(SSO_REFUSAL_MESSAGES, code)) return SSO_REFUSAL_MESSAGES[code as SsoRefusalCode];
    return SSO_REFUSAL_MESSAGES.TIDAK_TERDAFTAR;
  }
  if (params.error) return SSO_FAILED_MESSAGE;
  return null;
}

/**
 * The NIP carried by a claim: a string (or a number, which some directories emit) of 18 valid
 * digits, surrounding spaces ignored. Null for anything else.
 */
export function nipFromClaims(claims: Record<string, unknown>, claimName: string): string | null {
  const raw = claims[claimName];
  const text = typeof raw === "string" ? raw.trim() : typeof raw === "number" && Number.isSafeInteger(raw) ? String(raw) : null;
  if (!text) return null;
  const parsed = parseNip(text);
  return parsed.ok ? parsed.nip : null;
}

/**
 * RP-initiated logout at the provider (OpenID Connect RP-Initiated Logout 1.0): back to our login
 * page afterwards. `client_id` identifies us, as we keep no ID token to send as a hint.
 */
export function providerLogoutUrl(options: { endSessionEndpoint: string; clientId: string; appUrl: string }): string | null {
  let url: URL;
  try {
    url = new URL(options.endSessionEndpoint);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  url.searchParams.set("client_id", options.clientId);
  url.searchParams.set("post_logout_redirect_uri", `${options.appUrl.replace(/\/+$/, "")}/login`);
  return url.toString();
}
