import { describe, expect, it } from "vitest";
import { readCsvTable } from "@/lib/domain/imports/csv-table";
import { positionKey, validateEmployeeFile, type EmployeeFileContext } from "@/lib/domain/imports/employee-file";
import {
  checkHeader,
  EMPLOYEE_IMPORT_COLUMNS,
  findDuplicateNips,
  findSupervisorCycles,
  parseEmployeeRecord,
} from "@/lib/domain/imports/employee-row";

const HEAD = "197005121996031001";
const STAFF = "199008172015032001";

/** A valid row of a staff member; override cells by column name. */
function record(line: number, cells: Partial<Record<(typeof EMPLOYEE_IMPORT_COLUMNS)[number], string>> = {}) {
  return {
    line,
    values: {
      nip: STAFF, nama: "Neneng Hasanah", gelar_depan: "", gelar_belakang: "S.Or.", golongan: "III/c", status: "PNS",
      jabatan: "Analis Kebijakan Ahli Pertama", kelas_jabatan: "8", jenis_jabatan: "FUNGSIONAL", unit_kerja: "Bidang Keolahragaan",
      kode_opd: "2.17", nip_atasan: HEAD, email: "neneng.hasanah@jabarprov.go.id", telepon: "0812-3456-7802",
      tmt: "2015-03-01", tmt_jabatan: "2020-01-02",
      ...cells,
    },
  };
}

describe("parseEmployeeRecord: a valid row", () => {
  it("normalises golongan, status, kind, e-mail and phone, and takes birth date and sex from the NIP", () => {
    const parsed = parseEmployeeRecord(
      record(7, { golongan: "iii-c", status: "pns", jenis_jabatan: "fungsional", email: "Neneng.Hasanah@JabarProv.go.id", unit_kerja: "  Bidang   Keolahragaan " }),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.row).toMatchObject({
      line: 7, nip: STAFF, golongan: "III/c", status: "PNS", positionKind: "FUNGSIONAL", kelasJabatan: 8,
      email: "neneng.hasanah@jabarprov.go.id", phone: "081234567802", unitName: "Bidang Keolahragaan",
      birthDate: "1990-08-17", gender: "PEREMPUAN", supervisorNip: HEAD, frontTitle: null, backTitle: "S.Or.",
    });
  });

  it("accepts a head of agency without supervisor and a PPPK with a roman grade", () => {
    expect(parseEmployeeRecord(record(2, { nip_atasan: "" })).row?.supervisorNip).toBeNull();
    expect(parseEmployeeRecord(record(2, { status: "PPPK", golongan: "9" })).row?.golongan).toBe("IX");
  });
});

