import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import { nipFromClaims } from "@/lib/domain/auth/sso";
import type { SsoConfig } from "@/lib/env";

/** What the provider's profile becomes before our signIn callback decides on it. */
export type SsoProfile = { id: string; name: string | null; nip: string | null };

type Claims = Record<string, unknown>;

/**
 * next-auth's provider for the province's OpenID Connect provider: authorization code flow with
 * PKCE, state and nonce all checked, the ID token verified (signature, issuer, audience, expiry,
 * nonce) by openid-client. The NIP claim is read from the ID token, or from the userinfo endpoint
 * when the provider releases it only there.
 */
export function ssoProvider(config: SsoConfig): OAuthConfig<Claims> {
  return {
    id: config.id,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: config.scopes } },
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    httpOptions: { timeout: 10_000 },
    userinfo: {
      async request({ tokens, client }) {
        // With idToken: true next-auth passes openid-client's TokenSet (its type says parameters).
        const set = tokens as unknown as TokenSet;
        const claims = set.claims() as Claims;
        if (claims[config.nipClaim] != null || !client.issuer.metadata.userinfo_endpoint || !set.access_token) {
          return claims;
        }
        // openid-client checks that the userinfo `sub` is the ID token's.
        const info = (await client.userinfo(set)) as Claims;
        return { ...info, ...claims, [config.nipClaim]: info[config.nipClaim] };
      },
    },
    profile(claims) {
      const profile: SsoProfile = {
        id: String(claims.sub),
        name: typeof claims.name === "string" ? claims.name : null,
        nip: nipFromClaims(claims, config.nipClaim),
      };
      return profile;
    },
  };
}
