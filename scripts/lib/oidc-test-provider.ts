/**
 * A real OpenID Connect provider (the `oidc-provider` package) on loopback, standing in for the
 * province's Jabar Smart ASN in end-to-end tests. Its built-in development pages ask for a login
 * and a password: the login is the account id, the password is not checked. An account id of 18
 * digits carries that NIP in the `nip` claim (scope "nip"); any other id (e.g. "tanpa-nip")
 * carries none. Consent is granted up front, so the login page is the only step.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type OidcTestProvider = { issuer: string; clientId: string; clientSecret: string; close(): Promise<void> };

export async function startOidcTestProvider(options: {
  /** The app's public URL: the redirect URL is `${appUrl}/api/auth/callback/jabar-sso`. */
  appUrl: string;
  /** Display names by NIP, for the `name` claim. */
  names?: Record<string, string>;
  port?: number;
}): Promise<OidcTestProvider> {
  const { default: Provider } = await import("oidc-provider");
  const clientId = "trk-jabar-e2e";
  const clientSecret = "e2e-client-secret-e2e-client-secret";
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const appUrl = options.appUrl.replace(/\/+$/, "");

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${appUrl}/api/auth/callback/jabar-sso`],
        post_logout_redirect_uris: [`${appUrl}/login`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    claims: { openid: ["sub"], profile: ["name"], nip: ["nip"] },
    pkce: { methods: ["S256"], required: () => true },
    cookies: { keys: ["e2e-oidc-cookie-key-0123456789abcdef"] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    async findAccount(_ctx, id) {
      const nip = /^\d{18}$/.test(id) ? id : undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, name: (nip && options.names?.[nip]) || "Pengguna Uji", ...(nip ? { nip } : {}) };
        },
      };
    },
    async loadExistingGrant(ctx) {
      const client = ctx.oidc.client!;
      const session = ctx.oidc.session!;
      const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid profile nip");
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
  });
  server.on("request", provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
