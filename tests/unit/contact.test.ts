import { describe, expect, it } from "vitest";
import { parseEmail, parsePhone } from "@/lib/domain/contact";

describe("parseEmail", () => {
  it.each([
    ["empty clears", "  ", null],
    ["plain", "nama@jabarprov.go.id", "nama@jabarprov.go.id"],
    ["trimmed and lower-cased", " Nama.Saya@Gmail.COM ", "nama.saya@gmail.com"],
    ["with plus and dash", "nama+trk@dinas-kominfo.jabarprov.go.id", "nama+trk@dinas-kominfo.jabarprov.go.id"],
  ])("accepts %s", (_label, input, value) => {
    expect(parseEmail(input)).toEqual({ ok: true, value });
  });

  it.each([
    ["no @", "nama.jabarprov.go.id"],
    ["no domain", "nama@"],
    ["no dot in the domain", "nama@localhost"],
    ["a space", "nama saya@jabarprov.go.id"],
    ["two @", "nama@@jabarprov.go.id"],
    ["a double dot", "nama..saya@jabarprov.go.id"],
    ["a leading dot", ".nama@jabarprov.go.id"],
    ["a domain label ending in a dash", "nama@jabarprov-.go.id"],
    ["255 characters", `${"a".repeat(243)}@jabarprov.id`],
  ])("refuses %s", (_label, input) => {
    expect(parseEmail(input).ok).toBe(false);
  });
});

describe("parsePhone: 08… or +628…, 10–15 digits", () => {
  it.each([
    ["empty clears", "", null],
    ["10 digits, the minimum", "0812345678", "0812345678"],
    ["15 digits, the maximum", "081234567890123", "081234567890123"],
    ["with separators", "0812-3456 (7890)", "081234567890"],
    ["+62 form, kept as 08…", "+62 812 3456 7890", "081234567890"],
    ["+62 form at 15 national digits", "+6281234567890123", "081234567890123"],
  ])("accepts %s", (_label, input, value) => {
    expect(parsePhone(input)).toEqual({ ok: true, value });
  });

  it.each([
    ["9 digits", "081234567"],
    ["16 digits", "0812345678901234"],
    ["a landline", "0227654321"],
    ["62 without the plus", "6281234567890"],
    ["+62 not followed by 8", "+62221234567"],
    ["letters", "0812abcd567"],
    ["a plus in the middle", "08+1234567890"],
  ])("refuses %s", (_label, input) => {
    expect(parsePhone(input).ok).toBe(false);
  });
});
