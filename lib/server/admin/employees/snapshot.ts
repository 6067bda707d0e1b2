import "server-only";
import { dbDateKey } from "../db-date";

/** The personnel fields recorded in audit rows (dates as YYYY-MM-DD). */
export type EmployeeSnapshot = {
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  status: string;
  golongan: string;
  birthDate: string;
  gender: string;
  opdId: number;
  unitId: number;
  positionId: number;
  startDate: string;
  positionStartDate: string;
  email: string | null;
  phone: string | null;
  supervisorId: number | null;
};

export const EMPLOYEE_SNAPSHOT_SELECT = {
  nip: true,
  name: true,
  frontTitle: true,
  backTitle: true,
  status: true,
  golongan: true,
  birthDate: true,
  gender: true,
  opdId: true,
  unitId: true,
  positionId: true,
  startDate: true,
  positionStartDate: true,
  email: true,
  phone: true,
  supervisorId: true,
} as const;

type Row = Omit<EmployeeSnapshot, "birthDate" | "startDate" | "positionStartDate"> & {
  birthDate: Date;
  startDate: Date;
  positionStartDate: Date;
};

export function employeeSnapshot(row: Row): EmployeeSnapshot {
  return {
    ...row,
    birthDate: dbDateKey(row.birthDate),
    startDate: dbDateKey(row.startDate),
    positionStartDate: dbDateKey(row.positionStartDate),
  };
}

/** Only the fields that differ, as { before, after } for the audit row. */
export function diffSnapshots<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } | null {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (before[key] !== after[key]) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return Object.keys(a).length === 0 ? null : { before: b, after: a };
}
