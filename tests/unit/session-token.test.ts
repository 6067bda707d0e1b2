import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authSecret } from "@/lib/env";
import { decodeSessionToken, encodeSessionToken, type TrkToken } from "@/lib/server/auth/token";

const now = Math.floor(Date.now() / 1000);
const token: TrkToken = { sub: "7", name: "Staf", uid: 7, sid: "sid-1", sv: 2, mcp: false, loginAt: now, seenAt: now };

describe("session token (next-auth's encrypted JWT, key derived once)", () => {
  it("reads a cookie next-auth itself issued, and one this module issued", async () => {
    const issuedByNextAuth = await encode({ token, secret: authSecret(), maxAge: 3600 });
    await expect(decodeSessionToken(issuedByNextAuth)).resolves.toMatchObject({ uid: 7, sid: "sid-1", sv: 2 });
    // The key is cached: a second read gives the same.
    await expect(decodeSessionToken(issuedByNextAuth)).resolves.toMatchObject({ uid: 7 });
    await expect(decodeSessionToken(await encodeSessionToken(token))).resolves.toMatchObject({ uid: 7, sid: "sid-1" });
  });

  it("refuses a token of another secret, a tampered one, an expired one and one without the session fields", async () => {
    const otherSecret = await encode({ token, secret: "another-secret-another-secret-0123456789", maxAge: 3600 });
    expect(await decodeSessionToken(otherSecret)).toBeNull();
    const good = await encode({ token, secret: authSecret(), maxAge: 3600 });
    const parts = good.split(".");
    parts[3] = parts[3]!.replace(/^./, (c) => (c === "A" ? "B" : "A"));
    expect(await decodeSessionToken(parts.join("."))).toBeNull();
    expect(await decodeSessionToken(await encode({ token, secret: authSecret(), maxAge: -60 }))).toBeNull();
    expect(await decodeSessionToken(await encode({ token: { sub: "7", name: "x" }, secret: authSecret(), maxAge: 3600 }))).toBeNull();
    expect(await decodeSessionToken(undefined)).toBeNull();
    expect(await decodeSessionToken("not-a-token")).toBeNull();
  });
});
