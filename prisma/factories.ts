/**
 * Builders shared by the seed and the tests ("seed builders double as test factories"): valid
 * NIPs, create-input defaults for the organisation, employees and accounts, the default 2026
 * remuneration policy, and the demo accounts.
 *
 * Pure data only: no database access, no bcrypt, no file system, no import.meta, so unit tests,
 * integration tests, Playwright and the seed can all import it.
 */
import type { Prisma } from "../lib/generated/prisma/client";
import type { AccountStatus, EmployeeStatus, Gender, Role } from "../lib/generated/prisma/enums";
import { formatPersonName } from "../lib/domain/person-name";
import { defaultRemunerationPolicy } from "../lib/domain/remuneration/policy";
import { DEMO_AGENCIES, type DemoAgency, type DemoPerson } from "./data/demo-roster";

/** Temporary password of every seeded demo employee (must be changed at first login). */
export const DEMO_PASSWORD = "Sementara#2026";
/** Temporary password of the seeded Admin OPD and Admin BKD accounts. */
export const ADMIN_PASSWORD = "AdminSementara#2026";
/** DESIGN.md §12: bcrypt cost ≥ 12. */
export const BCRYPT_COST = 12;
export const EMAIL_DOMAIN = "jabarprov.go.id";

// ───────────────────────────── NIP ─────────────────────────────

export type GenderCode = "L" | "P";

export type NipParts = {
  /** YYYY-MM-DD */
  birthDate: string;
  /** YYYY-MM, the appointment (TMT) month */
  appointment: string;
  gender: GenderCode;
  /** 1–999 */
  serial: number;
};

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

