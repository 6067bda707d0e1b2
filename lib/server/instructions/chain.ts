import "server-only";
import { jakartaDate } from "@/lib/domain/period";
import { formatPersonName } from "@/lib/domain/person-name";
import { toDbDate } from "../admin/db-date";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import type { Db, Tx } from "../prisma-client";

type Client = Db | Tx;

/**
 * Everyone below `leaderId` in the supervisor chain, at any depth, still employed on `now`'s WIB
 * date, never the leader. One recursive query downwards; UNION (not UNION ALL) ends the walk on a
 * loop that may already be in the data. Someone who left stays a link of the chain, so the people
 * below them are still reached.
 */
export async function chainMemberIds(client: Client, input: { leaderId: number; now?: Date }): Promise<Set<number>> {
  const today = toDbDate(jakartaDate(input.now ?? new Date()));
  const rows = await client.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE below(id) AS (
      SELECT id FROM employee WHERE "supervisorId" = ${input.leaderId} AND id <> ${input.leaderId}
      UNION
      SELECT e.id FROM employee e JOIN below b ON e."supervisorId" = b.id WHERE e.id <> ${input.leaderId}
    )
    SELECT e.id FROM below b JOIN employee e ON e.id = b.id
    WHERE e."endDate" IS NULL OR e."endDate" >= ${today}::date`;
  return new Set(rows.map((r) => Number(r.id)));
}

/** The unit and every unit below it in the unit tree (one recursive query). */
export async function unitWithSubunits(client: Client, unitId: number): Promise<number[]> {
  const rows = await client.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE sub(id) AS (
      SELECT id FROM unit WHERE id = ${unitId}
      UNION
      SELECT u.id FROM unit u JOIN sub s ON u."parentId" = s.id
    )
    SELECT id FROM sub`;
  return rows.map((r) => Number(r.id));
}

export type ChainPerson = { id: number; nip: string; name: string; positionName: string; unitName: string; unitId: number };

/** The people the actor may instruct (the issue form's checkbox list), by name. */
export async function subordinatesInChain(actor: ServiceActor, now: Date = new Date()): Promise<ChainPerson[]> {
  const ids = await chainMemberIds(db, { leaderId: actor.employeeId, now });
  if (ids.size === 0) return [];
  const people = await db.employee.findMany({
    where: { id: { in: [...ids] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, unitId: true, position: { select: { name: true } }, unit: { select: { name: true } } },
  });
  return people.map((p) => ({ id: p.id, nip: p.nip, name: formatPersonName(p), positionName: p.position.name, unitName: p.unit.name, unitId: p.unitId }));
}

export type ChainUnit = { id: number; name: string; parentId: number | null; direct: number; withSubunits: number };

/**
 * Units the actor may address as a whole: every unit that holds, itself or in its sub-units,
 * someone below the actor; with how many of them each would reach.
 */
export async function unitsInChain(actor: ServiceActor, now: Date = new Date()): Promise<ChainUnit[]> {
  const people = await subordinatesInChain(actor, now);
  if (people.length === 0) return [];
  const memberUnits = [...new Set(people.map((p) => p.unitId))];
  const rows = await db.$queryRaw<{ id: number; name: string; parentId: number | null }[]>`
    WITH RECURSIVE up(id) AS (
      SELECT id FROM unit WHERE id = ANY(${memberUnits}::int[])
      UNION
      SELECT u."parentId" FROM unit u JOIN up ON u.id = up.id WHERE u."parentId" IS NOT NULL
    )
    SELECT u.id, u.name, u."parentId" FROM unit u JOIN up ON u.id = up.id ORDER BY u.name, u.id`;
  const parentOf = new Map(rows.map((r) => [Number(r.id), r.parentId === null ? null : Number(r.parentId)]));
  const direct = new Map<number, number>();
  const total = new Map<number, number>();
  for (const p of people) {
    direct.set(p.unitId, (direct.get(p.unitId) ?? 0) + 1);
    const seen = new Set<number>();
    for (let u: number | null | undefined = p.unitId; u != null && !seen.has(u); u = parentOf.get(u)) {
      seen.add(u);
      total.set(u, (total.get(u) ?? 0) + 1);
    }
  }
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    parentId: r.parentId === null ? null : Number(r.parentId),
    direct: direct.get(Number(r.id)) ?? 0,
    withSubunits: total.get(Number(r.id)) ?? 0,
  }));
}
