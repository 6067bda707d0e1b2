import "server-only";
import type { EmployeeImportRow } from "@/lib/domain/imports/employee-row";

/** Rows per statement: well under PostgreSQL's 65,535 bound parameters. */
export const CHUNK = 1000;

/** The importable fields of an employee, as written. */
export type EmployeeFields = {
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  golongan: string;
  status: EmployeeImportRow["status"];
  opdId: number;
  unitId: number;
  positionId: number;
  supervisorId: number | null;
  email: string | null;
  phone: string | null;
  startDate: string;
  positionStartDate: string;
};

export const dateOnly = (key: string) => new Date(`${key}T00:00:00.000Z`);
export const dateKeyOf = (date: Date) => date.toISOString().slice(0, 10);

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
