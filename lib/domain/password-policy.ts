import type { CalendarDate } from "./calendar-date";
import { parseNip } from "./nip";

/** DESIGN.md §12: at least 10 characters. */
export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt reads only the first 72 bytes of its input; a longer password would be silently truncated. */
export const PASSWORD_MAX_BYTES = 72;

export type PasswordContext = {
  readonly nip: string;
  /** Defaults to the birth date encoded in the NIP, when the NIP is valid. */
  readonly birthDate?: CalendarDate;
};

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/** The written forms of a birth date a password must not contain (DESIGN.md §12). */
export function birthDateForms(date: CalendarDate): string[] {
  const yyyy = pad(date.year, 4);
  const mm = pad(date.month, 2);
  const dd = pad(date.day, 2);
  const yy = yyyy.slice(2);
  // Two-digit years too (DDMMYY, YYMMDD): "Dimas030995Ab" is as guessable as the 8-digit form.
  const forms = [`${yyyy}${mm}${dd}`, `${dd}${mm}${yyyy}`, `${dd}${mm}${yy}`, `${yy}${mm}${dd}`];
  for (const separator of ["-", "/", "."]) {
    forms.push([yyyy, mm, dd].join(separator), [dd, mm, yyyy].join(separator));
  }
  return forms;
}

/**
 * Checks a new password against DESIGN.md §12. Returns the problems as messages in
 * Bahasa Indonesia, in a stable order; an empty array means the password is acceptable.
 */
export function checkPassword(password: string, context: PasswordContext): string[] {
  if (password === "") return ["Kata sandi wajib diisi."];

  const problems: string[] = [];
  // Length counts characters (code points), as a user would count them.
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    problems.push(`Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter.`);
  }
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) {
    problems.push(
      `Kata sandi terlalu panjang: maksimal ${PASSWORD_MAX_BYTES} byte ` +
        "(huruf beraksen dan emoji dihitung lebih dari satu byte).",
    );
  }
  if (!/\p{Lu}/u.test(password)) problems.push("Kata sandi harus memuat setidaknya satu huruf besar.");
  if (!/\p{Ll}/u.test(password)) problems.push("Kata sandi harus memuat setidaknya satu huruf kecil.");
  if (!/[0-9]/.test(password)) problems.push("Kata sandi harus memuat setidaknya satu angka.");

  const nip = context.nip.trim();
  if (nip !== "") {
    if (password === nip) problems.push("Kata sandi tidak boleh sama dengan NIP.");
    else if (password.includes(nip)) problems.push("Kata sandi tidak boleh memuat NIP.");
  }

  const birthDate = context.birthDate ?? birthDateFromNip(nip);
  if (birthDate && birthDateForms(birthDate).some((form) => password.includes(form))) {
    problems.push("Kata sandi tidak boleh memuat tanggal lahir.");
  }
  return problems;
}

function birthDateFromNip(nip: string): CalendarDate | undefined {
  const parsed = parseNip(nip);
  return parsed.ok ? parsed.birthDate : undefined;
}
