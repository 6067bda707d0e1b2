import { afterEach, describe, expect, it } from "vitest";
import {
  nipFromClaims,
  providerLogoutUrl,
  SSO_FAILED_MESSAGE,
  SSO_REFUSAL_MESSAGES,
  ssoLoginPageMessage,
  ssoRefusalPath,
} from "@/lib/domain/auth/sso";
import { env, resetEnvCache, ssoConfig } from "@/lib/env";

const NIP = "199203152015031002";

describe("the NIP claim", () => {
  it.each([
    ["an 18-digit string", { nip: NIP }, "nip", NIP],
    ["surrounding spaces", { nip: ` ${NIP} ` }, "nip", NIP],
    ["another claim name", { nip_asn: NIP }, "nip_asn", NIP],
    ["missing", { sub: "x" }, "nip", null],
    ["empty", { nip: "" }, "nip", null],
    ["17 digits", { nip: NIP.slice(1) }, "nip", null],
    ["impossible birth date", { nip: "199202302015031002" }, "nip", null],
    ["an object", { nip: { value: NIP } }, "nip", null],
    ["a number beyond safe integers", { nip: 199203152015031002 }, "nip", null],
  ])("%s", (_label, claims, claim, expected) => {
    expect(nipFromClaims(claims as Record<string, unknown>, claim)).toBe(expected);
  });
});

describe("refusals on the login page", () => {
  it.each([
    ["UNKNOWN_NIP", "/login?sso=ditolak&alasan=TIDAK_TERDAFTAR"],
    ["INACTIVE", "/login?sso=ditolak&alasan=TIDAK_TERDAFTAR"],
    ["LOCKED", "/login?sso=ditolak&alasan=LOCKED"],
    ["NO_NIP", "/login?sso=ditolak&alasan=NO_NIP"],
  ] as const)("%s goes to %s (unknown and inactive look the same)", (reason, path) => {
    expect(ssoRefusalPath(reason)).toBe(path);
  });

  it.each([
    ["unknown or inactive", { sso: "ditolak", alasan: "TIDAK_TERDAFTAR" }, SSO_REFUSAL_MESSAGES.TIDAK_TERDAFTAR],
    ["locked", { sso: "ditolak", alasan: "LOCKED" }, SSO_REFUSAL_MESSAGES.LOCKED],
    ["no NIP claim", { sso: "ditolak", alasan: "NO_NIP" }, SSO_REFUSAL_MESSAGES.NO_NIP],
    ["a made-up reason", { sso: "ditolak", alasan: "toString" }, SSO_REFUSAL_MESSAGES.TIDAK_TERDAFTAR],
    ["next-auth's error code is never shown", { error: "OAuthCallback" }, SSO_FAILED_MESSAGE],
    ["nothing", {}, null],
  ])("%s", (_label, params, expected) => {
    expect(ssoLoginPageMessage(params)).toBe(expected);
  });

  it("the unknown-account message is the one of the issue", () => {
    expect(SSO_REFUSAL_MESSAGES.TIDAK_TERDAFTAR).toBe(
      "Akun dengan NIP dari Jabar Smart ASN tidak terdaftar atau belum diaktifkan. Hubungi Admin OPD Anda.",
    );
  });
});

describe("logout at the provider", () => {
  it("returns to the app's login page", () => {
    const url = new URL(
      providerLogoutUrl({ endSessionEndpoint: "https://sso.jabarprov.go.id/session/end?ui=1", clientId: "trk", appUrl: "https://trk.jabarprov.go.id/" })!,
    );
    expect(url.origin + url.pathname).toBe("https://sso.jabarprov.go.id/session/end");
    expect(url.searchParams.get("ui")).toBe("1");
    expect(url.searchParams.get("client_id")).toBe("trk");
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe("https://trk.jabarprov.go.id/login");
  });

  it.each([["not a URL", "sso/end"], ["a script", "javascript:alert(1)"]])("none for %s", (_label, endpoint) => {
    expect(providerLogoutUrl({ endSessionEndpoint: endpoint, clientId: "trk", appUrl: "https://trk.jabarprov.go.id" })).toBeNull();
  });
});

describe("OIDC settings (lib/env.ts)", () => {
  const saved = { ...process.env };
  const OIDC_KEYS = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_NIP_CLAIM", "OIDC_SCOPES", "OIDC_NAME"];
  const withEnv = (vars: Record<string, string>) => {
    for (const key of OIDC_KEYS) delete process.env[key];
    Object.assign(process.env, vars);
    resetEnvCache();
  };
  afterEach(() => {
    process.env = { ...saved };
    resetEnvCache();
  });

  it("without them single sign-on is off", () => {
    withEnv({});
    expect(ssoConfig()).toBeNull();
  });

  it("empty values count as unset", () => {
    withEnv({ OIDC_ISSUER: "", OIDC_CLIENT_ID: " ", OIDC_CLIENT_SECRET: "" });
    expect(ssoConfig()).toBeNull();
  });

  it("with all three it is on, with defaults for the claim, scopes and name", () => {
    withEnv({ OIDC_ISSUER: "https://sso.jabarprov.go.id/", OIDC_CLIENT_ID: "trk", OIDC_CLIENT_SECRET: "rahasia" });
    expect(ssoConfig()).toEqual({
      id: "jabar-sso",
      issuer: "https://sso.jabarprov.go.id",
      clientId: "trk",
      clientSecret: "rahasia",
      nipClaim: "nip",
      scopes: "openid profile",
      name: "Jabar Smart ASN",
    });
  });

  it.each([
    ["only the issuer", { OIDC_ISSUER: "https://sso.jabarprov.go.id" }],
    ["no secret", { OIDC_ISSUER: "https://sso.jabarprov.go.id", OIDC_CLIENT_ID: "trk" }],
    ["an issuer that is not a URL", { OIDC_ISSUER: "sso.jabarprov", OIDC_CLIENT_ID: "trk", OIDC_CLIENT_SECRET: "x" }],
    ["scopes without openid", { OIDC_ISSUER: "https://sso.jabarprov.go.id", OIDC_CLIENT_ID: "trk", OIDC_CLIENT_SECRET: "x", OIDC_SCOPES: "profile nip" }],
  ])("refuses %s", (_label, vars) => {
    withEnv(vars);
    expect(() => env()).toThrow(/OIDC_/);
  });
});
