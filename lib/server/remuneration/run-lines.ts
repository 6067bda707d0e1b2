import "server-only";
import { formatPersonName } from "@/lib/domain/person-name";
import type { Db, Tx } from "../prisma-client";

/** One row of a run's list: the page, the Excel and the CSV all read these same rows. */
export type RunLineRow = {
  id: number;
  employeeId: number;
  opdId: number;
  nip: string;
  name: string;
  position: string;
  kelasJabatan: number;
  golongan: string;
  employeeStatus: string;
  scoreText: string;
  base: number;
  kinerja: number;
  disiplin: number;
  sanctionCut: number;
  gross: number;
  tax: number;
  net: number;
};

type RawLine = Omit<RunLineRow, "name" | "scoreText"> & { name: string; frontTitle: string | null; backTitle: string | null; scoreText: string | null };

/**
 * A page of a run's lines in the order they were computed (agency, then NIP), after line id
 * `afterId`, optionally of one agency. Name and position are the employee's current ones (the
 * kelas, golongan and status are the line's snapshot). The score text is the breakdown's, rounded
 * from the exact fraction.
 */
export async function runLineRows(client: Db | Tx, input: { runId: number; opdId: number | null; afterId?: number; offset?: number; limit: number }): Promise<RunLineRow[]> {
  const rows = await client.$queryRaw<RawLine[]>`
    SELECT l.id, l."employeeId", l."opdId", e.nip, e.name, e."frontTitle", e."backTitle", p.name AS position,
           l."kelasJabatan", l.golongan, l."employeeStatus"::text AS "employeeStatus", l.breakdown->'score'->>'text' AS "scoreText",
           l.base, l.kinerja, l.disiplin, l."sanctionCut", l.gross, l.tax, l.net
    FROM allowance_line l JOIN employee e ON e.id = l."employeeId" JOIN position p ON p.id = e."positionId"
    WHERE l."runId" = ${input.runId} AND (${input.opdId}::int IS NULL OR l."opdId" = ${input.opdId}::int) AND l.id > ${input.afterId ?? 0}
    ORDER BY l.id LIMIT ${input.limit} OFFSET ${input.offset ?? 0}`;
  return rows.map(({ frontTitle, backTitle, ...r }) => ({
    ...r,
    id: Number(r.id),
    employeeId: Number(r.employeeId),
    opdId: Number(r.opdId),
    name: formatPersonName({ name: r.name, frontTitle, backTitle }),
    scoreText: r.scoreText ?? "0,00",
    base: Number(r.base),
    kinerja: Number(r.kinerja),
    disiplin: Number(r.disiplin),
    sanctionCut: Number(r.sanctionCut),
    gross: Number(r.gross),
    tax: Number(r.tax),
    net: Number(r.net),
  }));
}

/** Every line (keyset batches), for exports of any size without holding them all at once. */
export async function* allRunLineRows(client: Db | Tx, input: { runId: number; opdId: number | null; batch?: number }): AsyncGenerator<RunLineRow[]> {
  let afterId = 0;
  for (;;) {
    const rows = await runLineRows(client, { runId: input.runId, opdId: input.opdId, afterId, limit: input.batch ?? 5_000 });
    if (rows.length === 0) return;
    yield rows;
    afterId = rows.at(-1)!.id;
  }
}

export type MoneyTotals = { lines: number; base: number; kinerja: number; disiplin: number; sanctionCut: number; gross: number; tax: number; net: number };

export const emptyTotals = (): MoneyTotals => ({ lines: 0, base: 0, kinerja: 0, disiplin: 0, sanctionCut: 0, gross: 0, tax: 0, net: 0 });

export function addToTotals(t: MoneyTotals, r: Pick<RunLineRow, "base" | "kinerja" | "disiplin" | "sanctionCut" | "gross" | "tax" | "net">): void {
  t.lines += 1;
  t.base += r.base;
  t.kinerja += r.kinerja;
  t.disiplin += r.disiplin;
  t.sanctionCut += r.sanctionCut;
  t.gross += r.gross;
  t.tax += r.tax;
  t.net += r.net;
}
