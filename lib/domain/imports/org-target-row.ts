/**
 * Organisation targets from e-SAKIP (DESIGN.md §9): the columns of the CSV file and the checks that
 * need nothing but the file itself — one row at a time, and rows repeated within the file. Pure.
 *
 * Columns (header row, in any order; extra columns are ignored):
 *   kode_opd           agency code as in prisma/data/opd-jabar.csv, e.g. 2.14
 *   tahun              the year of the targets, 2000–2100
 *   sasaran_strategis  the agency's strategic target (sasaran strategis), at most 500 characters
 *   indikator          its indicator (IKU), at most 500 characters
 *   target             non-negative number, "4.2" or "4,2", at most 4 decimals (target-value.ts)
 *   satuan             unit of the indicator, e.g. persen, indeks, nilai; at most 50 characters
 *
 * A target is identified by (kode_opd, tahun, sasaran_strategis, indikator), the texts compared
 * after collapsing whitespace; importing it again updates its target and unit.
 */
import type { RawRecord } from "./csv-table";
import { normaliseText } from "./employee-row";
import { otherLinesText } from "./import-lines";
import { columnError, type ImportRowError } from "./import-error";
import { parseTargetValue } from "./target-value";

export const ORG_TARGET_IMPORT_COLUMNS = ["kode_opd", "tahun", "sasaran_strategis", "indikator", "target", "satuan"] as const;
export type OrgTargetImportColumn = (typeof ORG_TARGET_IMPORT_COLUMNS)[number];

export const ORG_TARGET_MIN_YEAR = 2000;
export const ORG_TARGET_MAX_YEAR = 2100;
export const ORG_TARGET_TEXT_MAX = 500;
export const ORG_TARGET_UNIT_MAX = 50;
const OPD_CODE_MAX = 20;

/** What identifies a target: one per agency, year, strategic target and indicator. */
export type OrgTargetKey = {
  readonly opdCode: string;
  readonly year: number;
  readonly sasaranStrategis: string;
  readonly indikator: string;
};

/** One valid row, normalised (whitespace collapsed, target in canonical form "4.2"). */
export type OrgTargetImportRow = OrgTargetKey & {
  readonly line: number;
  /** Canonical decimal text: "4.2", "95", "0.125". */
  readonly target: string;
  readonly unit: string;
};

/**
 * The outcome for one line. `key` is filled whenever the four identifying cells are valid, even
 * when the target or unit is not, so that the duplicate check still sees the line.
 */
export type ParsedOrgTargetRecord = {
  readonly line: number;
  /** The kode_opd cell when it is well-formed (whether the agency exists is the file's check). */
  readonly opdCode: string | null;
  readonly key: OrgTargetKey | null;
  readonly row: OrgTargetImportRow | null;
  readonly errors: ImportRowError[];
};

export type { RawRecord };

const HAS_LETTER = /\p{L}/u;
const CONTROL = /\p{Cc}/u;

export function parseOrgTargetRecord(record: RawRecord): ParsedOrgTargetRecord {
  const { line } = record;
  const cell = (column: OrgTargetImportColumn) => normaliseText(record.values[column]);
  const errors: ImportRowError[] = [];
  const fail = (column: OrgTargetImportColumn, message: string) => errors.push(columnError(line, column, message));

  const opdCode = cell("kode_opd");
  if (opdCode === "") fail("kode_opd", "kode_opd wajib diisi (misalnya 2.14).");
  else if (opdCode.length > OPD_CODE_MAX) fail("kode_opd", `kode_opd paling panjang ${OPD_CODE_MAX} karakter.`);

  const yearText = cell("tahun");
  const year = /^[0-9]{4}$/.test(yearText) ? Number(yearText) : NaN;
  const yearOk = year >= ORG_TARGET_MIN_YEAR && year <= ORG_TARGET_MAX_YEAR;
  if (!yearOk) {
    fail("tahun", yearText === ""
      ? "tahun wajib diisi (misalnya 2026)."
      : `tahun harus bilangan bulat ${ORG_TARGET_MIN_YEAR} sampai ${ORG_TARGET_MAX_YEAR} (tertulis "${yearText}").`);
  }

  const sasaranStrategis = requiredText(cell("sasaran_strategis"), { column: "sasaran_strategis", max: ORG_TARGET_TEXT_MAX, fail });
  const indikator = requiredText(cell("indikator"), { column: "indikator", max: ORG_TARGET_TEXT_MAX, fail });

  const target = parseTargetValue(cell("target"));
  if (!target.ok) fail("target", target.message);

  const unit = cell("satuan");
  if (unit === "") fail("satuan", "satuan wajib diisi (misalnya persen, indeks, nilai).");
  else if (unit.length > ORG_TARGET_UNIT_MAX) fail("satuan", `satuan paling panjang ${ORG_TARGET_UNIT_MAX} karakter.`);
  else if (CONTROL.test(unit) || !(HAS_LETTER.test(unit) || unit.includes("%"))) {
    fail("satuan", `satuan harus berupa kata, misalnya persen atau indeks (tertulis "${unit}").`);
  }

  const keyErrors = errors.some((e) => e.column === "kode_opd" || e.column === "tahun" || e.column === "sasaran_strategis" || e.column === "indikator");
  const key: OrgTargetKey | null = keyErrors ? null : { opdCode, year, sasaranStrategis, indikator };
  const row: OrgTargetImportRow | null =
    key && errors.length === 0 && target.ok ? { ...key, line, target: target.value, unit } : null;
  const opdCodeOk = !errors.some((e) => e.column === "kode_opd");
  return { line, opdCode: opdCodeOk ? opdCode : null, key, row, errors };
}

function requiredText(
  value: string,
  options: { column: OrgTargetImportColumn; max: number; fail: (c: OrgTargetImportColumn, m: string) => void },
): string {
  const { column, max, fail } = options;
  if (value === "") fail(column, `${column} wajib diisi.`);
  else if (value.length > max) fail(column, `${column} paling panjang ${max} karakter (tertulis ${value.length} karakter).`);
  else if (CONTROL.test(value) || !HAS_LETTER.test(value)) fail(column, `${column} harus berupa kalimat, bukan hanya angka atau tanda baca.`);
  return value;
}

/**
 * The key as compared within a file: case does not matter ("Indeks SPBE" and "indeks SPBE" on two
 * lines are one target written twice, and which line is right is unknown).
 */
export function orgTargetFileKey(key: OrgTargetKey): string {
  return [key.opdCode, String(key.year), key.sasaranStrategis.toLowerCase(), key.indikator.toLowerCase()].join("\u0000");
}

/** Every line whose target also appears on another line is an error, naming the other lines. */
export function findDuplicateOrgTargets(records: readonly Pick<ParsedOrgTargetRecord, "line" | "key">[]): ImportRowError[] {
  const lines = new Map<string, number[]>();
  for (const { line, key } of records) {
    if (!key) continue;
    const k = orgTargetFileKey(key);
    const list = lines.get(k);
    if (list) list.push(line);
    else lines.set(k, [line]);
  }
  const errors: ImportRowError[] = [];
  for (const all of lines.values()) {
    if (all.length < 2) continue;
    for (const line of all) {
      errors.push(
        columnError(line, "indikator", `sasaran strategis dan indikator yang sama untuk perangkat daerah dan tahun ini juga ada di ${otherLinesText(all, line)}.`),
      );
    }
  }
  return errors;
}
