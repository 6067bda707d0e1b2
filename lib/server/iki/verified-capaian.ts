import "server-only";
import { capaian, type Polarity } from "@/lib/domain/iki/capaian";
import { add, mean, ZERO, type Fraction } from "@/lib/domain/iki/fraction";
import type { RealisationStatus } from "@/lib/domain/iki/status";
import type { Db, Tx } from "../prisma-client";

export type VerifiedCapaianTarget = {
  /** The IKI of the SKP version in force that has a target this month. */
  ikiId: number;
  polarity: Polarity;
  target: string;
  /** The month's realisation (on this IKI or the one it was revised from), if any, whatever its state. */
  realisationId: number | null;
  status: RealisationStatus | null;
  value: string | null;
  /** min(capaian, 100) when TERVERIFIKASI, else 0 (DESIGN.md §8.1). */
  capped: Fraction;
};

export type VerifiedCapaianOfMonth = {
  employeeId: number;
  year: number;
  month: number;
  targets: VerifiedCapaianTarget[];
  /** Number of IKI targets of the month; 0 means the component has no basis and is left out (§8.1). */
  targetCount: number;
  /** Exact sum of `capped` over the targets. */
  sum: Fraction;
  /** Exact mean of `capped` (the Capaian IKI component, 0–100); null when targetCount is 0. */
  mean: Fraction | null;
};

type Row = { employeeId: number; ikiId: number; polarity: Polarity; target: string; realisationId: number | null; status: RealisationStatus | null; value: string | null };

/** Bound on one statement's employee list (one array parameter); larger lists run one query per chunk. */
const CHUNK = 100_000;

/**
 * The Capaian IKI component input for many employees of one month, one query per 100,000 employees:
 * for each IKI target of the month in each employee's SKP version in force for `year`, the capped
 * capaian if its realisation is TERVERIFIKASI, else 0 (§8.1: a target without a verified realisation
 * scores 0). A realisation entered against an IKI that a later revision copied counts for the copy.
 * Every requested employee is in the result (an employee without an SKP in force: no targets).
 */
export async function verifiedCapaianOfMonths(
  client: Db | Tx,
  input: { employeeIds: readonly number[]; year: number; month: number },
): Promise<Map<number, VerifiedCapaianOfMonth>> {
  const { year, month } = input;
  const ids = [...new Set(input.employeeIds)];
  const result = new Map<number, VerifiedCapaianOfMonth>(
    ids.map((employeeId) => [employeeId, { employeeId, year, month, targets: [], targetCount: 0, sum: ZERO, mean: null }]),
  );
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await client.$queryRaw<Row[]>`
      WITH RECURSIVE targets AS (
        SELECT s."employeeId", i.id AS "ikiId", i.polarity::text AS polarity, t.target::text AS target
        FROM skp s
        JOIN rhk r ON r."skpVersionId" = s."inForceVersionId"
        JOIN iki i ON i."rhkId" = r.id
        JOIN iki_target t ON t."ikiId" = i.id AND t.month = ${month}
        WHERE s.year = ${year} AND s."employeeId" = ANY(${chunk}::int[])
      ), lineage(root, "employeeId", id, "copiedFromId", depth) AS (
        SELECT t."ikiId", t."employeeId", i.id, i."copiedFromId", 0
        FROM targets t JOIN iki i ON i.id = t."ikiId"
        UNION ALL
        SELECT l.root, l."employeeId", i.id, i."copiedFromId", l.depth + 1
        FROM lineage l JOIN iki i ON i.id = l."copiedFromId"
        WHERE l.depth < 100
      ), found AS (
        -- The nearest realisation of each target's lineage; joined by hash, not per row.
        SELECT DISTINCT ON (l.root) l.root, ir.id, ir.status, ir.value
        FROM lineage l
        JOIN iki_realisation ir ON ir."ikiId" = l.id AND ir.month = ${month} AND ir."employeeId" = l."employeeId"
        ORDER BY l.root, l.depth
      )
      SELECT t."employeeId", t."ikiId", t.polarity, t.target,
             f.id AS "realisationId", f.status::text AS status, f.value::text AS value
      FROM targets t
      LEFT JOIN found f ON f.root = t."ikiId"
      ORDER BY t."employeeId", t."ikiId"`;
    for (const row of rows) {
      const entry = result.get(Number(row.employeeId))!;
      const verified = row.status === "TERVERIFIKASI" && row.value != null;
      const capped = verified ? capaian({ polarity: row.polarity, target: row.target, realisasi: row.value! }).capped : ZERO;
      entry.targets.push({
        ikiId: Number(row.ikiId),
        polarity: row.polarity,
        target: row.target,
        realisationId: row.realisationId == null ? null : Number(row.realisationId),
        status: row.status,
        value: row.value,
        capped,
      });
    }
  }
  for (const entry of result.values()) {
    entry.targetCount = entry.targets.length;
    entry.sum = entry.targets.reduce((s, t) => add(s, t.capped), ZERO);
    entry.mean = mean(entry.targets.map((t) => t.capped));
  }
  return result;
}

/** verifiedCapaianOfMonths for one employee (one query). */
export async function verifiedCapaianOfMonth(
  client: Db | Tx,
  input: { employeeId: number; year: number; month: number },
): Promise<VerifiedCapaianOfMonth> {
  const map = await verifiedCapaianOfMonths(client, { employeeIds: [input.employeeId], year: input.year, month: input.month });
  return map.get(input.employeeId)!;
}
