import { describe, expect, it } from "vitest";
import { accountState } from "@/lib/domain/admin/account-state";
import { type EmployeeFieldsInput, parseEmail, parsePhone, validateEmployeeFields } from "@/lib/domain/admin/employee-input";
import { KELAS_JABATAN_MESSAGE, parseKelasJabatan } from "@/lib/domain/admin/kelas-jabatan";
import { parseOrgName, parsePositionKind, parseUnitCode } from "@/lib/domain/admin/org-input";

const VALID: EmployeeFieldsInput = {
  nip: "199509032020031001",
  name: "  Dimas   Arya Nugraha ",
  frontTitle: "",
  backTitle: "S.Kom.",
  status: "PNS",
  golongan: "iii/b",
  startDate: "2020-03-01",
  positionStartDate: "2021-03-01",
  email: " Dimas.Nugraha@JabarProv.go.id ",
  phone: "0812-3456-7890",
};

describe("validateEmployeeFields", () => {
  it("normalises a valid employee and derives birth date and gender from the NIP", () => {
    const result = validateEmployeeFields(VALID);
    expect(result).toEqual({
      ok: true,
      value: {
        nip: "199509032020031001",
        name: "Dimas Arya Nugraha",
        frontTitle: null,
        backTitle: "S.Kom.",
        status: "PNS",
        golongan: "III/b",
        birthDate: { year: 1995, month: 9, day: 3 },
        gender: "LAKI_LAKI",
        startDate: { year: 2020, month: 3, day: 1 },
        positionStartDate: { year: 2021, month: 3, day: 1 },
        email: "dimas.nugraha@jabarprov.go.id",
        phone: "081234567890",
      },
    });
  });

  it("derives PEREMPUAN from digit 15 = 2", () => {
    const result = validateEmployeeFields({ ...VALID, nip: "199509032020032001" });
    expect(result.ok && result.value.gender).toBe("PEREMPUAN");
  });

  it.each<[string, Partial<EmployeeFieldsInput>, string, RegExp]>([
    ["a 17-digit NIP", { nip: "19950903202003100" }, "nip", /18 digit/],
    ["an impossible birth date in the NIP", { nip: "199502302020031001" }, "nip", /Tanggal lahir pada NIP/],
    ["appointment before birth", { nip: "199509031990031001" }, "nip", /tidak boleh sebelum bulan lahir/],
    ["sex digit 3", { nip: "199509032020033001" }, "nip", /Digit ke-15/],
    ["an empty name", { name: "  " }, "name", /Nama wajib diisi/],
    ["digits in the name", { name: "Dimas 2" }, "name", /hanya boleh berisi huruf/],
    ["an unknown status", { status: "HONORER" }, "status", /PNS, CPNS atau PPPK/],
    ["III/e for a PNS", { golongan: "III/e" }, "golongan", /I\/a sampai IV\/e/],
    ["a PPPK grade for a PNS", { golongan: "IX" }, "golongan", /I\/a sampai IV\/e/],
    ["a PNS rank for a PPPK", { status: "PPPK", golongan: "III/b" }, "golongan", /Romawi I sampai XVII/],
    ["an NI PPPK (code 21) with status PNS", { nip: "199509032020211001" }, "status", /NI PPPK/],
    ["a malformed TMT", { startDate: "01-03-2020" }, "startDate", /tanggal yang valid/],
    ["a TMT on the birth date", { startDate: "1995-09-03", positionStartDate: "1995-09-03" }, "startDate", /sesudah tanggal lahir/],
    ["position before TMT", { positionStartDate: "2020-02-29" }, "positionStartDate", /tidak boleh sebelum TMT pegawai/],
    ["a bad e-mail", { email: "dimas@" }, "email", /e-mail tidak valid/],
    ["a bad phone", { phone: "12345" }, "phone", /diawali 0 atau \+62/],
  ])("refuses %s with a message on the field", (_label, change, field, message) => {
    const result = validateEmployeeFields({ ...VALID, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors[field]?.join(" ")).toMatch(message);
  });

  it("reports every bad field at once", () => {
    const result = validateEmployeeFields({ ...VALID, nip: "x", golongan: "Z", email: "no" });
    expect(result.ok ? [] : Object.keys(result.fieldErrors).sort()).toEqual(["email", "golongan", "nip"]);
  });

  it("accepts a PPPK with an NI PPPK and a roman grade", () => {
    const result = validateEmployeeFields({ ...VALID, nip: "199509032020211001", status: "pppk", golongan: "9" });
    expect(result.ok && [result.value.status, result.value.golongan]).toEqual(["PPPK", "IX"]);
  });
});

describe("contact fields", () => {
  it.each([
    ["blank", "  ", { ok: true, value: null }],
    ["lower-cased", "A@B.CO", { ok: true, value: "a@b.co" }],
    ["no domain dot", "a@b", { ok: false }],
  ] as const)("e-mail %s", (_l, input, expected) => {
    expect(parseEmail(input)).toMatchObject(expected);
  });
  it.each([
    ["blank", "", { ok: true, value: null }],
    ["+62 with spaces", "+62 812 3456 7890", { ok: true, value: "+6281234567890" }],
    ["too short", "0812345", { ok: false }],
    ["letters", "0812abc45678", { ok: false }],
  ] as const)("phone %s", (_l, input, expected) => {
    expect(parsePhone(input)).toMatchObject(expected);
  });
});

describe("parseKelasJabatan", () => {
  it.each([
    ["lowest", "1", { ok: true, kelas: 1 }],
    ["highest", "17", { ok: true, kelas: 17 }],
    ["a number", 9, { ok: true, kelas: 9 }],
    ["spaces", " 12 ", { ok: true, kelas: 12 }],
    ["zero", "0", { ok: false, message: KELAS_JABATAN_MESSAGE }],
    ["18", "18", { ok: false, message: KELAS_JABATAN_MESSAGE }],
    ["a fraction", "8.5", { ok: false, message: KELAS_JABATAN_MESSAGE }],
    ["negative", "-3", { ok: false, message: KELAS_JABATAN_MESSAGE }],
    ["blank", "", { ok: false, message: KELAS_JABATAN_MESSAGE }],
  ] as const)("%s", (_l, input, expected) => {
    expect(parseKelasJabatan(input)).toEqual(expected);
  });
});

describe("unit and position fields", () => {
  it.each([
    ["trimmed", "  Bidang   Statistik ", { ok: true, value: "Bidang Statistik" }],
    ["too short", "AB", { ok: false }],
    ["blank", " ", { ok: false, message: "Nama unit kerja wajib diisi." }],
  ] as const)("unit name %s", (_l, input, expected) => {
    expect(parseOrgName(input, "Nama unit kerja")).toMatchObject(expected);
  });
  it.each([
    ["blank → none", "", { ok: true, value: null }],
    ["SIAp style", "03.01", { ok: true, value: "03.01" }],
    ["a slash", "03/01", { ok: false }],
  ] as const)("unit code %s", (_l, input, expected) => {
    expect(parseUnitCode(input)).toMatchObject(expected);
  });
  it.each([
    ["fungsional", { ok: true, value: "FUNGSIONAL" }],
    ["Struktural", { ok: true, value: "STRUKTURAL" }],
    ["honorer", { ok: false }],
  ] as const)("position kind %s", (input, expected) => {
    expect(parsePositionKind(input)).toMatchObject(expected);
  });
});

describe("accountState", () => {
  const now = new Date("2026-03-10T03:00:00Z");
  it.each([
    ["no account row", null, "BELUM_AKTIF"],
    ["never activated", { status: "INACTIVE", lockedUntil: null }, "BELUM_AKTIF"],
    ["active", { status: "ACTIVE", lockedUntil: null }, "AKTIF"],
    ["active, lock expired", { status: "ACTIVE", lockedUntil: new Date("2026-03-10T02:59:59Z") }, "AKTIF"],
    ["active, locked until later", { status: "ACTIVE", lockedUntil: new Date("2026-03-10T03:14:00Z") }, "TERKUNCI"],
    ["deactivated, even if locked", { status: "DEACTIVATED", lockedUntil: new Date("2026-03-10T03:14:00Z") }, "NONAKTIF"],
  ] as const)("%s", (_l, user, expected) => {
    expect(accountState(user, now)).toBe(expected);
  });
});
