import { describe, expect, it } from "vitest";
import { readCsvTable } from "@/lib/domain/imports/csv-table";
import { checkSanctionHeader, DEFAULT_SANCTION_BP, validateSanctionFile, type SanctionFileContext } from "@/lib/domain/imports/sanction-file";
import { planSanctionImport, type StoredSanction } from "@/lib/domain/imports/sanction-plan";
import { parsePercentBp, parseSanctionRecord, sanctionKeyText, type SanctionImportColumn } from "@/lib/domain/imports/sanction-row";
import { sanctionImportTemplate } from "@/lib/domain/imports/sanction-template";

const NIP = "197901202005061001";

function record(line: number, cells: Partial<Record<SanctionImportColumn, string>> = {}) {
  return { line, values: { nip: NIP, jenis: "Teguran tertulis", persen: "25", bulan_mulai: "2026-11", jumlah_bulan: "3", nomor_sk: "800/1/BKD", ...cells } };
}

const context: SanctionFileContext = { employeeIds: new Map([[NIP, 7], ["198503122010011002", 8]]), defaultBpByYear: new Map([[2026, 3000]]), cancelledKeys: new Set() };

describe("parsePercentBp", () => {
  it.each([
    ["an integer", "25", 2500],
    ["an Indonesian comma", "12,5", 1250],
    ["a point", "12.5", 1250],
    ["two decimals", "0,01", 1],
    ["the whole allowance", "100", 10_000],
  ])("accepts %s: %s → %i bp", (_l, text, bp) => expect(parsePercentBp(text)).toBe(bp));
  it.each([["0"], ["0,00"], ["100,01"], ["101"], ["12,345"], ["-5"], ["dua puluh"], ["1.000"]])("refuses %s", (text) => expect(parsePercentBp(text)).toBeNull());
});

describe("parseSanctionRecord", () => {
  it("reads a valid row", () => {
    expect(parseSanctionRecord(record(2)).row).toEqual({ line: 2, nip: NIP, kind: "Teguran tertulis", percentBp: 2500, startYear: 2026, startMonth: 11, months: 3, reference: "800/1/BKD" });
  });

  it.each([
    ["an empty percentage (the policy's default)", { persen: "" }, { percentBp: null }],
    ["a percent sign", { persen: "12,5%" }, { percentBp: 1250 }],
    ["no decree number", { nomor_sk: "" }, { reference: null }],
    ["the longest term", { jumlah_bulan: "36" }, { months: 36 }],
    ["whitespace collapsed in jenis", { jenis: "  Teguran   tertulis " }, { kind: "Teguran tertulis" }],
  ])("accepts %s", (_l, cells, expected) => {
    const parsed = parseSanctionRecord(record(3, cells));
    expect(parsed.errors).toEqual([]);
    expect(parsed.row).toMatchObject(expected);
  });

  it.each([
    ["a short NIP", { nip: "1979" }, "nip", /18 angka/],
    ["an empty jenis", { jenis: "" }, "jenis", /wajib diisi/],
    ["a jenis of digits only", { jenis: "123" }, "jenis", /berupa kata/],
    ["a zero percentage", { persen: "0" }, "persen", /lebih dari 0 sampai 100/],
    ["over 100%", { persen: "150" }, "persen", /lebih dari 0 sampai 100/],
    ["a start month 13", { bulan_mulai: "2026-13" }, "bulan_mulai", /YYYY-MM/],
    ["a start date instead of a month", { bulan_mulai: "2026-11-01" }, "bulan_mulai", /YYYY-MM/],
    ["zero months", { jumlah_bulan: "0" }, "jumlah_bulan", /1 sampai 36/],
    ["37 months", { jumlah_bulan: "37" }, "jumlah_bulan", /1 sampai 36/],
    ["a fractional term", { jumlah_bulan: "1,5" }, "jumlah_bulan", /bilangan bulat/],
    ["an empty term", { jumlah_bulan: "" }, "jumlah_bulan", /wajib diisi/],
    ["a decree number over 100 characters", { nomor_sk: "x".repeat(101) }, "nomor_sk", /100 karakter/],
  ])("refuses %s", (_l, cells, column, message) => {
    const parsed = parseSanctionRecord(record(4, cells));
    expect(parsed.row).toBeNull();
    const error = parsed.errors.find((e) => e.column === column);
    expect(error?.message).toMatch(message);
    expect(error?.message).toContain(`Kolom ${column}`);
  });
});

