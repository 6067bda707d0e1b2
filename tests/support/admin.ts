import type { ServiceActor } from "@/lib/server/authz";
import { db } from "./db";

/** The service actor of a person made by createPerson. */
export function actorOf(person: { employee: { id: number; nip: string; opdId: number }; user: { id: number; role: ServiceActor["role"] } }): ServiceActor {
  return {
    userId: person.user.id,
    employeeId: person.employee.id,
    nip: person.employee.nip,
    role: person.user.role,
    opdId: person.employee.opdId,
    ip: "10.9.8.7",
  };
}

/**
 * Everything an admin service could change, as one comparable value: people, accounts, units,
 * positions, pending approvals and the number of audit rows.
 */
export async function adminStateFingerprint() {
  const [employees, users, units, positions, skpVersions, realisations, audits] = await Promise.all([
    db.employee.findMany({ orderBy: { id: "asc" } }),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, status: true, employeeId: true } }),
    db.unit.findMany({ orderBy: { id: "asc" } }),
    db.position.findMany({ orderBy: { id: "asc" } }),
    db.skpVersion.findMany({ orderBy: { id: "asc" }, select: { id: true, approverEmployeeId: true, status: true } }),
    db.ikiRealisation.findMany({ orderBy: { id: "asc" }, select: { id: true, reviewerEmployeeId: true, status: true } }),
    db.auditLog.count(),
  ]);
  return JSON.stringify({ employees, users, units, positions, skpVersions, realisations, audits });
}

/** A submitted SKP version of `employeeId` awaiting `approverId`, and a submitted IKI realisation. */
export async function createPendingApprovals(input: { employeeId: number; approverId: number | null; year?: number }) {
  const year = input.year ?? 2026;
  const skp = await db.skp.create({ data: { employeeId: input.employeeId, year } });
  const version = await db.skpVersion.create({
    data: { skpId: skp.id, number: 1, status: "DIAJUKAN", approverEmployeeId: input.approverId, submittedAt: new Date() },
  });
  const rhk = await db.rhk.create({ data: { skpVersionId: version.id, kind: "UTAMA", position: 1, description: "Tersusunnya aplikasi layanan" } });
  const iki = await db.iki.create({ data: { rhkId: rhk.id, position: 1, description: "Jumlah modul selesai", aspect: "KUANTITAS", unit: "modul" } });
  const realisation = await db.ikiRealisation.create({
    data: { ikiId: iki.id, employeeId: input.employeeId, year, month: 2, value: 3, status: "DIAJUKAN", reviewerEmployeeId: input.approverId, submittedAt: new Date() },
  });
  const draft = await db.ikiRealisation.create({
    data: { ikiId: iki.id, employeeId: input.employeeId, year, month: 3, value: 1, status: "DRAFT", reviewerEmployeeId: null },
  });
  return { skp, version, realisation, draft };
}
