/**
 * What a sanctions import changes: matched on (employee, jenis, bulan_mulai); a stored sanction
 * whose percentage, term or decree number differs is updated (audited before and after), an
 * identical one is unchanged. Sanctions absent from the file are never deleted. Pure.
 */
import type { ValidSanctionRow } from "./sanction-file";

export type StoredSanction = {
  readonly id: number;
  readonly employeeId: number;
  readonly kind: string;
  readonly startYear: number;
  readonly startMonth: number;
  readonly percentBp: number;
  readonly months: number;
  readonly reference: string | null;
};

export type SanctionFields = Partial<Record<"persen_bp" | "jumlah_bulan" | "nomor_sk", number | string | null>>;
export type SanctionUpdate = { readonly id: number; readonly row: ValidSanctionRow; readonly before: SanctionFields; readonly after: SanctionFields };
export type SanctionPlan = { readonly creates: ValidSanctionRow[]; readonly updates: SanctionUpdate[]; readonly unchanged: number };

const keyOf = (s: { employeeId: number; kind: string; startYear: number; startMonth: number }) => [s.employeeId, s.kind, s.startYear, s.startMonth].join("\u0000");

export function planSanctionImport(rows: readonly ValidSanctionRow[], stored: readonly StoredSanction[]): SanctionPlan {
  const byKey = new Map(stored.map((s) => [keyOf(s), s]));
  const creates: ValidSanctionRow[] = [];
  const updates: SanctionUpdate[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const current = byKey.get(keyOf(row));
    if (!current) {
      creates.push(row);
      continue;
    }
    const before: SanctionFields = {};
    const after: SanctionFields = {};
    if (current.percentBp !== row.percentBp) [before.persen_bp, after.persen_bp] = [current.percentBp, row.percentBp];
    if (current.months !== row.months) [before.jumlah_bulan, after.jumlah_bulan] = [current.months, row.months];
    if (current.reference !== row.reference) [before.nomor_sk, after.nomor_sk] = [current.reference, row.reference];
    if (Object.keys(after).length === 0) unchanged += 1;
    else updates.push({ id: current.id, row, before, after });
  }
  return { creates, updates, unchanged };
}