describe("parseEmployeeRecord: each kind of bad value is reported on its line and column", () => {
  it.each([
    ["NIP too short", { nip: "19900817201503200" }, "nip", /18 digit/],
    ["NIP with letters", { nip: "19900817201503200A" }, "nip", /hanya boleh berisi angka/],
    ["NIP with an impossible birth date", { nip: "199002302015032001" }, "nip", /Tanggal lahir pada NIP/],
    ["NIP with appointment month 13", { nip: "199008172015132001" }, "nip", /Bulan pengangkatan/],
    ["NIP with sex digit 3", { nip: "199008172015033001" }, "nip", /Digit ke-15/],
    ["NIP PPPK code for a PNS", { nip: "199008172015212001" }, "status", /status harus PPPK/],
    ["empty name", { nama: "" }, "nama", /nama wajib diisi/],
    ["name with digits", { nama: "Neneng 2" }, "nama", /hanya boleh berisi huruf/],
    ["unknown status", { status: "HONORER" }, "status", /PNS, CPNS atau PPPK/],
    ["PPPK grade for a PNS", { golongan: "IX" }, "golongan", /I\/a sampai IV\/e.*tertulis "IX", status PNS/],
    ["PNS rank for a PPPK", { status: "PPPK", golongan: "III/a" }, "golongan", /Romawi I sampai XVII/],
    ["IV-only letter e in group III", { golongan: "III/e" }, "golongan", /I\/a sampai IV\/e/],
    ["kelas 0", { kelas_jabatan: "0" }, "kelas_jabatan", /1 sampai 17/],
    ["kelas 18", { kelas_jabatan: "18" }, "kelas_jabatan", /1 sampai 17/],
    ["kelas not a number", { kelas_jabatan: "8a" }, "kelas_jabatan", /1 sampai 17/],
    ["unknown kind", { jenis_jabatan: "ESELON" }, "jenis_jabatan", /STRUKTURAL, FUNGSIONAL atau PELAKSANA/],
    ["empty position", { jabatan: "" }, "jabatan", /jabatan wajib diisi/],
    ["empty unit", { unit_kerja: "" }, "unit_kerja", /unit_kerja wajib diisi/],
    ["empty agency code", { kode_opd: "" }, "kode_opd", /wajib diisi/],
    ["supervisor NIP malformed", { nip_atasan: "123" }, "nip_atasan", /18 digit/],
    ["own supervisor", { nip_atasan: STAFF }, "nip_atasan", /dirinya sendiri/],
    ["e-mail without domain", { email: "neneng@" }, "email", /e-mail tidak valid/],
    ["e-mail with two @", { email: "a@@b.id" }, "email", /e-mail tidak valid/],
    ["phone with letters", { telepon: "0812-ABC" }, "telepon", /telepon tidak valid/],
    ["date in another format", { tmt: "01/03/2015" }, "tmt", /format TTTT-BB-HH/],
    ["impossible date", { tmt_jabatan: "2021-02-29" }, "tmt_jabatan", /bukan tanggal yang valid/],
    ["missing date", { tmt: "" }, "tmt", /wajib diisi/],
    ["employment before birth", { tmt: "1989-01-01", tmt_jabatan: "2020-01-02" }, "tmt", /sebelum tanggal lahir/],
    ["position before employment", { tmt_jabatan: "2014-12-31" }, "tmt_jabatan", /tidak boleh sebelum tmt/],
  ] as const)("%s", (_label, cells, column, message) => {
    const parsed = parseEmployeeRecord(record(12, cells));
    expect(parsed.row).toBeNull();
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({ line: 12, column });
    expect(parsed.errors[0]!.message).toMatch(message);
    expect(parsed.errors[0]!.message.startsWith(`Kolom ${column}: `)).toBe(true);
  });

  it("keeps a valid NIP and supervisor for the file checks even when another cell is bad", () => {
    const parsed = parseEmployeeRecord(record(3, { email: "x" }));
    expect(parsed).toMatchObject({ nip: STAFF, supervisorNip: HEAD, row: null });
  });
});

describe("checkHeader", () => {
  it.each([
    ["complete", [...EMPLOYEE_IMPORT_COLUMNS], 0],
    ["any order, extra columns ignored", [...[...EMPLOYEE_IMPORT_COLUMNS].reverse(), "catatan"], 0],
    ["a column missing", EMPLOYEE_IMPORT_COLUMNS.filter((c) => c !== "email"), 1],
    ["a column twice", [...EMPLOYEE_IMPORT_COLUMNS, "nip"], 1],
  ])("%s", (_label, header, errors) => {
    const result = checkHeader(header);
    expect(result).toHaveLength(errors);
    for (const e of result) expect(e.line).toBe(1);
  });
});

describe("findDuplicateNips", () => {
  it("flags every line of a repeated NIP, naming the other lines", () => {
    const errors = findDuplicateNips([{ line: 2, nip: HEAD }, { line: 3, nip: STAFF }, { line: 5, nip: STAFF }, { line: 9, nip: STAFF }, { line: 6, nip: null }]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[3, "nip"], [5, "nip"], [9, "nip"]]);
    expect(errors[0]!.message).toContain("juga di baris 5, 9");
  });

  it("names at most three other lines, so a file of thousands of copies gives short messages", () => {
    const records = Array.from({ length: 5000 }, (_, i) => ({ line: i + 2, nip: STAFF }));
    const errors = findDuplicateNips(records);
    expect(errors).toHaveLength(5000);
    expect(errors[0]!.message).toContain("juga di baris 3, 4, 5 dan 4.996 baris lain");
    expect(errors[4999]!.message).toContain("juga di baris 2, 3, 4 dan 4.996 baris lain");
    expect(Math.max(...errors.map((e) => e.message.length))).toBeLessThan(200);
  });
});

