import "server-only";
import { rational, type Rational } from "@/lib/domain/rational";
import { verifiedCapaianOfMonths } from "../iki/verified-capaian";
import type { Db, Tx } from "../prisma-client";

/**
 * For each employee, the capped achievement of every IKI target of the month in their SKP in force
 * (§8.1): the verified realisation's capaian, or 0 when none is verified (lib/server/iki).
 */
export async function ikiCapaianOfMonth(client: Db | Tx, input: { year: number; month: number; employeeIds: readonly number[] }): Promise<Map<number, Rational[]>> {
  const byEmployee = await verifiedCapaianOfMonths(client, { employeeIds: [...input.employeeIds], year: input.year, month: input.month });
  const out = new Map<number, Rational[]>();
  for (const [id, month] of byEmployee) {
    if (month.targetCount > 0) out.set(id, month.targets.map((t) => rational(t.capped.num, t.capped.den)));
  }
  return out;
}
