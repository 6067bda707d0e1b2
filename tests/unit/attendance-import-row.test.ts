import { describe, expect, it } from "vitest";
import { validateAttendanceFile, checkAttendanceHeader, type AttendanceEmployee, type AttendanceFileContext } from "@/lib/domain/imports/attendance-file";
import { planAttendanceImport, type StoredAttendanceDay } from "@/lib/domain/imports/attendance-plan";
import { parseAttendanceRecord, parseTimeOfDay, type AttendanceImportColumn } from "@/lib/domain/imports/attendance-row";
import { attendanceImportTemplate } from "@/lib/domain/imports/attendance-template";
import { readCsvTable } from "@/lib/domain/imports/csv-table";

const NIP = "199509032020031001";
const OTHER_NIP = "198503122010011002";

function record(line: number, cells: Partial<Record<AttendanceImportColumn, string>> = {}) {
  return { line, values: { nip: NIP, tanggal: "2026-11-02", jam_masuk: "07:45", jam_pulang: "16:10", status: "HADIR", ...cells } };
}

const employees = new Map<string, AttendanceEmployee>([
  [NIP, { id: 1, opdCode: "2.14", startDate: "2020-03-01", endDate: null }],
  [OTHER_NIP, { id: 2, opdCode: "3.04", startDate: "2010-01-01", endDate: "2026-11-15" }],
]);
const context: AttendanceFileContext = { employees, ownOpdCode: null, today: "2026-12-04", lockedMonths: new Set(["2026-10"]) };

describe("parseTimeOfDay", () => {
  it.each([
    ["HH:MM", "07:30", 450],
    ["H:MM", "7:05", 425],
    ["a point as separator", "16.45", 1005],
    ["midnight", "00:00", 0],
    ["the last minute", "23:59", 1439],
  ])("reads %s: %s → %i", (_label, text, minute) => expect(parseTimeOfDay(text)).toBe(minute));
  it.each([["24:00"], ["07:60"], ["7"], ["07:5"], ["jam 7"], ["07:30:00"], [""]])("refuses %s", (text) => expect(parseTimeOfDay(text)).toBeNull());
});

describe("parseAttendanceRecord", () => {
  it("reads a valid HADIR row into minutes", () => {
    expect(parseAttendanceRecord(record(2)).row).toEqual({ line: 2, nip: NIP, date: "2026-11-02", checkInMinute: 465, checkOutMinute: 970, status: "HADIR" });
  });

  it.each([
    ["HADIR without check-in (TL4)", { jam_masuk: "" }, { checkInMinute: null, checkOutMinute: 970 }],
    ["WFH without check-out (PSW4)", { status: "WFH", jam_pulang: "" }, { checkInMinute: 465, checkOutMinute: null }],
    ["HADIR without any time", { jam_masuk: "", jam_pulang: "" }, { checkInMinute: null, checkOutMinute: null }],
    ["CUTI with times: ignored", { status: "CUTI" }, { checkInMinute: null, checkOutMinute: null, status: "CUTI" }],
    ["DINAS_LUAR with a bad time: ignored", { status: "DINAS_LUAR", jam_masuk: "xx" }, { checkInMinute: null, status: "DINAS_LUAR" }],
    ["lower-case status", { status: "sakit" }, { status: "SAKIT" }],
    ["'dinas luar' with a space", { status: "dinas luar" }, { status: "DINAS_LUAR" }],
    ["TK", { status: "TK", jam_masuk: "", jam_pulang: "" }, { status: "TK" }],
  ])("accepts %s", (_label, cells, expected) => {
    const parsed = parseAttendanceRecord(record(3, cells));
    expect(parsed.errors).toEqual([]);
    expect(parsed.row).toMatchObject(expected);
  });

  it.each([
    ["an empty NIP", { nip: "" }, "nip", /wajib diisi/],
    ["a short NIP", { nip: "12345" }, "nip", /18 angka/],
    ["a malformed date", { tanggal: "02-11-2026" }, "tanggal", /YYYY-MM-DD/],
    ["a date that does not exist", { tanggal: "2026-02-29" }, "tanggal", /tanggal yang ada/],
    ["an empty date", { tanggal: "" }, "tanggal", /wajib diisi/],
    ["a bad check-in", { jam_masuk: "7 pagi" }, "jam_masuk", /HH:MM/],
    ["check-out before check-in", { jam_masuk: "16:00", jam_pulang: "07:30" }, "jam_pulang", /harus setelah jam_masuk \(16:00\)/],
    ["check-out equal to check-in", { jam_masuk: "08:00", jam_pulang: "08:00" }, "jam_pulang", /harus setelah/],
    ["an unknown status", { status: "IZIN" }, "status", /"IZIN" tidak dikenal/],
    ["an empty status", { status: "" }, "status", /wajib diisi/],
  ])("refuses %s", (_label, cells, column, message) => {
    const parsed = parseAttendanceRecord(record(4, cells));
    expect(parsed.row).toBeNull();
    const error = parsed.errors.find((e) => e.column === column);
    expect(error?.message).toMatch(message);
    expect(error?.message).toContain(`Kolom ${column}`);
    expect(error?.line).toBe(4);
  });
});

