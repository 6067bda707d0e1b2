/** ASN status (DESIGN.md §2): civil servant, candidate civil servant, contract employee. */
export const EMPLOYEE_STATUSES = ["PNS", "CPNS", "PPPK"] as const;

export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export function isEmployeeStatus(value: string): value is EmployeeStatus {
  return (EMPLOYEE_STATUSES as readonly string[]).includes(value);
}
