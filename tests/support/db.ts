import bcrypt from "bcrypt";
import { db } from "@/lib/server/db";
import {
  employeeDefaults,
  opdDefaults,
  positionDefaults,
  unitDefaults,
  userDefaults,
} from "@/prisma/factories";
import type { Prisma } from "@/lib/generated/prisma/client";

export { db };

/** Empties every table (the schema stays) so each test starts from nothing. */
export async function resetDatabase(): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map((t) => `"public"."${t.tablename}"`).join(", ");
  await db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}

const hashes = new Map<string, Promise<string>>();
/** bcrypt at the production cost, memoised per password to keep tests fast. */
export function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = bcrypt.hash(password, 12);
    hashes.set(password, hash);
  }
  return hash;
}

let opdSeq = 0;

/** An agency with one unit and one position. */
export async function createAgency(overrides: Partial<Prisma.OpdUncheckedCreateInput> = {}) {
  opdSeq += 1;
  const opd = await db.opd.create({
    data: opdDefaults({ code: `9.${String(opdSeq).padStart(2, "0")}`, name: `Dinas Uji ${opdSeq}`, shortName: `Uji${opdSeq}`, ...overrides }),
  });
  const unit = await db.unit.create({ data: unitDefaults({ opdId: opd.id }) });
  const position = await db.position.create({ data: positionDefaults({ opdId: opd.id }) });
  return { opd, unit, position };
}

export type Agency = Awaited<ReturnType<typeof createAgency>>;

/** An employee of `agency` with an account (ACTIVE unless told otherwise). */
export async function createPerson(
  agency: Agency,
  options: {
    supervisorId?: number | null;
    role?: "PEGAWAI" | "ADMIN_OPD" | "ADMIN_BKD";
    status?: "ACTIVE" | "INACTIVE" | "DEACTIVATED";
    password?: string | null;
    mustChangePassword?: boolean;
    employee?: Partial<Prisma.EmployeeUncheckedCreateInput>;
  } = {},
) {
  const employee = await db.employee.create({
    data: employeeDefaults({
      opdId: agency.opd.id,
      unitId: agency.unit.id,
      positionId: agency.position.id,
      supervisorId: options.supervisorId ?? null,
      ...options.employee,
    }),
  });
  const password = options.password === undefined ? "Rahasia#2026x" : options.password;
  const user = await db.user.create({
    data: userDefaults({
      employeeId: employee.id,
      role: options.role ?? "PEGAWAI",
      status: options.status ?? "ACTIVE",
      mustChangePassword: options.mustChangePassword ?? false,
      passwordHash: password ? await hashOnce(password) : null,
    }),
  });
  return { employee, user, password };
}
