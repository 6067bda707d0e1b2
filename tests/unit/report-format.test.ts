import { describe, expect, it } from "vitest";
import { rational } from "@/lib/domain/rational";
import { formatMinutes, formatQuantity } from "@/lib/domain/reports/report-format";
import { parseReportPeriod } from "@/lib/domain/reports/report-period";
import { parseRecapParams } from "@/lib/domain/reports/recap-params";

const TODAY = { year: 2026, month: 12 };

describe("report texts", () => {
  it.each([
    ["whole", rational(20), "20"],
    ["one decimal", rational(5, 2), "2,5"],
    ["zero", rational(0), "0"],
    ["hundred", rational(100), "100"],
    ["two decimals", rational(5, 4), "1,25"],
    ["rounded half up", rational(2, 3), "0,67"],
  ])("formatQuantity: %s", (_, x, text) => expect(formatQuantity(x)).toBe(text));

  it("formatMinutes groups thousands with a point", () => {
    expect(formatMinutes(5714)).toBe("5.714 menit");
    expect(formatMinutes(0)).toBe("0 menit");
  });
});

describe("report period parameters", () => {
  it.each([
    ["nothing: this month", {}, { ok: true, value: { year: 2026, month: 12 } }],
    ["a month", { bulan: "2026-03" }, { ok: true, value: { year: 2026, month: 3 } }],
    ["a year", { tahun: "2025" }, { ok: true, value: { year: 2025, month: null } }],
    ["month 13", { bulan: "2026-13" }, { ok: false }],
    ["not a month", { bulan: "Maret" }, { ok: false }],
    ["not a year", { tahun: "26" }, { ok: false }],
    ["both", { bulan: "2026-03", tahun: "2026" }, { ok: false }],
  ])("%s", (_, params, expected) => expect(parseReportPeriod(params, TODAY)).toMatchObject(expected));

  it("recap: admins default to their agency, others to their team; bad ids are refused", () => {
    expect(parseRecapParams({}, { role: "ADMIN_OPD", opdId: 7 }, TODAY)).toEqual({ ok: true, value: { year: 2026, month: 12, mode: "opd", opdId: 7, unitId: null } });
    expect(parseRecapParams({}, { role: "PEGAWAI", opdId: 7 }, TODAY)).toEqual({ ok: true, value: { year: 2026, month: 12, mode: "tim", opdId: null, unitId: null } });
    expect(parseRecapParams({ opd: "9", unit: "3", bulan: "2026-02" }, { role: "ADMIN_BKD", opdId: 7 }, TODAY)).toEqual({ ok: true, value: { year: 2026, month: 2, mode: "opd", opdId: 9, unitId: 3 } });
    expect(parseRecapParams({ opd: "x" }, { role: "ADMIN_BKD", opdId: 7 }, TODAY)).toMatchObject({ ok: false, message: "Perangkat daerah tidak valid." });
    expect(parseRecapParams({ mode: "semua" }, { role: "ADMIN_BKD", opdId: 7 }, TODAY)).toMatchObject({ ok: false });
  });
});
