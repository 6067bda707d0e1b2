/**
 * The contact details an employee edits on their profile (DESIGN.md §10). Both are optional; an
 * empty input clears the field.
 */
export type ContactParse = { ok: true; value: string | null } | { ok: false; message: string };

export const EMAIL_MAX_LENGTH = 254;

/** A plain address: one "@", a dotted domain, no spaces; stored in lower case. */
export function parseEmail(input: string): ContactParse {
  const value = input.trim();
  if (value === "") return { ok: true, value: null };
  if (value.length > EMAIL_MAX_LENGTH) return { ok: false, message: "Alamat e-mail terlalu panjang." };
  const valid = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(
    value,
  );
  if (!valid || value.startsWith(".") || value.includes("..") || value.split("@")[0]!.endsWith(".")) {
    return { ok: false, message: "Format alamat e-mail tidak valid (contoh: nama@jabarprov.go.id)." };
  }
  return { ok: true, value: value.toLowerCase() };
}

export const PHONE_MIN_DIGITS = 10;
export const PHONE_MAX_DIGITS = 15;

/**
 * An Indonesian mobile number written as 08… or +628…, with spaces, dots, dashes or brackets
 * allowed as separators. Stored in the national form "08…", which must have 10–15 digits.
 */
export function parsePhone(input: string): ContactParse {
  const compact = input.trim().replace(/[\s.\-()]/g, "");
  if (compact === "") return { ok: true, value: null };
  const message = `Nomor telepon harus diawali 08 atau +628 dan terdiri dari ${PHONE_MIN_DIGITS}–${PHONE_MAX_DIGITS} angka.`;
  let national: string;
  if (/^\+628\d+$/.test(compact)) national = `0${compact.slice(3)}`;
  else if (/^08\d+$/.test(compact)) national = compact;
  else return { ok: false, message };
  if (national.length < PHONE_MIN_DIGITS || national.length > PHONE_MAX_DIGITS) return { ok: false, message };
  return { ok: true, value: national };
}
