import "server-only";
import { treeOrder } from "@/lib/domain/admin/hierarchy";
import { adminOpdScope, type ServiceActor } from "../authz";
import { db } from "../db";
import { assertAdmin } from "./guard";

export type Option = { id: number; label: string };

/** Agencies the actor administers: all for Admin BKD, their own for Admin OPD. */
export async function agencyOptions(actor: ServiceActor): Promise<Option[]> {
  assertAdmin(actor, "employee.view");
  const rows = await db.opd.findMany({
    where: actor.role === "ADMIN_BKD" ? {} : { id: actor.opdId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, shortName: true },
  });
  return rows.map((r) => ({ id: r.id, label: r.name }));
}

/**
 * Units of one agency in tree order, labelled with their depth ("— Seksi …"), for selects.
 * `activeOnly` leaves out deactivated units (those can no longer receive anyone).
 */
export async function unitOptions(actor: ServiceActor, opdId: number, activeOnly = true): Promise<Option[]> {
  assertAdmin(actor, "employee.view");
  const rows = await db.unit.findMany({
    where: { opdId, ...adminOpdScope(actor), ...(activeOnly ? { active: true } : {}) },
    orderBy: [{ code: "asc" }, { name: "asc" }],
    select: { id: true, name: true, parentId: true },
  });
  return treeOrder(rows).map(({ row, depth }) => ({ id: row.id, label: `${"— ".repeat(depth)}${row.name}` }));
}

export async function positionOptions(actor: ServiceActor, opdId: number, activeOnly = true): Promise<Option[]> {
  assertAdmin(actor, "employee.view");
  const rows = await db.position.findMany({
    where: { opdId, ...adminOpdScope(actor), ...(activeOnly ? { active: true } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kelasJabatan: true },
  });
  return rows.map((r) => ({ id: r.id, label: `${r.name} (kelas ${r.kelasJabatan})` }));
}