function parseIsoDate(value: string): { y: number; m: number; d: number } {
  const match = DATE_RE.exec(value);
  if (!match) throw new Error(`Bukan tanggal YYYY-MM-DD: ${value}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new Error(`Tanggal tidak ada: ${value}`);
  }
  return { y, m, d };
}

/**
 * NIP (DESIGN.md §2): birth date YYYYMMDD + appointment YYYYMM + sex 1/2 + 3-digit serial.
 * Builders are stricter than the format: the appointment is at or after the 18th birthday month.
 */
export function makeNip(parts: NipParts): string {
  const birth = parseIsoDate(parts.birthDate);
  const match = MONTH_RE.exec(parts.appointment);
  if (!match) throw new Error(`Bukan bulan YYYY-MM: ${parts.appointment}`);
  const [ay, am] = [Number(match[1]), Number(match[2])];
  if (am < 1 || am > 12) throw new Error(`Bulan pengangkatan tidak valid: ${parts.appointment}`);
  if (ay * 12 + am < (birth.y + 18) * 12 + birth.m) {
    throw new Error(`Pengangkatan ${parts.appointment} sebelum usia 18 tahun (lahir ${parts.birthDate})`);
  }
  if (!Number.isInteger(parts.serial) || parts.serial < 1 || parts.serial > 999) {
    throw new Error(`Nomor urut NIP harus 1–999: ${parts.serial}`);
  }
  const p2 = (n: number) => String(n).padStart(2, "0");
  return (
    `${birth.y}${p2(birth.m)}${p2(birth.d)}` +
    `${ay}${p2(am)}` +
    (parts.gender === "L" ? "1" : "2") +
    String(parts.serial).padStart(3, "0")
  );
}

/** The parts of a structurally valid NIP, as Dates (UTC midnight) for @db.Date columns. */
export function nipFacts(nip: string): { birthDate: Date; appointmentStart: Date; gender: Gender } {
  if (!/^\d{18}$/.test(nip)) throw new Error(`NIP harus 18 digit: ${nip}`);
  const birth = parseIsoDate(`${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`);
  return {
    birthDate: new Date(Date.UTC(birth.y, birth.m - 1, birth.d)),
    appointmentStart: new Date(Date.UTC(Number(nip.slice(8, 12)), Number(nip.slice(12, 14)) - 1, 1)),
    gender: nip[14] === "1" ? "LAKI_LAKI" : "PEREMPUAN",
  };
}

/**
 * A valid NIP that is unique per sequence number (0 … ~36 million): for tests that need many
 * employees. Birth dates walk forward from 1980-01-01, one day per 999 serials.
 */
export function testNip(seq: number): string {
  if (!Number.isInteger(seq) || seq < 0) throw new Error(`seq harus bilangan bulat ≥ 0: ${seq}`);
  const birth = new Date(Date.UTC(1980, 0, 1 + Math.floor(seq / 999)));
  const iso = birth.toISOString().slice(0, 10);
  return makeNip({
    birthDate: iso,
    appointment: `${birth.getUTCFullYear() + 24}-03`,
    gender: seq % 2 === 0 ? "L" : "P",
    serial: (seq % 999) + 1,
  });
}

// ───────────────────────────── Small helpers ─────────────────────────────

/** "2026-01-05" → Date at UTC midnight, the value Prisma writes to a @db.Date column. */
export function dateOnly(iso: string): Date {
  const { y, m, d } = parseIsoDate(iso);
  return new Date(Date.UTC(y, m - 1, d));
}

export function genderFromCode(code: GenderCode): Gender {
  return code === "L" ? "LAKI_LAKI" : "PEREMPUAN";
}

/** "Dimas Arya Nugraha" → "dimas.nugraha@jabarprov.go.id". */
export function emailFor(name: string): string {
  const words = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z\s]/g, "")
    .split(/\s+/)
    .filter(Boolean);
  const local = words.length > 1 ? `${words[0]}.${words[words.length - 1]}` : (words[0] ?? "pegawai");
  return `${local}@${EMAIL_DOMAIN}`;
}

/** A plausible mobile number derived from the NIP (deterministic, not real). */
export function phoneFor(nip: string): string {
  return `0812${nip.slice(4, 8)}${nip.slice(15, 18)}${nip[14]}`;
}


// ───────────────────────────── Create-input defaults ─────────────────────────────

export function opdDefaults(overrides: Partial<Prisma.OpdUncheckedCreateInput> = {}): Prisma.OpdUncheckedCreateInput {
  return { code: "9.99", name: "Dinas Uji Coba", shortName: "Disuji", kind: "DINAS", ...overrides };
}

export function unitDefaults(
  input: { opdId: number } & Partial<Prisma.UnitUncheckedCreateInput>,
): Prisma.UnitUncheckedCreateInput {
  return { name: "Bidang Uji Coba", ...input };
}

export function positionDefaults(
  input: { opdId: number } & Partial<Prisma.PositionUncheckedCreateInput>,
): Prisma.PositionUncheckedCreateInput {
  return { name: "Pranata Komputer Ahli Pertama", kelasJabatan: 8, kind: "FUNGSIONAL", ...input };
}

let employeeSeq = 0;

export type EmployeeInput = { opdId: number; unitId: number; positionId: number } & Partial<
  Prisma.EmployeeUncheckedCreateInput
>;

/**
 * A complete employee create-input: a unique valid NIP (testNip of a module counter unless `nip`
 * or `seq` is given), birth date and gender consistent with it, PNS III/b, in position since
 * 2024-01-01. Anything can be overridden.
 */
export function employeeDefaults(input: EmployeeInput & { seq?: number }): Prisma.EmployeeUncheckedCreateInput {
  const { seq: givenSeq, ...rest } = input;
  const seq = givenSeq ?? ++employeeSeq;
  const nip = rest.nip ?? testNip(seq);
  const facts = nipFacts(nip);
  return {
    nip,
    name: `Pegawai Uji ${seq}`,
    golongan: "III/b",
    status: "PNS",
    birthDate: facts.birthDate,
    gender: facts.gender,
    startDate: facts.appointmentStart,
    positionStartDate: dateOnly("2024-01-01"),
    email: `pegawai.uji${seq}@${EMAIL_DOMAIN}`,
    ...rest,
  };
}

export type UserInput = { employeeId: number } & Partial<Prisma.UserUncheckedCreateInput>;

/** An ACTIVE PEGAWAI account; pass passwordHash (bcrypt) yourself, the factory does not hash. */
export function userDefaults(input: UserInput): Prisma.UserUncheckedCreateInput {
  const status: AccountStatus = input.status ?? "ACTIVE";
  return {
    role: "PEGAWAI",
    status,
    mustChangePassword: true,
    activatedAt: status === "ACTIVE" ? new Date() : null,
    ...input,
  };
}

// ───────────────────────────── Demo roster ─────────────────────────────

export type DemoEmployee = DemoPerson & {
  nip: string;
  opdCode: string;
  role: Role;
  account: "ACTIVE" | "INACTIVE";
};

function toDemoEmployee(agency: DemoAgency, person: DemoPerson): DemoEmployee {
  return {
    ...person,
    nip: makeNip(person),
    opdCode: agency.opdCode,
    role: person.role ?? "PEGAWAI",
    account: person.account ?? "ACTIVE",
  };
}

/** Every seeded demo employee, supervisors before their subordinates. */
export const DEMO_EMPLOYEES: DemoEmployee[] = DEMO_AGENCIES.flatMap((agency) =>
  agency.people.map((person) => toDemoEmployee(agency, person)),
);

/** The temporary password a seeded account gets (admins have their own). */
export function demoPasswordFor(role: Role): string {
  return role === "PEGAWAI" ? DEMO_PASSWORD : ADMIN_PASSWORD;
}

/** Employee create-input of a demo person, given the ids resolved by the seed. */
export function demoEmployeeData(
  person: DemoEmployee,
  ids: { opdId: number; unitId: number; positionId: number; supervisorId: number | null },
): Prisma.EmployeeUncheckedCreateInput {
  const facts = nipFacts(person.nip);
  const status: EmployeeStatus = person.status;
  return {
    nip: person.nip,
    name: person.name,
    frontTitle: person.frontTitle ?? null,
    backTitle: person.backTitle ?? null,
    golongan: person.golongan,
    status,
    birthDate: facts.birthDate,
    gender: genderFromCode(person.gender),
    startDate: facts.appointmentStart,
    positionStartDate: dateOnly(person.positionSince),
    email: emailFor(person.name),
    phone: phoneFor(person.nip),
    ...ids,
  };
}

export type DemoAccount = {
  nip: string;
  /** As stored in employee.name (no degrees). */
  name: string;
  /** With degrees, as printed on reports. */
  displayName: string;
  role: Role;
  password: string;
  position: string;
  opdCode: string;
};

function demoAccount(key: string): DemoAccount {
  const person = DEMO_EMPLOYEES.find((e) => e.key === key);
  if (!person) throw new Error(`Akun demo tidak ada di roster: ${key}`);
  return {
    nip: person.nip,
    name: person.name,
    displayName: formatPersonName(person),
    role: person.role,
    password: demoPasswordFor(person.role),
    position: person.position,
    opdCode: person.opdCode,
  };
}

/**
 * Notable demo logins (all ACTIVE, mustChangePassword true until changed). One supervision chain
 * in Diskominfo: staf → kepalaSeksi → kepalaBidang → kepalaDinas (head, no supervisor).
 */
export const DEMO_ACCOUNTS = {
  kepalaDinas: demoAccount("kepalaDinas"),
  kepalaBidang: demoAccount("kabidAptika"),
  kepalaSeksi: demoAccount("kasiAplikasi"),
  staf: demoAccount("stafAplikasi"),
  adminOpd: demoAccount("adminOpd"),
  adminBkd: demoAccount("adminBkd"),
} as const satisfies Record<string, DemoAccount>;

/** Seeded accounts that were never activated (no password), for activation tests. */
export const DEMO_INACTIVE_NIPS: string[] = DEMO_EMPLOYEES.filter((e) => e.account === "INACTIVE").map(
  (e) => e.nip,
);

// ───────────────────────────── Remuneration policy ─────────────────────────────

/** The seeded policy JSON: DESIGN.md §8 defaults (lib/domain/remuneration/policy.ts is authoritative). */
export function defaultRemunerationConfig(baseByKelas: Record<string, number>) {
  return defaultRemunerationPolicy(baseByKelas);
}

export type DefaultRemunerationConfig = ReturnType<typeof defaultRemunerationConfig>;

/** Default working hours (DESIGN.md §3): Mon–Thu 07:30–16:00, Fri 07:30–16:30. ISO weekday. */
export const DEFAULT_WORKING_HOURS = [
  { weekday: 1, startMinute: 450, endMinute: 960 },
  { weekday: 2, startMinute: 450, endMinute: 960 },
  { weekday: 3, startMinute: 450, endMinute: 960 },
  { weekday: 4, startMinute: 450, endMinute: 960 },
  { weekday: 5, startMinute: 450, endMinute: 990 },
] as const;

/** Scheduled lock of month M: day `lockDay` of M+1 at 23:59 WIB (UTC+7, no DST) = 16:59 UTC. */
export function scheduledLockAt(year: number, month: number, lockDay = 5): Date {
  return new Date(Date.UTC(year, month, lockDay, 23 - 7, 59, 0, 0));
}
