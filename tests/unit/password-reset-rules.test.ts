import { describe, expect, it } from "vitest";
import { classifyResetIdentifier, resetTokenExpiry, resetTokenState, RESET_TOKEN_TTL_MINUTES } from "@/lib/domain/accounts/password-reset";

describe("classifyResetIdentifier: NIP atau E-mail", () => {
  it.each([
    ["a NIP", "199203152015031001", { kind: "nip", nip: "199203152015031001" }],
    ["a NIP with spaces", " 19920315 201503 1 001 ", { kind: "nip", nip: "199203152015031001" }],
    ["an e-mail, lower-cased", " Nama.Saya@Jabarprov.GO.ID ", { kind: "email", email: "nama.saya@jabarprov.go.id" }],
    ["17 digits", "19920315201503100", { kind: "invalid" }],
    ["a NIP with an impossible birth date", "199202302015031001", { kind: "invalid" }],
    ["two @", "a@b@c", { kind: "invalid" }],
    ["an e-mail with a space", "nama saya@jabarprov.go.id", { kind: "invalid" }],
    ["empty", "   ", { kind: "invalid" }],
    ["a name", "Budi Santoso", { kind: "invalid" }],
  ])("%s", (_label, input, expected) => {
    expect(classifyResetIdentifier(input)).toEqual(expected);
  });
});

describe("resetTokenState: single use, 30 minutes", () => {
  const issued = new Date("2026-12-04T02:00:00Z");
  const expiresAt = resetTokenExpiry(issued);
  it("expires 30 minutes after issue", () => {
    expect(RESET_TOKEN_TTL_MINUTES).toBe(30);
    expect(expiresAt.toISOString()).toBe("2026-12-04T02:30:00.000Z");
  });
  it.each([
    ["just issued", issued, null, "VALID"],
    ["one millisecond before expiry", new Date(expiresAt.getTime() - 1), null, "VALID"],
    ["at expiry", expiresAt, null, "EXPIRED"],
    ["a day later", new Date("2026-12-05T02:00:00Z"), null, "EXPIRED"],
    ["used, still within the 30 minutes", issued, new Date("2026-12-04T02:05:00Z"), "USED"],
  ])("%s → %s", (_label, now, usedAt, state) => {
    expect(resetTokenState({ expiresAt, usedAt }, now)).toBe(state);
  });
});
