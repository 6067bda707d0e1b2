import "server-only";
import { nipPrefixRange } from "@/lib/domain/admin/nip-prefix";
import { type AccountState, accountState } from "@/lib/domain/admin/account-state";
import type { EmployeeStatus } from "@/lib/domain/employee-status";
import { formatPersonName } from "@/lib/domain/person-name";
import { normaliseSearchText } from "@/lib/domain/search-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { adminEmployeeScope, type ServiceActor } from "../../authz";
import { db } from "../../db";
import { containsText } from "../../text-filter";
import { assertAdmin } from "../guard";

export const EMPLOYEE_PAGE_SIZE = 25;

export type EmployeeListFilters = {
  /** Digits: NIP prefix; anything else: part of the name (case-insensitive). */
  q?: string;
  /** Admin BKD only; an Admin OPD always sees their own agency. */
  opdId?: number;
  unitId?: number;
  status?: EmployeeStatus;
  account?: AccountState;
  /** 1-based. */
  page?: number;
};

export type EmployeeListRow = {
  id: number;
  nip: string;
  displayName: string;
  position: string;
  unit: string;
  opd: string;
  status: EmployeeStatus;
  golongan: string;
  account: AccountState;
};

function accountWhere(state: AccountState, now: Date): Prisma.EmployeeWhereInput {
  switch (state) {
    case "BELUM_AKTIF":
      return { OR: [{ user: { is: null } }, { user: { is: { status: "INACTIVE" } } }] };
    case "NONAKTIF":
      return { user: { is: { status: "DEACTIVATED" } } };
    case "TERKUNCI":
      return { user: { is: { status: "ACTIVE", lockedUntil: { gt: now } } } };
    case "AKTIF":
      return { user: { is: { status: "ACTIVE", OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] } } };
  }
}

/** The `where` of the list: the actor's scope AND every filter given. */
export function employeeListWhere(actor: ServiceActor, filters: EmployeeListFilters, now: Date): Prisma.EmployeeWhereInput {
  const and: Prisma.EmployeeWhereInput[] = [adminEmployeeScope(actor)];
  const q = normaliseSearchText(filters.q ?? "");
  // A NIP prefix is a range scan of the unique index; a name part (ILIKE '%…%', no trigram index
  // available) scans the agency's rows, or the table for Admin BKD: ~35 ms at 60,000 employees.
  if (/^[0-9]+$/.test(q)) and.push({ nip: nipPrefixRange(q) });
  else if (q !== "") and.push({ name: containsText(q) });
  if (filters.opdId !== undefined) and.push({ opdId: filters.opdId });
  if (filters.unitId !== undefined) and.push({ unitId: filters.unitId });
  if (filters.status !== undefined) and.push({ status: filters.status });
  if (filters.account !== undefined) and.push(accountWhere(filters.account, now));
  return { AND: and };
}

/** One page of employees, sorted by name, with the total for the pager. */
export async function listEmployees(
  actor: ServiceActor,
  filters: EmployeeListFilters,
  now: Date = new Date(),
): Promise<{ rows: EmployeeListRow[]; total: number; page: number; pageCount: number; pageSize: number }> {
  assertAdmin(actor, "employee.view");
  const where = employeeListWhere(actor, filters, now);
  const select = {
    id: true,
    nip: true,
    name: true,
    frontTitle: true,
    backTitle: true,
    status: true,
    golongan: true,
    position: { select: { name: true } },
    unit: { select: { name: true } },
    opd: { select: { shortName: true } },
    user: { select: { status: true, lockedUntil: true } },
  } as const;
  const pageOf = (n: number) =>
    db.employee.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (n - 1) * EMPLOYEE_PAGE_SIZE,
      take: EMPLOYEE_PAGE_SIZE,
      select,
    });
  // Count and page in parallel; only a page past the end (a stale link) costs a second query.
  const requested = Math.max(1, Math.floor(filters.page ?? 1));
  const [total, first] = await Promise.all([db.employee.count({ where }), pageOf(requested)]);
  const pageCount = Math.max(1, Math.ceil(total / EMPLOYEE_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  const employees = page === requested ? first : await pageOf(page);
  return {
    rows: employees.map((e) => ({
      id: e.id,
      nip: e.nip,
      displayName: formatPersonName(e),
      position: e.position.name,
      unit: e.unit.name,
      opd: e.opd.shortName,
      status: e.status,
      golongan: e.golongan,
      account: accountState(e.user, now),
    })),
    total,
    page,
    pageCount,
    pageSize: EMPLOYEE_PAGE_SIZE,
  };
}