describe("findSupervisorCycles", () => {
  const edges = (pairs: [string, string | null][]) => new Map(pairs);
  it.each([
    ["a chain to the head", [["c", "b"], ["b", "a"], ["a", null]], [], []],
    ["two in the file point at each other", [["a", "b"], ["b", "a"]], [], [["a", "b"]]],
    ["three in the file", [["a", "b"], ["b", "c"], ["c", "a"], ["d", "a"]], [], [["a", "b", "c"]]],
    ["the file closes a loop through the database", [["a", "x"]], [["x", "y"], ["y", "a"]], [["a", "x", "y"]]],
    ["the file breaks a loop of the database", [["x", null]], [["x", "y"], ["y", "x"]], []],
    ["a loop only in the database is not the file's", [["a", null]], [["x", "y"], ["y", "x"]], []],
    ["a file row pointing into a database chain", [["a", "x"]], [["x", "y"], ["y", null]], []],
  ] as [string, [string, string | null][], [string, string | null][], string[][]][])("%s", (_label, file, existing, expected) => {
    const cycles = findSupervisorCycles({ fileEdges: edges(file), existingEdges: edges(existing) });
    expect(cycles.map((c) => [...c].sort())).toEqual(expected.map((c) => [...c].sort()));
  });

  it("handles a 10,000-long chain without recursion", () => {
    const file = new Map<string, string | null>();
    for (let i = 0; i < 10_000; i++) file.set(`n${i}`, i === 0 ? null : `n${i - 1}`);
    expect(findSupervisorCycles({ fileEdges: file, existingEdges: new Map() })).toEqual([]);
    file.set("n0", "n9999");
    expect(findSupervisorCycles({ fileEdges: file, existingEdges: new Map() })[0]).toHaveLength(10_000);
  });
});

describe("validateEmployeeFile: checks that need the registered data", () => {
  const context = (over: Partial<EmployeeFileContext> = {}): EmployeeFileContext => ({
    knownOpdCodes: new Set(["2.17", "2.14"]),
    ownOpdCode: null,
    existingEmployees: new Map([[HEAD, { opdCode: "2.17", supervisorNip: null }]]),
    existingPositions: new Map(),
    ...over,
  });

  it("accepts a supervisor that is already registered", () => {
    expect(validateEmployeeFile([record(2)], context())).toMatchObject({ errors: [], invalidLineCount: 0, rows: [{ nip: STAFF }] });
  });

  it.each([
    ["an unknown agency", [record(2, { kode_opd: "9.99" })], context(), 2, "kode_opd", /tidak terdaftar/],
    ["another agency for an Admin OPD", [record(2, { kode_opd: "2.14", nip_atasan: "" })], context({ ownOpdCode: "2.17" }), 2, "kode_opd", /hanya dapat mengimpor pegawai perangkat daerah 2\.17/],
    ["a supervisor nowhere", [record(2)], context({ existingEmployees: new Map() }), 2, "nip_atasan", /tidak ada dalam berkas maupun/],
    ["a supervisor in another agency", [record(2)], context({ existingEmployees: new Map([[HEAD, { opdCode: "2.14", supervisorNip: null }]]) }), 2, "nip_atasan", /perangkat daerah yang sama/],
    ["a registered position with another kelas", [record(2)], context({ existingPositions: new Map([[positionKey("2.17", "Analis Kebijakan Ahli Pertama"), { kelasJabatan: 9, kind: "FUNGSIONAL" }]]) }), 2, "kelas_jabatan", /sudah terdaftar dengan kelas 9/],
    ["a position whose kelas differs between lines", [record(2, { nip_atasan: "" , nip: HEAD }), record(3, { kelas_jabatan: "9", jenis_jabatan: "FUNGSIONAL" })].map((r, i) => (i === 0 ? { ...r, values: { ...r.values, jabatan: "Analis Kebijakan Ahli Pertama" } } : r)), context({ existingEmployees: new Map() }), 3, "kelas_jabatan", /di baris 2 berkelas 8/],
  ] as const)("refuses %s", (_label, records, ctx, line, column, message) => {
    const check = validateEmployeeFile(records, ctx);
    const hit = check.errors.find((e) => e.line === line && e.column === column);
    expect(hit?.message).toMatch(message);
    expect(check.rows.some((r) => r.line === line)).toBe(false);
  });

  it("invalidates whole chains below a bad supervisor row, and keeps unrelated rows", () => {
    const kasi = "198101012006041008";
    const staff2 = "199505052020121014";
    const check = validateEmployeeFile(
      [
        record(2, { nip: HEAD, nip_atasan: "", golongan: "IX" }), // bad golongan
        record(3, { nip: kasi, nip_atasan: HEAD, tmt: "2006-04-01" }),
        record(4, { nip: STAFF, nip_atasan: kasi }),
        record(5, { nip: staff2, nip_atasan: "", tmt: "2020-12-01", tmt_jabatan: "2021-01-01" }),
      ],
      context({ existingEmployees: new Map() }),
    );
    expect(check.rows.map((r) => r.line)).toEqual([5]);
    expect(check.errors.map((e) => [e.line, e.column])).toEqual([[2, "golongan"], [3, "nip_atasan"], [4, "nip_atasan"]]);
    expect(check.invalidLineCount).toBe(3);
  });

  it("reports a cycle on each line in it", () => {
    const a = "198101012006041008";
    const b = "198202022007042009";
    const check = validateEmployeeFile(
      [record(2, { nip: a, nip_atasan: b, tmt: "2006-04-01" }), record(3, { nip: b, nip_atasan: a, tmt: "2007-04-01" })],
      context(),
    );
    expect(check.errors.map((e) => [e.line, e.column])).toEqual([[2, "nip_atasan"], [3, "nip_atasan"]]);
    expect(check.errors[0]!.message).toContain(`${a} → ${b} → ${a}`);
  });
});

