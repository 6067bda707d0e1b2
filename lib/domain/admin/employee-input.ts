import { type CalendarDate, compareCalendarDates } from "../calendar-date";
import { type EmployeeStatus, isEmployeeStatus } from "../employee-status";
import { parseGolongan } from "../golongan";
import { parseNip } from "../nip";
import { parseDateKey } from "../period";

/**
 * The personnel fields an admin types for an employee (create and edit), as the form sends them.
 * Unit and position are ids, checked against the agency by the service.
 */
export type EmployeeFieldsInput = {
  nip: string;
  name: string;
  frontTitle?: string | null;
  backTitle?: string | null;
  status: string;
  golongan: string;
  /** TMT pegawai, YYYY-MM-DD. */
  startDate: string;
  /** TMT jabatan, YYYY-MM-DD. */
  positionStartDate: string;
  email?: string | null;
  phone?: string | null;
};

export type EmployeeFields = {
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  status: EmployeeStatus;
  golongan: string;
  /** Derived from NIP digits 1–8. */
  birthDate: CalendarDate;
  /** Derived from NIP digit 15. */
  gender: "LAKI_LAKI" | "PEREMPUAN";
  startDate: CalendarDate;
  positionStartDate: CalendarDate;
  email: string | null;
  phone: string | null;
};

export type EmployeeFieldsResult =
  | { readonly ok: true; readonly value: EmployeeFields }
  | { readonly ok: false; readonly fieldErrors: Record<string, string[]> };

const NAME_RE = /^\p{L}[\p{L}\p{M} .'’-]*$/u;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TITLE_MAX = 60;

const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = (value ?? "").trim().replace(/\s+/g, " ");
  return trimmed === "" ? null : trimmed;
};

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Optional e-mail: blank → null, else a plausible address, stored in lower case. */
export function parseEmail(input: string | null | undefined): ParseResult<string | null> {
  const email = blankToNull(input)?.toLowerCase() ?? null;
  if (email === null) return { ok: true, value: null };
  if (email.length > 254 || !EMAIL_RE.test(email)) {
    return { ok: false, message: "Alamat e-mail tidak valid (contoh: nama@jabarprov.go.id)." };
  }
  return { ok: true, value: email };
}

/** Optional Indonesian phone number: spaces, dots and dashes dropped; 0… or +62…, 9–15 digits. */
export function parsePhone(input: string | null | undefined): ParseResult<string | null> {
  const raw = blankToNull(input);
  if (raw === null) return { ok: true, value: null };
  const phone = raw.replace(/[\s.()-]/g, "");
  if (!/^(\+62|0)[0-9]{8,13}$/.test(phone)) {
    return { ok: false, message: "Nomor telepon harus diawali 0 atau +62 dan berisi 9–15 angka (contoh: 081234567890)." };
  }
  return { ok: true, value: phone };
}

/**
 * Checks every field and collects all problems at once, so the form can mark each of them.
 * Birth date and gender are not typed: they come from the NIP (DESIGN.md §2).
 */
export function validateEmployeeFields(input: EmployeeFieldsInput): EmployeeFieldsResult {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  const nip = parseNip(input.nip);
  if (!nip.ok) add("nip", nip.message);

  const name = blankToNull(input.name);
  if (name === null) add("name", "Nama wajib diisi.");
  else if (name.length < 2 || name.length > 100) add("name", "Nama harus 2 sampai 100 karakter.");
  else if (!NAME_RE.test(name)) add("name", "Nama hanya boleh berisi huruf, spasi, titik, tanda petik dan tanda hubung; gelar diisi di kolom gelar.");

  const frontTitle = blankToNull(input.frontTitle);
  const backTitle = blankToNull(input.backTitle);
  if (frontTitle && frontTitle.length > TITLE_MAX) add("frontTitle", `Gelar depan paling banyak ${TITLE_MAX} karakter.`);
  if (backTitle && backTitle.length > TITLE_MAX) add("backTitle", `Gelar belakang paling banyak ${TITLE_MAX} karakter.`);

  const status = input.status.trim().toUpperCase();
  let golongan: string | null = null;
  if (!isEmployeeStatus(status)) {
    add("status", "Status kepegawaian harus PNS, CPNS atau PPPK.");
  } else {
    const parsed = parseGolongan(input.golongan, status);
    if (parsed.ok) golongan = parsed.golongan;
    else add("golongan", parsed.message);
    if (nip.ok && nip.kind === "PPPK" && status !== "PPPK") {
      add("status", "NIP dengan kode 21 pada digit 13–14 adalah NI PPPK; status kepegawaiannya harus PPPK.");
    }
  }

  const startDate = parseDateKey(input.startDate.trim());
  const positionStartDate = parseDateKey(input.positionStartDate.trim());
  if (!startDate) add("startDate", "TMT pegawai harus tanggal yang valid (TTTT-BB-HH).");
  if (!positionStartDate) add("positionStartDate", "TMT jabatan harus tanggal yang valid (TTTT-BB-HH).");
  if (nip.ok && startDate && compareCalendarDates(startDate, nip.birthDate) <= 0) {
    add("startDate", "TMT pegawai harus sesudah tanggal lahir pada NIP.");
  }
  if (startDate && positionStartDate && compareCalendarDates(positionStartDate, startDate) < 0) {
    add("positionStartDate", "TMT jabatan tidak boleh sebelum TMT pegawai.");
  }

  const email = parseEmail(input.email);
  if (!email.ok) add("email", email.message);
  const phone = parsePhone(input.phone);
  if (!phone.ok) add("phone", phone.message);

  if (Object.keys(errors).length > 0 || !nip.ok || !name || !golongan || !startDate || !positionStartDate || !email.ok || !phone.ok) {
    return { ok: false, fieldErrors: errors };
  }
  return {
    ok: true,
    value: {
      nip: nip.nip,
      name,
      frontTitle,
      backTitle,
      status: status as EmployeeStatus,
      golongan,
      birthDate: nip.birthDate,
      gender: nip.sex === 1 ? "LAKI_LAKI" : "PEREMPUAN",
      startDate,
      positionStartDate,
      email: email.value,
      phone: phone.value,
    },
  };
}
