/**
 * Employee import from SIAp Jabar (DESIGN.md §9): the columns of the CSV file and the checks that
 * need nothing but the file itself — one row at a time, duplicate NIPs, and cycles in the
 * supervisor chain. Pure: the caller passes the supervisor links already in the database.
 *
 * Columns (header row, in any order; extra columns are ignored):
 *   nip            18 digits, checked by parseNip (birth date, appointment month, sex digit)
 *   nama           name without degrees
 *   gelar_depan    front degrees, e.g. "Dr." or "Ir. H." (may be empty)
 *   gelar_belakang back degrees, e.g. "S.T., M.T." (may be empty)
 *   golongan       PNS/CPNS I/a … IV/e, PPPK I … XVII (must fit `status`)
 *   status         PNS, CPNS or PPPK
 *   jabatan        position name (created in the OPD when missing)
 *   kelas_jabatan  1–17
 *   jenis_jabatan  STRUKTURAL, FUNGSIONAL or PELAKSANA
 *   unit_kerja     unit name (created in the OPD when missing)
 *   kode_opd       agency code as in prisma/data/opd-jabar.csv, e.g. 2.14
 *   nip_atasan     direct supervisor's NIP, in the file or already registered; empty for the head
 *   email          e-mail address (may be empty)
 *   telepon        phone number (may be empty)
 *   tmt            first day of employment, YYYY-MM-DD
 *   tmt_jabatan    in the current position since, YYYY-MM-DD
 */
import { compareCalendarDates } from "../calendar-date";
import { isEmployeeStatus, type EmployeeStatus } from "../employee-status";
import { parseGolongan } from "../golongan";
import { parseNip } from "../nip";
import { dateKey, parseDateKey } from "../period";
import type { RawRecord } from "./csv-table";
import { columnError, type ImportRowError } from "./import-error";
import { checkRequiredColumns, otherLinesText } from "./import-lines";

export const EMPLOYEE_IMPORT_COLUMNS = [
  "nip", "nama", "gelar_depan", "gelar_belakang", "golongan", "status", "jabatan", "kelas_jabatan",
  "jenis_jabatan", "unit_kerja", "kode_opd", "nip_atasan", "email", "telepon", "tmt", "tmt_jabatan",
] as const;

export type EmployeeImportColumn = (typeof EMPLOYEE_IMPORT_COLUMNS)[number];

