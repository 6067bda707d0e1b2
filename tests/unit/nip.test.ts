import { describe, expect, it } from "vitest";
import { isValidNip, parseNip } from "@/lib/domain/nip";

// Builds a NIP from its parts so each case changes exactly one thing.
const nip = (birth = "19920315", appointment = "201503", sex = "1", serial = "001") =>
  `${birth}${appointment}${sex}${serial}`;

describe("parseNip: NI PPPK (digits 13–14 = 21)", () => {
  it("accepts a PPPK number with an appointment year only", () => {
    expect(parseNip("199005122022212003")).toEqual({
      ok: true,
      nip: "199005122022212003",
      kind: "PPPK",
      birthDate: { year: 1990, month: 5, day: 12 },
      appointment: { year: 2022, month: null },
      sex: 2,
      serial: "003",
    });
  });

  it("refuses a PPPK number appointed before the birth year", () => {
    expect(parseNip("199005121989212003").ok).toBe(false);
  });
});

describe("parseNip: valid numbers", () => {
  it("splits a NIP into its parts", () => {
    expect(parseNip("199203152015031001")).toEqual({
      ok: true,
      nip: "199203152015031001",
      kind: "NIP",
      birthDate: { year: 1992, month: 3, day: 15 },
      appointment: { year: 2015, month: 3 },
      sex: 1,
      serial: "001",
    });
  });

  it.each([
    ["leap day in a leap year (1992-02-29)", nip("19920229")],
    ["leap day in a century leap year (2000-02-29)", nip("20000229", "202201")],
    ["last day of a 31-day month (1990-01-31)", nip("19900131")],
    ["last day of a 30-day month (1990-04-30)", nip("19900430")],
    ["December 31st", nip("19901231")],
    ["appointment in the birth month itself", nip("19920315", "199203")],
    ["appointment month 01", nip(undefined, "201501")],
    ["appointment month 12", nip(undefined, "201512")],
    ["sex digit 2", nip(undefined, undefined, "2")],
    ["serial 000", nip(undefined, undefined, undefined, "000")],
    ["surrounding whitespace", `  ${nip()}\t\n`],
  ])("accepts %s", (_label, input) => {
    expect(parseNip(input).ok).toBe(true);
    expect(isValidNip(input)).toBe(true);
  });

  it("returns the trimmed NIP and keeps the serial's leading zeros", () => {
    const parsed = parseNip(`  ${nip(undefined, undefined, "2", "042")} `);
    expect(parsed).toMatchObject({ ok: true, nip: "199203152015032042", sex: 2, serial: "042" });
  });
});

describe("parseNip: invalid numbers, with a specific message", () => {
  it.each([
    ["empty", "", "NIP wajib diisi."],
    ["only spaces", "   ", "NIP wajib diisi."],
    ["17 digits", nip().slice(0, 17), "NIP harus terdiri dari 18 digit angka (yang dimasukkan 17 digit)."],
    ["19 digits", `${nip()}0`, "NIP harus terdiri dari 18 digit angka (yang dimasukkan 19 digit)."],
    ["a letter", `${nip().slice(0, 17)}A`, "NIP hanya boleh berisi angka, tanpa spasi atau tanda baca."],
    ["spaces between the parts", "19920315 201503 1 001", "NIP hanya boleh berisi angka, tanpa spasi atau tanda baca."],
    ["a minus sign", `-${nip().slice(1)}`, "NIP hanya boleh berisi angka, tanpa spasi atau tanda baca."],
    ["full-width digits", "１９９２０３１５２０１５０３１００１", "NIP hanya boleh berisi angka, tanpa spasi atau tanda baca."],
  ])("refuses %s", (_label, input, message) => {
    expect(parseNip(input)).toEqual({ ok: false, message });
    expect(isValidNip(input)).toBe(false);
  });

  const badBirth = "Tanggal lahir pada NIP (digit 1–8, format TTTTBBHH) bukan tanggal yang valid.";
  it.each([
    ["29 Feb of a non-leap year (1993)", "19930229"],
    ["29 Feb of a century non-leap year (1900)", "19000229"],
    ["30 Feb", "19920230"],
    ["31 April", "19900431"],
    ["month 00", "19900015"],
    ["month 13", "19901315"],
    ["day 00", "19900100"],
    ["day 32", "19900132"],
    ["year before 1900", "18991231"],
  ])("refuses an impossible birth date: %s", (_label, birth) => {
    expect(parseNip(nip(birth, "202001"))).toEqual({ ok: false, message: badBirth });
  });

  const badMonth = "Bulan pengangkatan pada NIP (digit 13–14) harus antara 01 dan 12.";
  it.each([
    ["month 00", "201500"],
    ["month 13", "201513"],
    ["month 20 (not the PPPK code)", "201520"],
    ["month 22 (not the PPPK code)", "201522"],
    ["month 99", "201599"],
  ])("refuses an appointment %s", (_label, appointment) => {
    expect(parseNip(nip(undefined, appointment))).toEqual({ ok: false, message: badMonth });
  });

  const beforeBirth = "Tahun dan bulan pengangkatan pada NIP (digit 9–14) tidak boleh sebelum bulan lahir.";
  it.each([
    ["the month before the birth month", "19920315", "199202"],
    ["December of the year before birth", "19920115", "199112"],
    ["an earlier year", "19920315", "198003"],
  ])("refuses an appointment in %s", (_label, birth, appointment) => {
    expect(parseNip(nip(birth, appointment))).toEqual({ ok: false, message: beforeBirth });
  });

  it.each([["0"], ["3"], ["9"]])("refuses sex digit %s", (sex) => {
    expect(parseNip(nip(undefined, undefined, sex))).toEqual({
      ok: false,
      message: "Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).",
    });
  });
});
