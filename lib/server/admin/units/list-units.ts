import "server-only";
import { treeOrder } from "@/lib/domain/admin/hierarchy";
import { jakartaDate } from "@/lib/domain/period";
import { adminOpdScope, type ServiceActor } from "../../authz";
import { db } from "../../db";
import { toDbDate } from "../db-date";
import { assertAdmin, targetOpdId } from "../guard";

export type UnitTreeRow = {
  id: number;
  parentId: number | null;
  name: string;
  code: string | null;
  active: boolean;
  depth: number;
  /** Current employees placed directly in the unit. */
  employees: number;
  /** Active child units. */
  activeChildren: number;
};

/** The unit tree of one agency in depth-first order, with what keeps each unit in use. */
export async function listUnitTree(actor: ServiceActor, input: { opdId?: number | null }, now: Date = new Date()): Promise<UnitTreeRow[]> {
  assertAdmin(actor, "employee.view");
  const opdId = targetOpdId(actor, input.opdId, "employee.view");
  const today = toDbDate(jakartaDate(now));
  const [units, counts] = await Promise.all([
    db.unit.findMany({
      where: { opdId, ...adminOpdScope(actor) },
      orderBy: [{ code: "asc" }, { name: "asc" }],
      select: { id: true, parentId: true, name: true, code: true, active: true },
    }),
    db.employee.groupBy({
      by: ["unitId"],
      where: { opdId, OR: [{ endDate: null }, { endDate: { gte: today } }] },
      _count: { _all: true },
    }),
  ]);
  const employeesByUnit = new Map(counts.map((c) => [c.unitId, c._count._all]));
  const activeChildren = new Map<number, number>();
  for (const u of units) if (u.active && u.parentId !== null) activeChildren.set(u.parentId, (activeChildren.get(u.parentId) ?? 0) + 1);
  return treeOrder(units).map(({ row, depth }) => ({
    ...row,
    depth,
    employees: employeesByUnit.get(row.id) ?? 0,
    activeChildren: activeChildren.get(row.id) ?? 0,
  }));
}
