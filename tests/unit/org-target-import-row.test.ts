import { describe, expect, it } from "vitest";
import { readCsvTable } from "@/lib/domain/imports/csv-table";
import { checkOrgTargetHeader, validateOrgTargetFile, type OrgTargetFileContext } from "@/lib/domain/imports/org-target-file";
import { planOrgTargetImport, type StoredOrgTarget } from "@/lib/domain/imports/org-target-plan";
import {
  findDuplicateOrgTargets,
  ORG_TARGET_IMPORT_COLUMNS,
  parseOrgTargetRecord,
  type OrgTargetImportColumn,
  type OrgTargetImportRow,
} from "@/lib/domain/imports/org-target-row";
import { orgTargetImportTemplate } from "@/lib/domain/imports/org-target-template";
import { canonicalStoredDecimal, parseTargetValue } from "@/lib/domain/imports/target-value";

const SASARAN = "Meningkatnya kualitas penyelenggaraan Sistem Pemerintahan Berbasis Elektronik";
const INDIKATOR = "Indeks SPBE Pemerintah Daerah Provinsi Jawa Barat";

/** A valid row of Diskominfo; override cells by column name. */
function record(line: number, cells: Partial<Record<OrgTargetImportColumn, string>> = {}) {
  return {
    line,
    values: { kode_opd: "2.14", tahun: "2026", sasaran_strategis: SASARAN, indikator: INDIKATOR, target: "4.2", satuan: "indeks", ...cells },
  };
}