describe("readCsvTable", () => {
  const header = EMPLOYEE_IMPORT_COLUMNS.join(",");
  const row = Object.values(record(2).values).map((v) => (v.includes(",") ? `"${v}"` : v)).join(",");
  const enc = (text: string) => new TextEncoder().encode(text);

  it.each([
    ["commas", `${header}\n${row}\n`],
    ["semicolons", `${header.replaceAll(",", ";")}\n${row.replaceAll(",", ";")}\n`],
    ["a byte-order mark and CRLF", `\uFEFF${header}\r\n${row}\r\n`],
    ["upper-case header and blank lines", `${header.toUpperCase()}\n\n${row}\n\n`],
  ])("reads %s", (_label, text) => {
    const table = readCsvTable(enc(text), { maxRows: 10 });
    expect(table.errors).toEqual([]);
    expect(table.header).toEqual([...EMPLOYEE_IMPORT_COLUMNS]);
    expect(table.records).toHaveLength(1);
    expect(table.records[0]!.values.nip).toBe(STAFF);
  });

  it("numbers lines from the header as 1, counting blank lines and quoted line breaks", () => {
    const table = readCsvTable(enc(`a,b\n1,2\n\n"x\ny",3\n4,5\n`), { maxRows: 10 });
    expect(table.records.map((r) => r.line)).toEqual([2, 4, 6]);
  });

  it.each([
    ["a row with too many cells", "a,b\n1,2,3\n4,5\n", [{ line: 2, message: expect.stringContaining("3 kolom") }]],
    ["an unclosed quote", 'a,b\n1,2\n"3,4\n', [{ line: 3, message: expect.stringContaining("tanda kutip") }]],
    ["an empty file", "\n\n", [{ line: 1, message: expect.stringContaining("kosong") }]],
    ["too many rows", "a\n1\n2\n3\n", [{ line: 1, message: expect.stringContaining("paling banyak 2 baris") }]],
  ])("reports %s", (_label, text, errors) => {
    expect(readCsvTable(enc(text), { maxRows: 2 }).errors).toEqual(errors);
  });

  it("refuses a file that is not UTF-8 and says which line", () => {
    const latin1 = Uint8Array.from([...enc("a,b\n1,2\nJos"), 0xe9, ...enc(",3\n")]);
    expect(readCsvTable(latin1, { maxRows: 10 }).errors).toEqual([{ line: 3, message: expect.stringContaining("UTF-8") }]);
  });
});
