import "server-only";
import { db } from "../db";

/** The personnel card of one employee, as shown in the app shell and on the profile page. */
export async function getEmployeeCard(employeeId: number) {
  return db.employee.findUnique({
    where: { id: employeeId },
    select: {
      id: true,
      nip: true,
      name: true,
      frontTitle: true,
      backTitle: true,
      golongan: true,
      status: true,
      email: true,
      phone: true,
      position: { select: { name: true, kelasJabatan: true } },
      unit: { select: { name: true } },
      opd: { select: { name: true, shortName: true } },
      supervisor: { select: { name: true, frontTitle: true, backTitle: true, nip: true, position: { select: { name: true } } } },
    },
  });
}

export type EmployeeCard = NonNullable<Awaited<ReturnType<typeof getEmployeeCard>>>;