export const POSITION_KINDS = ["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

/** One valid row, normalised (golongan "III/b", e-mail lower case, phone without separators). */
export type EmployeeImportRow = {
  readonly line: number;
  readonly nip: string;
  readonly name: string;
  readonly frontTitle: string | null;
  readonly backTitle: string | null;
  readonly golongan: string;
  readonly status: EmployeeStatus;
  readonly positionName: string;
  readonly kelasJabatan: number;
  readonly positionKind: PositionKind;
  readonly unitName: string;
  readonly opdCode: string;
  readonly supervisorNip: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  /** YYYY-MM-DD */
  readonly startDate: string;
  /** YYYY-MM-DD */
  readonly positionStartDate: string;
  /** YYYY-MM-DD, from the NIP. */
  readonly birthDate: string;
  readonly gender: "LAKI_LAKI" | "PEREMPUAN";
};

export type { RawRecord };

/**
 * The outcome for one line. `nip` and `supervisorNip` are filled whenever those two cells are
 * valid, even if another cell is not, so the file-level checks (duplicates, cycles, rows whose
 * supervisor is invalid) can still follow the chain.
 */
export type ParsedEmployeeRecord = {
  readonly line: number;
  readonly nip: string | null;
  /** undefined: the cell is invalid; null: empty (no supervisor). */
  readonly supervisorNip: string | null | undefined;
  readonly row: EmployeeImportRow | null;
  readonly errors: ImportRowError[];
};

/** Missing or repeated columns of the header (line 1); a repeated extra column too. */
export function checkHeader(header: readonly string[]): ImportRowError[] {
  return checkRequiredColumns(header, { required: EMPLOYEE_IMPORT_COLUMNS, rejectRepeatedExtras: true });
}

const NAME_RE = /^\p{L}[\p{L}\p{M} .'’-]*$/u;
const TITLE_RE = /^[\p{L}\p{M} .,()'-]+$/u;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE_RE = /^(\+62|62|0)[0-9]{7,13}$/;

/** Trims and collapses inner whitespace: "  Bidang   Statistik " → "Bidang Statistik". */
export function normaliseText(value: string | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

export function parseEmployeeRecord(record: RawRecord): ParsedEmployeeRecord {
  const { line } = record;
  const cell = (column: EmployeeImportColumn) => normaliseText(record.values[column]);
  const errors: ImportRowError[] = [];
  const fail = (column: EmployeeImportColumn, message: string) => errors.push(columnError(line, column, message));

  const nipResult = parseNip(cell("nip"));
  if (!nipResult.ok) fail("nip", nipResult.message);
  const nip = nipResult.ok ? nipResult.nip : null;

  const name = cell("nama");
  if (name === "") fail("nama", "nama wajib diisi.");
  else if (name.length > 150) fail("nama", "nama paling panjang 150 karakter.");
  else if (!NAME_RE.test(name)) fail("nama", "nama hanya boleh berisi huruf, spasi, titik, tanda hubung dan apostrof (tanpa gelar dan angka).");

  const titles = (["gelar_depan", "gelar_belakang"] as const).map((column) => {
    const value = cell(column);
    if (value.length > 60) fail(column, "gelar paling panjang 60 karakter.");
    else if (value !== "" && !TITLE_RE.test(value)) fail(column, "gelar hanya boleh berisi huruf, titik, koma dan spasi.");
    return value === "" ? null : value;
  });

  const statusText = cell("status").toUpperCase();
  const status = isEmployeeStatus(statusText) ? statusText : null;
  if (!status) fail("status", `status harus PNS, CPNS atau PPPK (tertulis "${cell("status")}").`);
  if (status && nipResult.ok && nipResult.kind === "PPPK" && status !== "PPPK") {
    fail("status", "NIP ini berkode PPPK (digit 13–14 = 21), jadi status harus PPPK.");
  }

  const golonganResult = status ? parseGolongan(cell("golongan"), status) : null;
  if (golonganResult && !golonganResult.ok) {
    fail("golongan", `${golonganResult.message.replace(/\.$/, "")} (tertulis "${cell("golongan")}", status ${status}).`);
  }
  const golongan = golonganResult?.ok ? golonganResult.golongan : null;

  const positionName = requiredName(cell("jabatan"), "jabatan", fail);
  const unitName = requiredName(cell("unit_kerja"), "unit_kerja", fail);
  const opdCode = cell("kode_opd");
  if (opdCode === "") fail("kode_opd", "kode_opd wajib diisi (misalnya 2.14).");

  const kelasText = cell("kelas_jabatan");
  const kelasJabatan = /^[0-9]{1,2}$/.test(kelasText) ? Number(kelasText) : NaN;
  if (!(kelasJabatan >= 1 && kelasJabatan <= 17)) {
    fail("kelas_jabatan", `kelas jabatan harus bilangan bulat 1 sampai 17 (tertulis "${kelasText}").`);
  }

  const kindText = cell("jenis_jabatan").toUpperCase();
  const positionKind = (POSITION_KINDS as readonly string[]).includes(kindText) ? (kindText as PositionKind) : null;
  if (!positionKind) fail("jenis_jabatan", `jenis jabatan harus STRUKTURAL, FUNGSIONAL atau PELAKSANA (tertulis "${cell("jenis_jabatan")}").`);

  const supervisorNip = parseSupervisorNip(cell("nip_atasan"), nip, (m) => fail("nip_atasan", m));

  const email = cell("email").toLowerCase();
  if (email !== "" && (email.length > 254 || !EMAIL_RE.test(email))) fail("email", `alamat e-mail tidak valid ("${cell("email")}").`);
  const phone = cell("telepon").replace(/[\s().-]/g, "");
  if (phone !== "" && !PHONE_RE.test(phone)) {
    fail("telepon", `nomor telepon tidak valid ("${cell("telepon")}"); gunakan angka saja, diawali 0, 62 atau +62.`);
  }

  const startDate = requiredDate(cell("tmt"), "tmt", fail);
  const positionStartDate = requiredDate(cell("tmt_jabatan"), "tmt_jabatan", fail);
  if (nipResult.ok && startDate && compareCalendarDates(startDate, nipResult.birthDate) <= 0) {
    fail("tmt", "tmt tidak boleh sebelum tanggal lahir pada NIP.");
  }
  if (startDate && positionStartDate && compareCalendarDates(positionStartDate, startDate) < 0) {
    fail("tmt_jabatan", "tmt_jabatan tidak boleh sebelum tmt.");
  }

  const valid =
    errors.length === 0 && nipResult.ok && status && golongan && positionKind && startDate && positionStartDate && supervisorNip !== undefined;
  const row: EmployeeImportRow | null = valid
    ? {
        line,
        nip: nipResult.nip,
        name,
        frontTitle: titles[0] ?? null,
        backTitle: titles[1] ?? null,
        golongan,
        status,
        positionName,
        kelasJabatan,
        positionKind,
        unitName,
        opdCode,
        supervisorNip: supervisorNip ?? null,
        email: email === "" ? null : email,
        phone: phone === "" ? null : phone,
        startDate: dateKey(startDate),
        positionStartDate: dateKey(positionStartDate),
        birthDate: dateKey(nipResult.birthDate),
        gender: nipResult.sex === 1 ? "LAKI_LAKI" : "PEREMPUAN",
      }
    : null;
  return { line, nip, supervisorNip, row, errors };
}

/** undefined when the cell is invalid, null when empty (the head of an agency has no supervisor). */
function parseSupervisorNip(text: string, ownNip: string | null, fail: (message: string) => void): string | null | undefined {
  if (text === "") return null;
  const parsed = parseNip(text);
  if (!parsed.ok) {
    fail(parsed.message);
    return undefined;
  }
  if (parsed.nip === ownNip) {
    fail("pegawai tidak boleh menjadi atasan langsung dirinya sendiri.");
    return undefined;
  }
  return parsed.nip;
}

function requiredName(value: string, column: EmployeeImportColumn, fail: (c: EmployeeImportColumn, m: string) => void): string {
  if (value === "") fail(column, `${column} wajib diisi.`);
  else if (value.length > 200) fail(column, `${column} paling panjang 200 karakter.`);
  return value;
}

function requiredDate(value: string, column: EmployeeImportColumn, fail: (c: EmployeeImportColumn, m: string) => void) {
  const date = parseDateKey(value);
  if (!date) {
    fail(column, value === "" ? `${column} wajib diisi (format TTTT-BB-HH).` : `"${value}" bukan tanggal yang valid; gunakan format TTTT-BB-HH, misalnya 2020-03-01.`);
  }
  return date;
}

/** Every line whose NIP also appears on another line is an error: which of them is right is unknown. */
export function findDuplicateNips(records: readonly Pick<ParsedEmployeeRecord, "line" | "nip">[]): ImportRowError[] {
  const lines = new Map<string, number[]>();
  for (const { line, nip } of records) {
    if (!nip) continue;
    const list = lines.get(nip);
    if (list) list.push(line);
    else lines.set(nip, [line]);
  }
  const errors: ImportRowError[] = [];
  for (const [nip, all] of lines) {
    if (all.length < 2) continue;
    for (const line of all) {
      errors.push(columnError(line, "nip", `NIP ${nip} muncul lebih dari sekali dalam berkas (juga di ${otherLinesText(all, line)}).`));
    }
  }
  return errors;
}

/**
 * Cycles in the supervisor chain once the file is applied: each NIP's supervisor is the file's
 * when the file has the NIP, else the database's. Returns each cycle that runs through at least
 * one NIP of the file, as the NIPs in chain order. A functional graph (one supervisor each), so a
 * single walk per node with three colours finds them all in linear time.
 */
export function findSupervisorCycles(input: {
  fileEdges: ReadonlyMap<string, string | null>;
  existingEdges: ReadonlyMap<string, string | null>;
}): string[][] {
  const supervisorOf = (nip: string): string | null =>
    input.fileEdges.has(nip) ? (input.fileEdges.get(nip) ?? null) : (input.existingEdges.get(nip) ?? null);
  const state = new Map<string, "walking" | "done">();
  const cycles: string[][] = [];
  for (const start of input.fileEdges.keys()) {
    const path: string[] = [];
    let current: string | null = start;
    while (current !== null && !state.has(current)) {
      state.set(current, "walking");
      path.push(current);
      current = supervisorOf(current);
    }
    if (current !== null && state.get(current) === "walking") {
      const cycle = path.slice(path.indexOf(current));
      if (cycle.some((nip) => input.fileEdges.has(nip))) cycles.push(cycle);
    }
    for (const nip of path) state.set(nip, "done");
  }
  return cycles;
}
