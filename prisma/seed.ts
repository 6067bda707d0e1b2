/**
 * Seed: reference data (agencies, 2026 calendar, remuneration policy) and a demo agency
 * (Diskominfo, fully staffed) plus the BKD admin. Run with `npx tsx prisma/seed.ts`
 * (DATABASE_URL from the environment).
 *
 * Idempotent: every row is found by its business key and only created when missing; nothing that
 * exists is overwritten, so an admin's edits and a changed password survive a re-seed.
 * `--reset-passwords` puts the demo accounts back to their temporary password (for e2e runs).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import bcrypt from "bcrypt";
import { parse } from "csv-parse/sync";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../lib/generated/prisma/client";
import type { OpdKind } from "../lib/generated/prisma/enums";
import { readCsvTable } from "../lib/domain/imports/csv-table";
import { ORG_TARGET_IMPORT_MAX_ROWS } from "../lib/domain/imports/limits";
import { checkOrgTargetHeader, validateOrgTargetFile } from "../lib/domain/imports/org-target-file";
import { DEMO_AGENCIES } from "./data/demo-roster";
import { seedDemoRatings } from "./seed-ratings";
import { seedDemoSkps } from "./seed-skp";
import {
  BCRYPT_COST,
  DEFAULT_WORKING_HOURS,
  DEMO_ACCOUNTS,
  DEMO_EMPLOYEES,
  DEMO_INACTIVE_NIPS,
  dateOnly,
  defaultRemunerationConfig,
  demoEmployeeData,
  demoPasswordFor,
  scheduledLockAt,
} from "./factories";

const SEED_YEAR = 2026;
/** Diskominfo, the fully staffed demo agency: its organisation targets and this month's raters are seeded. */
const DEMO_TARGETS_OPD_CODE = "2.14";
const DATA_DIR = fileURLToPath(new URL("./data/", import.meta.url));
const OPD_KINDS: readonly OpdKind[] = ["SEKRETARIAT", "INSPEKTORAT", "DINAS", "BADAN", "RUMAH_SAKIT"];

type Tx = Prisma.TransactionClient;
type Row = Record<string, string>;

function readCsv(fileName: string, columns: string[]): Row[] {
  const rows = parse(readFileSync(`${DATA_DIR}${fileName}`, "utf8"), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  }) as Row[];
  rows.forEach((row, i) => {
    for (const column of columns) {
      if (!row[column]) throw new Error(`${fileName} baris ${i + 2}: kolom "${column}" kosong`);
    }
  });
  return rows;
}

function assertUnique(label: string, values: string[]): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(`Roster demo: ${label} ganda: ${value}`);
    seen.add(value);
  }
}

/** bcrypt cost 12 takes ~250 ms: hash each distinct password once, and only when needed. */
function passwordHasher(): (password: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  return (password) => {
    let hash = cache.get(password);
    if (!hash) {
      hash = bcrypt.hash(password, BCRYPT_COST);
      cache.set(password, hash);
    }
    return hash;
  };
}

async function seedOpds(tx: Tx): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const row of readCsv("opd-jabar.csv", ["kode", "nama", "singkatan", "jenis"])) {
    const kind = row.jenis as OpdKind;
    if (!OPD_KINDS.includes(kind)) throw new Error(`opd-jabar.csv: jenis tidak dikenal: ${row.jenis}`);
    const opd = await tx.opd.upsert({
      where: { code: row.kode! },
      create: { code: row.kode!, name: row.nama!, shortName: row.singkatan!, kind },
      update: {},
    });
    ids.set(opd.code, opd.id);
  }
  return ids;
}

async function seedDemoOrganisation(tx: Tx, opdIds: Map<string, number>) {
  const units = new Map<string, number>(); // `${opdCode}/${unitCode}` → id
  const positions = new Map<string, number>(); // `${opdCode}/${name}` → id
  for (const agency of DEMO_AGENCIES) {
    const opdId = opdIds.get(agency.opdCode);
    if (!opdId) throw new Error(`OPD ${agency.opdCode} tidak ada di opd-jabar.csv`);
    for (const unit of agency.units) {
      const parentId = unit.parentCode ? units.get(`${agency.opdCode}/${unit.parentCode}`) : null;
      if (parentId === undefined) throw new Error(`Unit induk ${unit.parentCode} harus didaftarkan lebih dulu`);
      const row = await tx.unit.upsert({
        where: { opdId_code: { opdId, code: unit.code } },
        create: { opdId, code: unit.code, name: unit.name, parentId },
        update: {},
      });
      units.set(`${agency.opdCode}/${unit.code}`, row.id);
    }
    for (const position of agency.positions) {
      const row = await tx.position.upsert({
        where: { opdId_name: { opdId, name: position.name } },
        create: { opdId, ...position },
        update: {},
      });
      positions.set(`${agency.opdCode}/${position.name}`, row.id);
    }
  }
  return { units, positions };
}

