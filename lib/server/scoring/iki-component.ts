import "server-only";
import { div, HUNDRED, min, mul, parseDecimal, rational, type Rational } from "@/lib/domain/rational";
import type { Db, Tx } from "../prisma-client";

/** §6: capped achievement of one verified realisation (higher is better: r/t; lower: t/r, r = 0 → 100). */
export function cappedCapaian(polarity: string, target: Rational, value: Rational): Rational {
  if (polarity === "MAKIN_RENDAH") return value.n === 0n ? HUNDRED : min(mul(div(target, value), HUNDRED), HUNDRED);
  return target.n === 0n ? HUNDRED : min(mul(div(value, target), HUNDRED), HUNDRED);
}

/**
 * For each employee, the capped achievement of every IKI target of the month in their SKP in force
 * (§8.1): the verified realisation's capaian, or 0 when none is verified. One query.
 */
export async function ikiCapaianOfMonth(client: Db | Tx, input: { year: number; month: number; employeeIds: readonly number[] }): Promise<Map<number, Rational[]>> {
  const rows = await client.$queryRaw<{ employeeId: number; polarity: string; target: string; value: string | null; status: string | null }[]>`
    SELECT s."employeeId", i.polarity::text AS polarity, t.target::text AS target, r.value::text AS value, r.status::text AS status
    FROM skp s
    JOIN rhk ON rhk."skpVersionId" = s."inForceVersionId"
    JOIN iki i ON i."rhkId" = rhk.id
    JOIN iki_target t ON t."ikiId" = i.id AND t.month = ${input.month}
    LEFT JOIN iki_realisation r ON r."ikiId" = i.id AND r.month = ${input.month}
    WHERE s.year = ${input.year} AND s."employeeId" = ANY(${[...input.employeeIds]}::int[])`;
  const out = new Map<number, Rational[]>();
  for (const row of rows) {
    const id = Number(row.employeeId);
    const target = parseDecimal(row.target) ?? rational(0);
    const value = row.status === "TERVERIFIKASI" && row.value !== null ? parseDecimal(row.value) : null;
    const capaian = value ? cappedCapaian(row.polarity, target, value) : rational(0);
    if (!out.has(id)) out.set(id, []);
    out.get(id)!.push(capaian);
  }
  return out;
}
