import { type CalendarDate, isValidCalendarDate } from "./calendar-date";

/**
 * NIP, the 18-digit employee number (DESIGN.md §2):
 * digits 1–8 birth date YYYYMMDD, 9–14 first appointment YYYYMM (not before the birth
 * month), 15 sex (1 male, 2 female), 16–18 serial.
 *
 * The PPPK number (NI PPPK) has the same length and layout except that digits 13–14 hold the
 * code 21 instead of a month (appointment year only); it is accepted as kind "PPPK" so that
 * contract staff can log in and be imported.
 */
const PPPK_CODE = 21;
export const NIP_LENGTH = 18;

export type NipSex = 1 | 2;

export type ParsedNip = {
  readonly ok: true;
  /** The normalised NIP: 18 digits, no spaces. */
  readonly nip: string;
  readonly birthDate: CalendarDate;
  /** "PPPK" for an NI PPPK, whose appointment carries a year only (month null). */
  readonly kind: "NIP" | "PPPK";
  readonly appointment: { readonly year: number; readonly month: number | null };
  readonly sex: NipSex;
  /** Digits 16–18 as written, leading zeros kept ("001"). */
  readonly serial: string;
};

export type NipParseResult = ParsedNip | { readonly ok: false; readonly message: string };

// Plausibility floor for the birth year; no serving civil servant was born earlier.
const MIN_BIRTH_YEAR = 1900;

const fail = (message: string): NipParseResult => ({ ok: false, message });

export function parseNip(input: string): NipParseResult {
  const nip = input.trim();
  if (nip === "") return fail("NIP wajib diisi.");
  if (!/^[0-9]+$/.test(nip)) return fail("NIP hanya boleh berisi angka, tanpa spasi atau tanda baca.");
  if (nip.length !== NIP_LENGTH) {
    return fail(`NIP harus terdiri dari 18 digit angka (yang dimasukkan ${nip.length} digit).`);
  }

  const digits = (from: number, to: number): number => Number(nip.slice(from - 1, to));

  const birthDate: CalendarDate = { year: digits(1, 4), month: digits(5, 6), day: digits(7, 8) };
  if (birthDate.year < MIN_BIRTH_YEAR || !isValidCalendarDate(birthDate)) {
    return fail("Tanggal lahir pada NIP (digit 1–8, format TTTTBBHH) bukan tanggal yang valid.");
  }

  const appointmentYear = digits(9, 12);
  const monthDigits = digits(13, 14);
  const kind = monthDigits === PPPK_CODE ? "PPPK" : "NIP";
  if (kind === "NIP" && (monthDigits < 1 || monthDigits > 12)) {
    return fail("Bulan pengangkatan pada NIP (digit 13–14) harus antara 01 dan 12.");
  }
  const appointment = { year: appointmentYear, month: kind === "PPPK" ? null : monthDigits };
  const birthMonthIndex = birthDate.year * 12 + birthDate.month;
  const appointmentIndex = appointment.year * 12 + (appointment.month ?? 12);
  if (appointmentIndex < birthMonthIndex) {
    return fail("Tahun dan bulan pengangkatan pada NIP (digit 9–14) tidak boleh sebelum bulan lahir.");
  }

  const sex = digits(15, 15);
  if (sex !== 1 && sex !== 2) {
    return fail("Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan).");
  }

  return { ok: true, nip, kind, birthDate, appointment, sex, serial: nip.slice(15, 18) };
}

export function isValidNip(input: string): boolean {
  return parseNip(input).ok;
}