async function seedDemoEmployees(
  tx: Tx,
  refs: { opdIds: Map<string, number>; units: Map<string, number>; positions: Map<string, number> },
): Promise<Map<string, number>> {
  const ids = new Map<string, number>(); // roster key → employee id
  for (const person of DEMO_EMPLOYEES) {
    const unitId = refs.units.get(`${person.opdCode}/${person.unitCode}`);
    const positionId = refs.positions.get(`${person.opdCode}/${person.position}`);
    const supervisorId = person.supervisorKey ? ids.get(person.supervisorKey) : null;
    if (!unitId || !positionId || supervisorId === undefined) {
      throw new Error(`Roster demo: unit, jabatan atau atasan ${person.key} tidak ditemukan`);
    }
    const data = demoEmployeeData(person, { opdId: refs.opdIds.get(person.opdCode)!, unitId, positionId, supervisorId });
    const employee = await tx.employee.upsert({ where: { nip: person.nip }, create: data, update: {} });
    ids.set(person.key, employee.id);
  }
  return ids;
}

async function seedDemoUsers(
  tx: Tx,
  employeeIds: Map<string, number>,
  options: { resetPasswords: boolean },
): Promise<void> {
  const hash = passwordHasher();
  for (const person of DEMO_EMPLOYEES) {
    const employeeId = employeeIds.get(person.key)!;
    const existing = await tx.user.findUnique({ where: { employeeId }, select: { id: true } });
    const active = person.account === "ACTIVE";
    if (!existing) {
      await tx.user.create({
        data: {
          employeeId,
          role: person.role,
          status: active ? "ACTIVE" : "INACTIVE",
          passwordHash: active ? await hash(demoPasswordFor(person.role)) : null,
          mustChangePassword: true,
          activatedAt: active ? new Date() : null,
        },
      });
    } else if (options.resetPasswords && active) {
      await tx.user.update({
        where: { id: existing.id },
        data: {
          role: person.role,
          status: "ACTIVE",
          passwordHash: await hash(demoPasswordFor(person.role)),
          mustChangePassword: true,
          failedLoginCount: 0,
          lockedUntil: null,
          sessionVersion: { increment: 1 },
        },
      });
    }
  }
}

async function seedCalendar(tx: Tx): Promise<void> {
  for (const row of readCsv("libur-2026-sample.csv", ["tanggal", "keterangan"])) {
    await tx.holiday.upsert({
      where: { date: dateOnly(row.tanggal!) },
      create: { date: dateOnly(row.tanggal!), description: row.keterangan! },
      update: {},
    });
  }
  const validFrom = dateOnly(`${SEED_YEAR}-01-01`);
  for (const hours of DEFAULT_WORKING_HOURS) {
    await tx.workingHours.upsert({
      where: { validFrom_weekday: { validFrom, weekday: hours.weekday } },
      create: { validFrom, ...hours },
      update: {},
    });
  }
  for (let month = 1; month <= 12; month++) {
    await tx.period.upsert({
      where: { year_month: { year: SEED_YEAR, month } },
      create: { year: SEED_YEAR, month, lockAt: scheduledLockAt(SEED_YEAR, month) },
      update: {},
    });
  }
}

async function seedPolicy(tx: Tx): Promise<void> {
  const baseByKelas: Record<string, number> = {};
  for (const row of readCsv("kelas-jabatan-sample.csv", ["kelas_jabatan", "basis_trk_rupiah"])) {
    const kelas = Number(row.kelas_jabatan);
    const base = Number(row.basis_trk_rupiah);
    if (!Number.isInteger(kelas) || kelas < 1 || kelas > 17 || !Number.isSafeInteger(base) || base < 0) {
      throw new Error(`kelas-jabatan-sample.csv: baris tidak valid: ${JSON.stringify(row)}`);
    }
    baseByKelas[String(kelas)] = base;
  }
  if (Object.keys(baseByKelas).length !== 17) throw new Error("kelas-jabatan-sample.csv harus memuat kelas 1–17");
  await tx.remunerationPolicy.upsert({
    where: { year_version: { year: SEED_YEAR, version: 1 } },
    create: {
      year: SEED_YEAR,
      version: 1,
      config: defaultRemunerationConfig(baseByKelas),
      note: "Nilai bawaan DESIGN.md §8; basis TRK per kelas jabatan dari data contoh.",
    },
    update: {},
  });
}

