import "server-only";
import { realisationTransition, type RealisationAction, type RealisationRelation, type RealisationStatus } from "@/lib/domain/iki/status";
import { AppError } from "../errors";
import type { Db, Tx } from "../prisma-client";

/** Throws the state machine's refusal (FORBIDDEN, INVALID_STATE or LOCKED) as an AppError. */
export function assertRealisationTransition(input: {
  status: RealisationStatus;
  relation: RealisationRelation;
  action: RealisationAction;
  monthLocked: boolean;
}): RealisationStatus {
  const result = realisationTransition(input);
  if (!result.ok) throw new AppError(result.reason, result.message);
  return result.to;
}

/** Serialises every save of one IKI's realisation (two tabs, a double click, a save racing a review). */
export async function lockIkiRow(tx: Tx, ikiId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM iki WHERE id = ${ikiId} FOR UPDATE`;
}

/**
 * For each IKI, itself and the IKI it was copied from, and so on back through the SKP's revisions,
 * nearest first. A realisation stays on the IKI it was entered against (§4), so after a revision
 * the IKI in force finds it through this chain.
 */
export async function ikiLineage(client: Db | Tx, ikiIds: readonly number[]): Promise<Map<number, number[]>> {
  const lineage = new Map<number, number[]>();
  if (ikiIds.length === 0) return lineage;
  const rows = await client.$queryRaw<{ root: number; id: number; depth: number }[]>`
    WITH RECURSIVE lineage(root, id, "copiedFromId", depth) AS (
      SELECT i.id, i.id, i."copiedFromId", 0 FROM iki i WHERE i.id = ANY(${[...ikiIds]}::int[])
      UNION ALL
      SELECT l.root, i.id, i."copiedFromId", l.depth + 1
      FROM lineage l JOIN iki i ON i.id = l."copiedFromId"
      WHERE l.depth < 100
    )
    SELECT root, id, depth FROM lineage ORDER BY root, depth`;
  for (const row of rows) {
    const root = Number(row.root);
    const list = lineage.get(root) ?? [];
    list.push(Number(row.id));
    lineage.set(root, list);
  }
  return lineage;
}
