/**
 * Disciplinary sanctions (hukuman disiplin, DESIGN.md §8.3 step 5, §9): the columns of the CSV file
 * and the checks that need nothing but the file itself. Pure.
 *
 * Columns (header row, in any order; extra columns are ignored):
 *   nip           18-digit NIP of a registered employee
 *   jenis         kind of sanction, e.g. "Penundaan kenaikan pangkat", at most 200 characters
 *   persen        share of kinerja + disiplin part cut each month, > 0 and ≤ 100, at most 2
 *                 decimals, "25" or "12,5"; empty = the policy's default (25%)
 *   bulan_mulai   YYYY-MM, the first month of the term
 *   jumlah_bulan  1–36, the number of months of the term
 *   nomor_sk      the decree's number, optional, at most 100 characters
 *
 * A sanction is identified by (nip, jenis, bulan_mulai); importing it again updates its percentage,
 * term and decree number.
 */
import type { RawRecord } from "./csv-table";
import { normaliseText } from "./employee-row";
import { otherLinesText } from "./import-lines";
import { columnError, type ImportRowError } from "./import-error";

export const SANCTION_IMPORT_COLUMNS = ["nip", "jenis", "persen", "bulan_mulai", "jumlah_bulan", "nomor_sk"] as const;
export type SanctionImportColumn = (typeof SANCTION_IMPORT_COLUMNS)[number];

export const SANCTION_KIND_MAX = 200;
export const SANCTION_REFERENCE_MAX = 100;
export const SANCTION_MAX_MONTHS = 36;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export type SanctionKey = { readonly nip: string; readonly kind: string; readonly startYear: number; readonly startMonth: number };

/** One valid row; `percentBp` null when the file leaves it to the policy's default. */
export type SanctionImportRow = SanctionKey & {
  readonly line: number;
  readonly percentBp: number | null;
  readonly months: number;
  readonly reference: string | null;
};

export type ParsedSanctionRecord = {
  readonly line: number;
  readonly key: SanctionKey | null;
  readonly row: SanctionImportRow | null;
  readonly errors: ImportRowError[];
};

export type { RawRecord };

const HAS_LETTER = /\p{L}/u;
const CONTROL = /\p{Cc}/u;

/** "25" → 2500, "12,5" / "12.5" → 1250 basis points; null when not a percentage in (0, 100] with ≤ 2 decimals. */
export function parsePercentBp(text: string): number | null {
  const m = /^([0-9]{1,3})(?:[.,]([0-9]{1,2}))?$/.exec(text);
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return bp > 0 && bp <= 10_000 ? bp : null;
}

export function parseSanctionRecord(record: RawRecord): ParsedSanctionRecord {
  const { line } = record;
  const cell = (column: SanctionImportColumn) => normaliseText(record.values[column]);
  const errors: ImportRowError[] = [];
  const fail = (column: SanctionImportColumn, message: string) => errors.push(columnError(line, column, message));

  const nip = cell("nip").replace(/ /g, "");
  if (nip === "") fail("nip", "NIP wajib diisi.");
  else if (!/^[0-9]{18}$/.test(nip)) fail("nip", `NIP harus 18 angka (tertulis "${nip}").`);

  const kind = cell("jenis");
  if (kind === "") fail("jenis", "jenis hukuman disiplin wajib diisi.");
  else if (kind.length > SANCTION_KIND_MAX) fail("jenis", `jenis paling panjang ${SANCTION_KIND_MAX} karakter.`);
  else if (CONTROL.test(kind) || !HAS_LETTER.test(kind)) fail("jenis", "jenis harus berupa kata, misalnya Penundaan kenaikan gaji berkala.");

  const percentText = cell("persen").replace(/%$/, "").trim();
  const percentBp = percentText === "" ? null : parsePercentBp(percentText);
  if (percentText !== "" && percentBp === null) {
    fail("persen", `persen harus angka lebih dari 0 sampai 100, paling banyak 2 angka di belakang koma, misalnya 25 atau 12,5 (tertulis "${cell("persen")}"); kosongkan untuk 25%.`);
  }

  const startText = cell("bulan_mulai");
  const sm = /^([0-9]{4})-([0-9]{2})$/.exec(startText);
  const startYear = sm ? Number(sm[1]) : NaN;
  const startMonth = sm ? Number(sm[2]) : NaN;
  if (startText === "") fail("bulan_mulai", "bulan_mulai wajib diisi dengan format YYYY-MM (misalnya 2026-11).");
  else if (!sm || startMonth < 1 || startMonth > 12 || startYear < MIN_YEAR || startYear > MAX_YEAR) {
    fail("bulan_mulai", `bulan_mulai harus bulan dengan format YYYY-MM, tahun ${MIN_YEAR}–${MAX_YEAR} (tertulis "${startText}").`);
  }

  const monthsText = cell("jumlah_bulan");
  const months = /^[0-9]{1,2}$/.test(monthsText) ? Number(monthsText) : NaN;
  if (monthsText === "") fail("jumlah_bulan", `jumlah_bulan wajib diisi, 1–${SANCTION_MAX_MONTHS}.`);
  else if (!(months >= 1 && months <= SANCTION_MAX_MONTHS)) {
    fail("jumlah_bulan", `jumlah_bulan harus bilangan bulat 1 sampai ${SANCTION_MAX_MONTHS} (tertulis "${monthsText}").`);
  }

  const reference = cell("nomor_sk");
  if (reference.length > SANCTION_REFERENCE_MAX) fail("nomor_sk", `nomor_sk paling panjang ${SANCTION_REFERENCE_MAX} karakter.`);
  else if (CONTROL.test(reference)) fail("nomor_sk", "nomor_sk memuat karakter yang tidak sah.");

  const keyErrors = errors.some((e) => e.column === "nip" || e.column === "jenis" || e.column === "bulan_mulai");
  const key: SanctionKey | null = keyErrors ? null : { nip, kind, startYear, startMonth };
  const row: SanctionImportRow | null =
    key && errors.length === 0 ? { ...key, line, percentBp, months, reference: reference === "" ? null : reference } : null;
  return { line, key, row, errors };
}

export const sanctionKeyText = (k: SanctionKey) => [k.nip, k.kind, k.startYear, k.startMonth].join("\u0000");

/** Every line whose (nip, jenis, bulan_mulai) also appears on another line is an error, naming the other lines. */
export function findDuplicateSanctions(records: readonly Pick<ParsedSanctionRecord, "line" | "key">[]): ImportRowError[] {
  const lines = new Map<string, number[]>();
  for (const { line, key } of records) {
    if (!key) continue;
    const k = sanctionKeyText(key);
    const list = lines.get(k);
    if (list) list.push(line);
    else lines.set(k, [line]);
  }
  const errors: ImportRowError[] = [];
  for (const all of lines.values()) {
    if (all.length < 2) continue;
    for (const line of all) errors.push(columnError(line, "jenis", `hukuman yang sama untuk NIP dan bulan_mulai ini juga ada di ${otherLinesText(all, line)}.`));
  }
  return errors;
}
