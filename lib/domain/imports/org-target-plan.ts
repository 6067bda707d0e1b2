/**
 * What an organisation target import changes (DESIGN.md §9), decided from the valid rows and the
 * targets already stored for the same agencies and years. Pure.
 *
 * A row matches the stored target with the same agency, year, sasaran strategis and indikator;
 * failing an exact match, the one stored target that differs only in upper/lower case (so a
 * corrected spelling in e-SAKIP renames the target instead of adding a near-duplicate that the
 * SKP editor would offer twice). A matched target whose target value, unit or wording differs is
 * updated; otherwise it is unchanged. Targets absent from the file are never deleted: RHKs of
 * approved SKPs may cascade from them, and a file may hold only some agencies or indicators.
 */
import type { OrgTargetImportRow, OrgTargetKey } from "./org-target-row";

export type StoredOrgTarget = OrgTargetKey & {
  readonly id: number;
  /** Canonical decimal text (target-value.ts canonicalStoredDecimal). */
  readonly target: string;
  readonly unit: string;
};

/** Audit-log field names, as the columns of the file. */
export type OrgTargetFields = Partial<Record<"sasaran_strategis" | "indikator" | "target" | "satuan", string>>;

export type OrgTargetUpdate = {
  readonly id: number;
  readonly row: OrgTargetImportRow;
  readonly before: OrgTargetFields;
  readonly after: OrgTargetFields;
};

export type OrgTargetPlan = {
  readonly creates: OrgTargetImportRow[];
  readonly updates: OrgTargetUpdate[];
  readonly unchanged: number;
};

const exactKey = (k: OrgTargetKey) => [k.opdCode, k.year, k.sasaranStrategis, k.indikator].join("\u0000");
const looseKey = (k: OrgTargetKey) => exactKey({ ...k, sasaranStrategis: k.sasaranStrategis.toLowerCase(), indikator: k.indikator.toLowerCase() });

/** `rows` must hold no two rows with the same key regardless of case (the file check refuses those). */
export function planOrgTargetImport(rows: readonly OrgTargetImportRow[], stored: readonly StoredOrgTarget[]): OrgTargetPlan {
  const byExact = new Map(stored.map((s) => [exactKey(s), s]));
  const byLoose = new Map<string, StoredOrgTarget>();
  for (const s of [...stored].sort((a, b) => a.id - b.id)) if (!byLoose.has(looseKey(s))) byLoose.set(looseKey(s), s);
  // A stored target matched exactly by one row is not renamed by another.
  const exactlyMatched = new Set(rows.flatMap((r) => byExact.get(exactKey(r))?.id ?? []));

  const creates: OrgTargetImportRow[] = [];
  const updates: OrgTargetUpdate[] = [];
  let unchanged = 0;
  for (const row of rows) {
    let current = byExact.get(exactKey(row));
    if (!current) {
      const loose = byLoose.get(looseKey(row));
      if (loose && !exactlyMatched.has(loose.id)) current = loose;
    }
    if (!current) {
      creates.push(row);
      continue;
    }
    const before: OrgTargetFields = {};
    const after: OrgTargetFields = {};
    const compare = (field: keyof OrgTargetFields, was: string, now: string) => {
      if (was === now) return;
      before[field] = was;
      after[field] = now;
    };
    compare("sasaran_strategis", current.sasaranStrategis, row.sasaranStrategis);
    compare("indikator", current.indikator, row.indikator);
    compare("target", current.target, row.target);
    compare("satuan", current.unit, row.unit);
    if (Object.keys(after).length === 0) unchanged += 1;
    else updates.push({ id: current.id, row, before, after });
  }
  return { creates, updates, unchanged };
}