describe("validateAttendanceFile", () => {
  const messagesOf = (records: ReturnType<typeof record>[], ctx: AttendanceFileContext = context) =>
    validateAttendanceFile(records, ctx).errors.map((e) => [e.line, e.column, e.message]);

  it("keeps valid rows with their employee id", () => {
    const check = validateAttendanceFile([record(2), record(3, { tanggal: "2026-11-03" })], context);
    expect(check.errors).toEqual([]);
    expect(check.rows.map((r) => [r.employeeId, r.date])).toEqual([[1, "2026-11-02"], [1, "2026-11-03"]]);
  });

  it("accepts a weekend day (it never deducts; the calculation counts working days only)", () => {
    expect(validateAttendanceFile([record(2, { tanggal: "2026-11-07" })], context).errors).toEqual([]);
  });

  it("names both lines of a repeated (nip, tanggal)", () => {
    const errors = messagesOf([record(2), record(3, { tanggal: "2026-11-03" }), record(4)]);
    expect(errors).toEqual([
      [2, "tanggal", expect.stringContaining("juga ada di baris 4")],
      [4, "tanggal", expect.stringContaining("juga ada di baris 2")],
    ]);
  });

  it.each([
    ["an unknown NIP", { nip: "199001012015031001" }, context, "nip", /tidak terdaftar/],
    ["another agency's employee for an Admin OPD", { nip: OTHER_NIP, tanggal: "2026-11-02" }, { ...context, ownOpdCode: "2.14" }, "nip", /bukan pegawai perangkat daerah Anda \(2\.14\)/],
    ["a future day", { tanggal: "2026-12-05" }, context, "tanggal", /belum terjadi/],
    ["a day of a locked month", { tanggal: "2026-10-30" }, context, "tanggal", /bulan Oktober 2026 sudah dikunci/],
    ["a day before employment", { tanggal: "2020-02-28" }, context, "tanggal", /baru mulai bekerja pada 2020-03-01/],
    ["a day after employment ended", { nip: OTHER_NIP, tanggal: "2026-11-16" }, context, "tanggal", /sudah tidak bekerja/],
  ])("refuses %s", (_label, cells, ctx, column, message) => {
    const check = validateAttendanceFile([record(5, cells)], ctx);
    expect(check.rows).toEqual([]);
    expect(check.invalidLineCount).toBe(1);
    expect(check.errors.find((e) => e.column === column)?.message).toMatch(message);
  });

  it("accepts today itself and the last day of employment", () => {
    expect(validateAttendanceFile([record(2, { tanggal: "2026-12-04" }), record(3, { nip: OTHER_NIP, tanggal: "2026-11-15" })], context).errors).toEqual([]);
  });

  it("requires every column in the header", () => {
    expect(checkAttendanceHeader(["nip", "tanggal", "jam_masuk", "status"])[0]!.message).toMatch(/tidak memuat kolom jam_pulang/);
    expect(checkAttendanceHeader(["status", "nip", "tanggal", "jam_pulang", "jam_masuk", "lokasi"])).toEqual([]);
  });

  it("reads its own template as valid rows", () => {
    const table = readCsvTable(new TextEncoder().encode(attendanceImportTemplate()), { maxRows: 10 });
    expect(checkAttendanceHeader(table.header)).toEqual([]);
    const ctx = { ...context, employees: new Map([["198503122010011002", { id: 9, opdCode: "2.14", startDate: "2010-01-01", endDate: null }]]) };
    expect(validateAttendanceFile(table.records, ctx).rows).toHaveLength(2);
  });
});

describe("planAttendanceImport", () => {
  const row = (date: string, over: Partial<{ checkInMinute: number | null; checkOutMinute: number | null; status: "HADIR" | "CUTI" }> = {}) => ({
    line: 2, nip: NIP, employeeId: 1, date, checkInMinute: 465 as number | null, checkOutMinute: 970 as number | null, status: "HADIR" as const, ...over,
  });
  const stored = (date: string, over: Partial<StoredAttendanceDay> = {}): StoredAttendanceDay => ({
    id: 10, employeeId: 1, date, checkInMinute: 465, checkOutMinute: 970, status: "HADIR", ...over,
  });

  it("creates new days, counts identical ones unchanged and updates changed ones with before/after", () => {
    const plan = planAttendanceImport(
      [row("2026-11-02"), row("2026-11-03"), row("2026-11-04", { checkInMinute: null, status: "HADIR" }), row("2026-11-05", { status: "CUTI", checkInMinute: null, checkOutMinute: null })],
      [stored("2026-11-03"), stored("2026-11-04", { id: 11 }), stored("2026-11-05", { id: 12 })],
    );
    expect(plan.creates.map((r) => r.date)).toEqual(["2026-11-02"]);
    expect(plan.unchanged).toBe(1);
    expect(plan.updates.map((u) => [u.id, u.before, u.after])).toEqual([
      [11, { jam_masuk: "07:45" }, { jam_masuk: null }],
      [12, { jam_masuk: "07:45", jam_pulang: "16:10", status: "HADIR" }, { jam_masuk: null, jam_pulang: null, status: "CUTI" }],
    ]);
  });

  it("does not match another employee's day", () => {
    expect(planAttendanceImport([row("2026-11-02")], [stored("2026-11-02", { employeeId: 2 })]).creates).toHaveLength(1);
  });
});