describe("parseTargetValue", () => {
  it.each([
    ["a point", "4.2", "4.2"],
    ["an Indonesian comma", "4,2", "4.2"],
    ["an integer", "95", "95"],
    ["zero", "0", "0"],
    ["trailing zeros dropped", "4,2000", "4.2"],
    ["leading zeros dropped", "007.50", "7.5"],
    ["four decimals", "0,1250", "0.125"],
    ["three decimals after a zero whole part", "0.125", "0.125"],
    ["two decimals", "87,25", "87.25"],
    ["fourteen digits before the point", "99999999999999.9999", "99999999999999.9999"],
    ["surrounding spaces", " 650 ", "650"],
  ])("accepts %s: %s → %s", (_label, text, value) => {
    expect(parseTargetValue(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["empty", "", /wajib diisi/],
    ["negative", "-1", /tidak boleh negatif/],
    ["five decimals", "4.20001", /paling banyak 4 angka di belakang koma/],
    ["a word", "empat", /harus berupa angka/],
    ["a percent sign", "90%", /harus berupa angka/],
    ["two separators of a decimal", "4.2.1", /harus berupa angka/],
    ["thousands separators with decimals", "1.500.000,5", /pemisah ribuan/],
    ["thousands separators", "1,500,000", /pemisah ribuan/],
    ["an ambiguous thousands point", "1.500", /meragukan/],
    ["an ambiguous thousands comma", "650,000", /meragukan/],
    ["an exponent", "1e3", /harus berupa angka/],
    ["fifteen digits before the point", "100000000000000", /terlalu besar/],
  ])("refuses %s (%s)", (_label, text, message) => {
    const result = parseTargetValue(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([
    ["4.2000", "4.2"],
    ["95.0000", "95"],
    ["0.0000", "0"],
    ["650", "650"],
  ])("reads a stored DECIMAL %s as %s", (stored, canonical) => {
    expect(canonicalStoredDecimal(stored)).toBe(canonical);
  });
});

describe("parseOrgTargetRecord: a valid row", () => {
  it("normalises whitespace and the target", () => {
    const parsed = parseOrgTargetRecord(record(5, { sasaran_strategis: `  ${SASARAN.replace(" ", "   ")} `, target: "4,20" }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.row).toEqual({ line: 5, opdCode: "2.14", year: 2026, sasaranStrategis: SASARAN, indikator: INDIKATOR, target: "4.2", unit: "indeks" });
  });

  it.each([
    ["year 2000", { tahun: "2000" }],
    ["year 2100", { tahun: "2100" }],
    ["a 500-character indicator", { indikator: "a".repeat(500) }],
    ["a 50-character unit", { satuan: "s".repeat(50) }],
    ["the unit %", { satuan: "%" }],
  ])("accepts %s", (_label, cells) => {
    expect(parseOrgTargetRecord(record(2, cells)).errors).toEqual([]);
  });
});

describe("parseOrgTargetRecord: each kind of bad value is reported on its line and column", () => {
  it.each([
    ["empty agency code", { kode_opd: "" }, "kode_opd", /wajib diisi/],
    ["an over-long agency code", { kode_opd: "2.".repeat(11) }, "kode_opd", /paling panjang 20/],
    ["empty year", { tahun: "" }, "tahun", /tahun wajib diisi/],
    ["year 1999", { tahun: "1999" }, "tahun", /2000 sampai 2100.*"1999"/],
    ["year 2101", { tahun: "2101" }, "tahun", /2000 sampai 2100/],
    ["a two-digit year", { tahun: "26" }, "tahun", /2000 sampai 2100/],
    ["a year with decimals", { tahun: "2026.0" }, "tahun", /2000 sampai 2100/],
    ["empty strategic target", { sasaran_strategis: "" }, "sasaran_strategis", /sasaran_strategis wajib diisi/],
    ["a 501-character strategic target", { sasaran_strategis: "a".repeat(501) }, "sasaran_strategis", /paling panjang 500/],
    ["an indicator of digits only", { indikator: "12345" }, "indikator", /bukan hanya angka/],
    ["empty indicator", { indikator: "" }, "indikator", /indikator wajib diisi/],
    ["a target in words", { target: "empat" }, "target", /harus berupa angka/],
    ["a negative target", { target: "-5" }, "target", /negatif/],
    ["five decimals", { target: "1,23456" }, "target", /4 angka di belakang koma/],
    ["empty unit", { satuan: "" }, "satuan", /satuan wajib diisi/],
    ["a 51-character unit", { satuan: "s".repeat(51) }, "satuan", /paling panjang 50/],
    ["a unit of digits", { satuan: "100" }, "satuan", /harus berupa kata/],
  ] as const)("%s", (_label, cells, column, message) => {
    const parsed = parseOrgTargetRecord(record(9, cells));
    expect(parsed.row).toBeNull();
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({ line: 9, column });
    expect(parsed.errors[0]!.message).toMatch(message);
    expect(parsed.errors[0]!.message.startsWith(`Kolom ${column}: `)).toBe(true);
  });

  it("keeps the key for the duplicate check when only the target or unit is bad, and drops it otherwise", () => {
    expect(parseOrgTargetRecord(record(3, { target: "x" })).key).toMatchObject({ opdCode: "2.14", year: 2026 });
    expect(parseOrgTargetRecord(record(3, { tahun: "x" })).key).toBeNull();
    expect(parseOrgTargetRecord(record(3, { tahun: "x" })).opdCode).toBe("2.14");
  });
});

describe("checkOrgTargetHeader", () => {
  it.each([
    ["complete", [...ORG_TARGET_IMPORT_COLUMNS], 0],
    ["any order, extra columns ignored", [...[...ORG_TARGET_IMPORT_COLUMNS].reverse(), "keterangan", "keterangan"], 0],
    ["a column missing", ORG_TARGET_IMPORT_COLUMNS.filter((c) => c !== "satuan"), 1],
    ["a column twice", [...ORG_TARGET_IMPORT_COLUMNS, "target"], 1],
  ])("%s", (_label, header, errors) => {
    const result = checkOrgTargetHeader(header);
    expect(result).toHaveLength(errors);
    for (const e of result) expect(e.line).toBe(1);
  });

  it("names the missing columns", () => {
    expect(checkOrgTargetHeader(["kode_opd", "tahun"])[0]!.message).toContain("tidak memuat kolom sasaran_strategis, indikator, target, satuan");
  });
});

describe("findDuplicateOrgTargets", () => {
  const key = (indikator: string, opdCode = "2.14", year = 2026) => ({ opdCode, year, sasaranStrategis: SASARAN, indikator });

  it("flags both lines of a repeated target, each naming the other", () => {
    const errors = findDuplicateOrgTargets([{ line: 2, key: key("A") }, { line: 3, key: key("B") }, { line: 7, key: key("A") }]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[2, "indikator"], [7, "indikator"]]);
    expect(errors[0]!.message).toContain("juga ada di baris 7");
    expect(errors[1]!.message).toContain("juga ada di baris 2");
  });

  it.each([
    ["differs only in case", key("indeks spbe"), key("Indeks SPBE"), 2],
    ["another year", key("A", "2.14", 2027), key("A"), 0],
    ["another agency", key("A", "2.02"), key("A"), 0],
    ["another indicator", key("A"), key("B"), 0],
  ])("a second line that %s", (_label, a, b, count) => {
    expect(findDuplicateOrgTargets([{ line: 2, key: a }, { line: 3, key: b }])).toHaveLength(count);
  });

  it("names at most three other lines", () => {
    const errors = findDuplicateOrgTargets(Array.from({ length: 100 }, (_, i) => ({ line: i + 2, key: key("A") })));
    expect(errors).toHaveLength(100);
    expect(errors[0]!.message).toContain("juga ada di baris 3, 4, 5 dan 96 baris lain");
  });
});

describe("validateOrgTargetFile", () => {
  const context = (over: Partial<OrgTargetFileContext> = {}): OrgTargetFileContext => ({
    knownOpdCodes: new Set(["2.14", "2.02"]),
    ownOpdCode: null,
    ...over,
  });

  it("keeps valid rows in file order", () => {
    const check = validateOrgTargetFile([record(2), record(3, { indikator: "Indeks KAMI" })], context());
    expect(check).toMatchObject({ errors: [], invalidLineCount: 0 });
    expect(check.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it.each([
    ["an unknown agency", [record(2, { kode_opd: "9.99" })], context(), 2, "kode_opd", /"9\.99" tidak terdaftar/],
    ["an unknown agency on a row with a bad year", [record(2, { kode_opd: "9.99", tahun: "20x6" })], context(), 2, "kode_opd", /tidak terdaftar/],
    ["another agency for an Admin OPD", [record(2, { kode_opd: "2.02" })], context({ ownOpdCode: "2.14" }), 2, "kode_opd", /milik perangkat daerah 2\.02; Anda hanya dapat mengimpor sasaran perangkat daerah 2\.14/],
    ["a repeated target", [record(2), record(4, { target: "5" })], context(), 4, "indikator", /juga ada di baris 2/],
  ] as const)("refuses %s", (_label, records, ctx, line, column, message) => {
    const check = validateOrgTargetFile(records, ctx);
    const hit = check.errors.find((e) => e.line === line && e.column === column);
    expect(hit?.message).toMatch(message);
    expect(check.rows.some((r) => r.line === line)).toBe(false);
  });

  it("lets an Admin OPD import their own agency", () => {
    expect(validateOrgTargetFile([record(2)], context({ ownOpdCode: "2.14" })).rows).toHaveLength(1);
  });

  it("reports every bad line, sorted, and keeps the others", () => {
    const check = validateOrgTargetFile(
      [record(2, { target: "x" }), record(3, { indikator: "Indeks KAMI" }), record(4, { tahun: "1990", satuan: "" }), record(5, { kode_opd: "2.02" })],
      context(),
    );
    expect(check.errors.map((e) => [e.line, e.column])).toEqual([[2, "target"], [4, "tahun"], [4, "satuan"]]);
    expect(check.invalidLineCount).toBe(2);
    expect(check.rows.map((r) => r.line)).toEqual([3, 5]);
  });
});

describe("planOrgTargetImport", () => {
  const row = (over: Partial<OrgTargetImportRow> = {}): OrgTargetImportRow => ({
    line: 2, opdCode: "2.14", year: 2026, sasaranStrategis: SASARAN, indikator: INDIKATOR, target: "4.2", unit: "indeks", ...over,
  });
  const stored = (over: Partial<StoredOrgTarget> = {}): StoredOrgTarget => ({
    id: 1, opdCode: "2.14", year: 2026, sasaranStrategis: SASARAN, indikator: INDIKATOR, target: "4.2", unit: "indeks", ...over,
  });

  it.each([
    ["nothing stored", [row()], [], { creates: 1, updates: 0, unchanged: 0 }],
    ["the same target stored", [row()], [stored()], { creates: 0, updates: 0, unchanged: 1 }],
    ["another year stored", [row()], [stored({ year: 2025 })], { creates: 1, updates: 0, unchanged: 0 }],
    ["another agency stored", [row()], [stored({ opdCode: "2.02" })], { creates: 1, updates: 0, unchanged: 0 }],
    ["a changed target value", [row({ target: "4.3" })], [stored()], { creates: 0, updates: 1, unchanged: 0 }],
    ["a changed unit", [row({ unit: "nilai" })], [stored()], { creates: 0, updates: 1, unchanged: 0 }],
    ["a corrected case", [row({ indikator: INDIKATOR.toUpperCase() })], [stored()], { creates: 0, updates: 1, unchanged: 0 }],
  ] as const)("%s", (_label, rows, existing, counts) => {
    const plan = planOrgTargetImport(rows, existing);
    expect({ creates: plan.creates.length, updates: plan.updates.length, unchanged: plan.unchanged }).toEqual(counts);
  });

  it("records only the changed fields, before and after", () => {
    const plan = planOrgTargetImport([row({ target: "4.5", unit: "indeks" })], [stored({ id: 7 })]);
    expect(plan.updates).toEqual([{ id: 7, row: expect.objectContaining({ target: "4.5" }), before: { target: "4.2" }, after: { target: "4.5" } }]);
  });

  it("prefers the exact match over a case variant", () => {
    const plan = planOrgTargetImport([row()], [stored({ id: 3, indikator: INDIKATOR.toLowerCase() }), stored({ id: 9 })]);
    expect(plan).toMatchObject({ creates: [], updates: [], unchanged: 1 });
  });
});

describe("the template", () => {
  it("is a file the import itself accepts", () => {
    const table = readCsvTable(new TextEncoder().encode(orgTargetImportTemplate()), { maxRows: 10 });
    expect(checkOrgTargetHeader(table.header)).toEqual([]);
    const check = validateOrgTargetFile(table.records, { knownOpdCodes: new Set(["2.17"]), ownOpdCode: null });
    expect(check.errors).toEqual([]);
    expect(check.rows.map((r) => r.target)).toEqual(["12.5", "58.75"]);
  });

  it("reads semicolons and a byte-order mark", () => {
    const text = `\uFEFF${orgTargetImportTemplate().replace(/,/g, ";").replace('"12;5"', "12,5")}`;
    const table = readCsvTable(new TextEncoder().encode(text), { maxRows: 10 });
    expect(table.errors).toEqual([]);
    expect(validateOrgTargetFile(table.records, { knownOpdCodes: new Set(["2.17"]), ownOpdCode: null }).rows).toHaveLength(2);
  });
});
