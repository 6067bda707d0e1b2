import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { adminOpdScope, type ServiceActor } from "../../authz";
import { db } from "../../db";
import { toDbDate } from "../db-date";
import { assertAdmin, targetOpdId } from "../guard";

/** The positions of one agency with how many current employees hold each. */
export async function listPositions(actor: ServiceActor, input: { opdId?: number | null }, now: Date = new Date()) {
  assertAdmin(actor, "employee.view");
  const opdId = targetOpdId(actor, input.opdId, "employee.view");
  const today = toDbDate(jakartaDate(now));
  const [positions, counts] = await Promise.all([
    db.position.findMany({
      where: { opdId, ...adminOpdScope(actor) },
      orderBy: [{ active: "desc" }, { kelasJabatan: "desc" }, { name: "asc" }],
      select: { id: true, name: true, kelasJabatan: true, kind: true, active: true },
    }),
    db.employee.groupBy({
      by: ["positionId"],
      where: { opdId, OR: [{ endDate: null }, { endDate: { gte: today } }] },
      _count: { _all: true },
    }),
  ]);
  const holders = new Map(counts.map((c) => [c.positionId, c._count._all]));
  return positions.map((p) => ({ ...p, employees: holders.get(p.id) ?? 0 }));
}

export type PositionRow = Awaited<ReturnType<typeof listPositions>>[number];