describe("validateSanctionFile", () => {
  it("fills an empty percentage with the policy's default of the start year, else 25%", () => {
    const check = validateSanctionFile([record(2, { persen: "" }), record(3, { persen: "", bulan_mulai: "2027-01" })], context);
    expect(check.rows.map((r) => r.percentBp)).toEqual([3000, DEFAULT_SANCTION_BP]);
    expect(DEFAULT_SANCTION_BP).toBe(2500);
  });

  it("names both lines of a repeated sanction, and refuses an unknown NIP and a cancelled sanction", () => {
    const cancelled = sanctionKeyText({ nip: NIP, kind: "Teguran lisan", startYear: 2026, startMonth: 1 });
    const check = validateSanctionFile(
      [record(2), record(3, { nip: "199001012015031001" }), record(4, { persen: "10" }), record(5, { jenis: "Teguran lisan", bulan_mulai: "2026-01" })],
      { ...context, cancelledKeys: new Set([cancelled]) },
    );
    expect(check.errors.map((e) => [e.line, e.column])).toEqual([[2, "jenis"], [3, "nip"], [4, "jenis"], [5, "jenis"]]);
    expect(check.errors[0]!.message).toMatch(/juga ada di baris 4/);
    expect(check.errors[1]!.message).toMatch(/tidak terdaftar/);
    expect(check.errors[3]!.message).toMatch(/sudah dibatalkan/);
    expect(check.rows).toEqual([]);
  });

  it("reads its own template", () => {
    const table = readCsvTable(new TextEncoder().encode(sanctionImportTemplate()), { maxRows: 10 });
    expect(checkSanctionHeader(table.header)).toEqual([]);
    expect(validateSanctionFile(table.records, context).rows.map((r) => r.percentBp)).toEqual([2500, 1250]);
  });
});

describe("planSanctionImport", () => {
  const stored: StoredSanction = { id: 4, employeeId: 7, kind: "Teguran tertulis", startYear: 2026, startMonth: 11, percentBp: 2500, months: 3, reference: "800/1/BKD" };
  const row = (over: object = {}) => ({ line: 2, nip: NIP, employeeId: 7, kind: "Teguran tertulis", startYear: 2026, startMonth: 11, percentBp: 2500, months: 3, reference: "800/1/BKD" as string | null, ...over });

  it.each([
    ["identical: unchanged", row(), { creates: 0, updates: 0, unchanged: 1 }],
    ["another start month: created", row({ startMonth: 12 }), { creates: 1, updates: 0, unchanged: 0 }],
    ["another kind: created", row({ kind: "Teguran lisan" }), { creates: 1, updates: 0, unchanged: 0 }],
    ["a changed term: updated", row({ months: 6 }), { creates: 0, updates: 1, unchanged: 0 }],
  ])("%s", (_l, r, counts) => {
    const plan = planSanctionImport([r], [stored]);
    expect({ creates: plan.creates.length, updates: plan.updates.length, unchanged: plan.unchanged }).toEqual(counts);
  });

  it("audits only the changed fields", () => {
    const plan = planSanctionImport([row({ percentBp: 1250, reference: null })], [stored]);
    expect(plan.updates[0]).toMatchObject({ id: 4, before: { persen_bp: 2500, nomor_sk: "800/1/BKD" }, after: { persen_bp: 1250, nomor_sk: null } });
  });
});
