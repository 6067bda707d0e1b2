import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateTemporaryPassword, TEMPORARY_PASSWORD_ALPHABET, type RandomInt } from "@/lib/domain/accounts/temporary-password";
import { checkPassword } from "@/lib/domain/password-policy";

const NIP = "199203152015031001";
const context = { nip: NIP };
const FORMAT = /^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/;

/** A deterministic source cycling through `values` (each taken modulo the range asked for). */
const cycle = (values: number[]): RandomInt => {
  let i = 0;
  return (max) => values[i++ % values.length]! % max;
};

describe("generateTemporaryPassword", () => {
  it("uses no character that is easily mistaken for another", () => {
    for (const ambiguous of ["0", "O", "o", "1", "l", "I", "i"]) expect(TEMPORARY_PASSWORD_ALPHABET).not.toContain(ambiguous);
  });

  it.each([
    ["always the lowest value", cycle([0])],
    ["always the highest value", (max: number) => max - 1],
    ["a short repeating pattern", cycle([3, 1, 4, 1, 5, 9, 2, 6])],
    ["crypto.randomInt", (max: number) => randomInt(max)],
  ])("satisfies the password rule with %s", (_label, random) => {
    const password = generateTemporaryPassword(random, context);
    expect(password).toMatch(FORMAT);
    expect(checkPassword(password, context)).toEqual([]);
  });

  it("gives distinct, rule-abiding passwords from a cryptographic source", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const password = generateTemporaryPassword((max) => randomInt(max), context);
      expect(checkPassword(password, context)).toEqual([]);
      seen.add(password);
    }
    expect(seen.size).toBe(2000);
  });

  it("gives up loudly rather than return a password that breaks the rule", () => {
    // A stuck source produces one password only; make that password the "NIP" so the rule refuses it.
    const stuck = cycle([0]);
    const only = generateTemporaryPassword(stuck, context);
    expect(() => generateTemporaryPassword(stuck, { nip: only })).toThrow(/kata sandi sementara/);
  });
});
