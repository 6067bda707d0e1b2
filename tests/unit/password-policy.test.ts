import { describe, expect, it } from "vitest";
import { birthDateForms, checkPassword, PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH } from "@/lib/domain/password-policy";

const NIP = "199203152015031001"; // born 15 March 1992
const context = { nip: NIP };

const MESSAGE = {
  empty: "Kata sandi wajib diisi.",
  short: "Kata sandi minimal 10 karakter.",
  long: "Kata sandi terlalu panjang: maksimal 72 byte (huruf beraksen dan emoji dihitung lebih dari satu byte).",
  upper: "Kata sandi harus memuat setidaknya satu huruf besar.",
  lower: "Kata sandi harus memuat setidaknya satu huruf kecil.",
  digit: "Kata sandi harus memuat setidaknya satu angka.",
  isNip: "Kata sandi tidak boleh sama dengan NIP.",
  hasNip: "Kata sandi tidak boleh memuat NIP.",
  birth: "Kata sandi tidak boleh memuat tanggal lahir.",
};

describe("checkPassword (DESIGN.md §12)", () => {
  it("uses the rule's limits", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(PASSWORD_MAX_BYTES).toBe(72);
  });

  it.each([
    ["exactly 10 characters", "Sandi4Kuat"],
    ["72 ASCII bytes", `Aa1${"x".repeat(69)}`],
    ["accented letters within 72 bytes", "Kécap-Manis2026"],
    ["an 8-digit number that is not the birth date", "Rahasia20260101"],
    ["the birth date as YYYYDDMM, not a listed form", "Rahasia19921503"],
    ["part of the NIP shorter than the birth date", "Pegawai9203x"],
  ])("accepts %s", (_label, password) => {
    expect(checkPassword(password, context)).toEqual([]);
  });

  it.each([
    ["empty", "", [MESSAGE.empty]],
    ["9 characters", "Sandi4Kua", [MESSAGE.short]],
    ["73 ASCII bytes", `Aa1${"x".repeat(70)}`, [MESSAGE.long]],
    ["40 characters but 80 bytes (two-byte letters)", `Aa1${"é".repeat(37)}`, [MESSAGE.long]],
    ["no upper case", "sandikuat4x", [MESSAGE.upper]],
    ["no lower case", "SANDIKUAT4X", [MESSAGE.lower]],
    ["no digit", "SandiKuatSekali", [MESSAGE.digit]],
    ["only digits, short", "12345", [MESSAGE.short, MESSAGE.upper, MESSAGE.lower]],
  ])("refuses %s", (_label, password, messages) => {
    expect(checkPassword(password, context)).toEqual(messages);
  });

  it.each([
    ["the NIP itself", NIP, [MESSAGE.upper, MESSAGE.lower, MESSAGE.isNip, MESSAGE.birth]],
    ["the NIP inside", `Aa${NIP}`, [MESSAGE.hasNip, MESSAGE.birth]],
    ["the NIP at the end", `${NIP}Ab`, [MESSAGE.hasNip, MESSAGE.birth]],
  ])("refuses %s (NIP given with surrounding spaces)", (_label, password, messages) => {
    expect(checkPassword(password, { nip: ` ${NIP} ` })).toEqual(messages);
  });

  it.each([
    ["YYYYMMDD", "Rahasia19920315"],
    ["DDMMYYYY", "Rahasia15031992"],
    ["YYYY-MM-DD", "Rahasia1992-03-15"],
    ["DD-MM-YYYY", "Rahasia15-03-1992"],
    ["DD/MM/YYYY", "Rahasia15/03/1992"],
    ["DD.MM.YYYY", "Rahasia15.03.1992"],
    ["YYYY/MM/DD", "Rahasia1992/03/15"],
    ["DDMMYY", "Rahasia150392"],
    ["YYMMDD", "Rahasia920315"],
  ])("refuses the birth date (from the NIP) written %s", (_label, password) => {
    expect(checkPassword(password, context)).toEqual([MESSAGE.birth]);
  });

  it("prefers an explicit birth date over the one in the NIP", () => {
    const birthDate = { year: 1985, month: 12, day: 1 };
    expect(checkPassword("Rahasia01-12-1985", { nip: NIP, birthDate })).toEqual([MESSAGE.birth]);
    expect(checkPassword("Rahasia19920315", { nip: NIP, birthDate })).toEqual([]);
  });

  it("checks no birth date when the NIP is invalid and none is given", () => {
    expect(checkPassword("Rahasia19920315", { nip: "bukan-nip" })).toEqual([]);
  });

  it("ignores an empty NIP instead of refusing every password", () => {
    expect(checkPassword("Sandi4Kuat", { nip: "" })).toEqual([]);
  });

  it("lists the zero-padded forms of a birth date", () => {
    expect(birthDateForms({ year: 1990, month: 1, day: 2 })).toEqual(
      expect.arrayContaining(["19900102", "02011990", "1990-01-02", "02-01-1990"]),
    );
  });
});