/**
 * The demo agency's organisation targets (e-SAKIP), so its head can cascade the RHK of their SKP:
 * the Diskominfo rows of the sample that `npm run trk -- import-org-targets` also reads, checked
 * and normalised by the same rules as the import (so importing the sample afterwards finds them
 * unchanged). The other agencies' rows stay for the import to bring in.
 */
async function seedOrgTargets(tx: Tx, opdIds: Map<string, number>): Promise<void> {
  const fileName = "sasaran-opd-2026-sample.csv";
  const table = readCsvTable(readFileSync(`${DATA_DIR}${fileName}`), { maxRows: ORG_TARGET_IMPORT_MAX_ROWS });
  const check = validateOrgTargetFile(table.records, { knownOpdCodes: new Set(opdIds.keys()), ownOpdCode: null });
  const errors = [...table.errors, ...checkOrgTargetHeader(table.header), ...check.errors];
  if (errors.length > 0) throw new Error(`${fileName}: ${errors.map((e) => `baris ${e.line}: ${e.message}`).join("; ")}`);
  for (const row of check.rows.filter((r) => r.opdCode === DEMO_TARGETS_OPD_CODE)) {
    const key = {
      opdId: opdIds.get(row.opdCode)!,
      year: row.year,
      sasaranStrategis: row.sasaranStrategis,
      indikator: row.indikator,
    };
    await tx.orgTarget.upsert({
      where: { opdId_year_sasaranStrategis_indikator: key },
      create: { ...key, target: row.target, unit: row.unit },
      update: {},
    });
  }
}

async function countRows(db: Tx): Promise<Record<string, number>> {
  // Sequential: one interactive transaction is one connection.
  return {
    "Perangkat Daerah": await db.opd.count(),
    "Unit kerja": await db.unit.count(),
    Jabatan: await db.position.count(),
    Pegawai: await db.employee.count(),
    "Akun aktif": await db.user.count({ where: { status: "ACTIVE" } }),
    "Akun belum aktif/nonaktif": await db.user.count({ where: { status: { not: "ACTIVE" } } }),
    "Hari libur": await db.holiday.count(),
    "Jam kerja (hari)": await db.workingHours.count(),
    "Periode (bulan)": await db.period.count(),
    "Kebijakan TRK": await db.remunerationPolicy.count(),
    "Sasaran OPD (e-SAKIP)": await db.orgTarget.count(),
    "SKP disetujui": await db.skp.count({ where: { inForceVersionId: { not: null } } }),
    "Penugasan penilai 360°": await db.raterAssignment.count(),
  };
}

function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(line(headers));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL belum diatur.");
  const resetPasswords = process.argv.includes("--reset-passwords");

  assertUnique("kunci", DEMO_EMPLOYEES.map((e) => e.key));
  assertUnique("NIP", DEMO_EMPLOYEES.map((e) => e.nip));
  assertUnique("nama", DEMO_EMPLOYEES.map((e) => e.name));

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const { before, after } = await prisma.$transaction(
      async (tx) => {
        const before = await countRows(tx);
        const opdIds = await seedOpds(tx);
        const { units, positions } = await seedDemoOrganisation(tx, opdIds);
        const employeeIds = await seedDemoEmployees(tx, { opdIds, units, positions });
        await seedDemoUsers(tx, employeeIds, { resetPasswords });
        await seedCalendar(tx);
        await seedPolicy(tx);
        await seedOrgTargets(tx, opdIds);
        await seedDemoSkps(tx, { year: SEED_YEAR, employeeIds });
        await seedDemoRatings(tx, { opdId: opdIds.get(DEMO_TARGETS_OPD_CODE)! });
        return { before, after: await countRows(tx) };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );

    console.log(`Seed selesai${resetPasswords ? " (kata sandi akun demo dipulihkan)" : ""}.\n`);
    printTable(
      ["Data", "Jumlah", "Baru"],
      Object.entries(after).map(([label, count]) => [label, String(count), `+${count - (before[label] ?? 0)}`]),
    );
    console.log("\nAkun demo (wajib ganti kata sandi saat masuk pertama):\n");
    printTable(
      ["NIP", "Nama", "Peran", "Jabatan", "Kata sandi sementara"],
      Object.values(DEMO_ACCOUNTS).map((a) => [a.nip, a.displayName, a.role, a.position, a.password]),
    );
    console.log(`\nAkun belum diaktifkan: ${DEMO_INACTIVE_NIPS.join(", ")}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
