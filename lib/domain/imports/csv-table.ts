/**
 * Reads an import file (DESIGN.md §9: CSV, UTF-8, header row) into named cells with their line
 * numbers (header = line 1). Accepts what spreadsheet programs write: a byte-order mark, CRLF line
 * ends, and `;` instead of `,` as the delimiter (Excel in an Indonesian locale), detected from the
 * header line. Shared by every import.
 */
import { CsvError, parse } from "csv-parse/sync";
import type { ImportRowError } from "./import-error";

/** A data line of the file as read: its line number and its cells by column name. */
export type RawRecord = { readonly line: number; readonly values: Readonly<Record<string, string>> };

export type CsvTable = {
  /** Column names as written in the header, trimmed and lower-cased. */
  readonly header: string[];
  readonly records: RawRecord[];
  /** Lines that could not be read at all (encoding, quotes, wrong number of cells). */
  readonly errors: ImportRowError[];
};

type ParsedLine = { record: string[]; info: { lines: number }; raw: string };

export function detectDelimiter(firstLine: string): "," | ";" {
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

function decodeUtf8(bytes: Uint8Array): { text: string } | { error: ImportRowError } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const loose = new TextDecoder("utf-8").decode(bytes);
    const line = loose.slice(0, loose.indexOf("\uFFFD")).split("\n").length;
    return {
      error: {
        line,
        message: "Berkas bukan teks UTF-8. Simpan ulang dari aplikasi lembar kerja sebagai \"CSV UTF-8\".",
      },
    };
  }
}

function csvErrorMessage(error: CsvError): string {
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return "tanda kutip (\") dibuka tetapi tidak ditutup.";
  if (error.code === "CSV_INVALID_CLOSING_QUOTE") return "ada karakter langsung setelah tanda kutip penutup.";
  return "format CSV tidak dapat dibaca.";
}

export function readCsvTable(bytes: Uint8Array, options: { maxRows: number }): CsvTable {
  const decoded = decodeUtf8(bytes);
  if ("error" in decoded) return { header: [], records: [], errors: [decoded.error] };
  // Line numbers from csv-parse are only right with "\n" line ends.
  const text = decoded.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { header: [], records: [], errors: [{ line: 1, message: "Berkas kosong: tidak ada baris judul maupun data." }] };

  let lines: ParsedLine[];
  try {
    lines = parse(text, {
      delimiter: detectDelimiter(text.split("\n", 1)[0] ?? ""),
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as ParsedLine[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === "number" ? error.lines : 1;
      return { header: [], records: [], errors: [{ line, message: `Baris ${line}: ${csvErrorMessage(error)}` }] };
    }
    throw error;
  }

  const [first, ...rest] = lines.filter((l) => l.record.some((cell) => cell !== ""));
  if (!first) return { header: [], records: [], errors: [{ line: 1, message: "Berkas kosong: tidak ada baris judul maupun data." }] };
  const header = first.record.map((name) => name.trim().toLowerCase());
  if (rest.length > options.maxRows) {
    return {
      header,
      records: [],
      errors: [{ line: 1, message: `Berkas memuat ${rest.length} baris data; paling banyak ${options.maxRows} baris sekali impor.` }],
    };
  }

  const records: RawRecord[] = [];
  const errors: ImportRowError[] = [];
  for (const entry of rest) {
    const line = startLine(entry);
    if (entry.record.length !== header.length) {
      errors.push({ line, message: `Baris ini memiliki ${entry.record.length} kolom, sedangkan baris judul ${header.length} kolom.` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = entry.record[i] ?? ""));
    records.push({ line, values });
  }
  return { header, records, errors };
}

/** csv-parse reports the line a record ends on; a quoted cell may span lines. */
function startLine(entry: ParsedLine): number {
  const body = entry.raw.replace(/^\n+/, "").replace(/\n$/, "");
  return entry.info.lines - (body.split("\n").length - 1);
}
