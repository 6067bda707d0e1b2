import "server-only";
import type { ServiceActor } from "../authz";
import { db } from "../db";

/** The signed-in employee's own personnel data and contact settings (Profil, DESIGN.md §10). */
export async function getOwnProfile(actor: ServiceActor) {
  return db.employee.findUnique({
    where: { id: actor.employeeId },
    select: {
      id: true,
      nip: true,
      name: true,
      frontTitle: true,
      backTitle: true,
      golongan: true,
      status: true,
      startDate: true,
      positionStartDate: true,
      email: true,
      phone: true,
      emailNotifications: true,
      position: { select: { name: true, kelasJabatan: true } },
      unit: { select: { name: true } },
      opd: { select: { name: true } },
      supervisor: { select: { nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } } } },
      user: { select: { lastLoginAt: true, passwordChangedAt: true } },
    },
  });
}

export type OwnProfile = NonNullable<Awaited<ReturnType<typeof getOwnProfile>>>;
