import { describe, expect, it } from "vitest";
import { safeCallback } from "@/lib/domain/auth/safe-callback";

describe("safeCallback: where the login page may send the user afterwards", () => {
  it.each([
    ["a page of the app", "/aktivitas?tanggal=2026-12-04", "/aktivitas?tanggal=2026-12-04"],
    ["the root", "/", "/"],
    ["missing", undefined, "/"],
    ["the first of repeated values", ["/skp", "//evil.example"], "/skp"],
    ["protocol-relative host", "//evil.example/x", "/"],
    ["backslash read as a slash by browsers", "/\\evil.example/phish", "/"],
    ["encoded backslash stays a path", "/%5Cevil.example", "/%5Cevil.example"],
    ["absolute URL", "https://evil.example/", "/"],
    ["javascript scheme", "javascript:alert(1)", "/"],
    ["tab inside the host part", "/\t/evil.example", "/"],
    ["relative path", "aktivitas", "/"],
  ])("%s", (_label, input, expected) => {
    expect(safeCallback(input)).toBe(expected);
  });
});
