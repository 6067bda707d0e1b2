import "server-only";
import { parseRemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { SANCTION_IMPORT_MAX_BYTES, SANCTION_IMPORT_MAX_ROWS } from "@/lib/domain/imports/limits";
import { checkSanctionHeader, validateSanctionFile } from "@/lib/domain/imports/sanction-file";
import { planSanctionImport, type StoredSanction } from "@/lib/domain/imports/sanction-plan";
import { parseSanctionRecord, sanctionKeyText } from "@/lib/domain/imports/sanction-row";
import type { Tx } from "../prisma-client";
import { runCsvImport, type CsvImportKind, type CsvImportResult } from "./csv-import";
import { isSystemActor } from "./import-actor";
import type { ImportFileInput } from "./import-batch";
import { applySanctionPlan } from "./sanction-writes";

export type SanctionImportResult = CsvImportResult<Record<never, never>>;

/** The newest policy's sanctionDefaultBp of each year (years without a valid policy are left out). */
async function defaultBpByYear(tx: Tx, years: readonly number[]): Promise<Map<number, number>> {
  const rows = await tx.remunerationPolicy.findMany({ where: { year: { in: [...years] } }, orderBy: { version: "desc" }, select: { year: true, config: true } });
  const out = new Map<number, number>();
  for (const r of rows) {
    if (out.has(r.year)) continue;
    const parsed = parseRemunerationPolicy(r.config);
    if (parsed.ok) out.set(r.year, parsed.policy.sanctionDefaultBp);
  }
  return out;
}

const SANCTION_IMPORT: CsvImportKind<Record<never, never>> = {
  batchKind: "SANCTIONS",
  auditAction: "import.sanctions",
  permission: "sanction.import",
  forbiddenMessage: "Hanya Admin BKD yang dapat mengimpor hukuman disiplin.",
  maxBytes: SANCTION_IMPORT_MAX_BYTES,
  maxRows: SANCTION_IMPORT_MAX_ROWS,
  checkHeader: checkSanctionHeader,
  lockKey: 730_904,
  timeoutMs: 5 * 60_000,
  conflictMessage: "Data hukuman disiplin berubah bersamaan dengan impor ini. Coba impor lagi.",
  notWrittenExtra: {},
  checkRows: async (tx, { actor, records }) => {
    const keys = records.map((r) => parseSanctionRecord(r).key).filter((k) => k !== null);
    const nips = [...new Set(keys.map((k) => k.nip))];
    const employees = await tx.employee.findMany({ where: { nip: { in: nips } }, select: { id: true, nip: true } });
    const employeeIds = new Map(employees.map((e) => [e.nip, e.id]));
    const nipById = new Map(employees.map((e) => [e.id, e.nip]));
    const storedRows = await tx.sanction.findMany({
      where: { employeeId: { in: [...employeeIds.values()] } },
      select: { id: true, employeeId: true, kind: true, startYear: true, startMonth: true, percentBp: true, months: true, reference: true, cancelledAt: true },
    });
    const cancelledKeys = new Set(
      storedRows.filter((s) => s.cancelledAt !== null).map((s) => sanctionKeyText({ nip: nipById.get(s.employeeId)!, kind: s.kind, startYear: s.startYear, startMonth: s.startMonth })),
    );
    const check = validateSanctionFile(records, {
      employeeIds,
      defaultBpByYear: await defaultBpByYear(tx, [...new Set(keys.map((k) => k.startYear))]),
      cancelledKeys,
    });
    const stored: StoredSanction[] = storedRows.filter((s) => s.cancelledAt === null);
    return {
      errors: check.errors,
      validRowCount: check.rows.length,
      write: async (openBatch) => {
        const plan = planSanctionImport(check.rows, stored);
        const counts = { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
        const batchId = await openBatch(counts);
        const auditEntries = await applySanctionPlan(tx, { plan, batchId, createdByUserId: isSystemActor(actor) ? null : actor.userId });
        return { counts, auditEntries, extra: {} };
      },
    };
  },
};

/**
 * Imports a file of disciplinary sanctions (DESIGN.md §8.3 step 5, §9; columns in
 * lib/domain/imports/sanction-row.ts). Admin BKD only. Idempotent on (employee, jenis,
 * bulan_mulai): a changed percentage, term or decree number updates the sanction (audited);
 * sanctions absent from the file are never deleted and cancelled ones are never revived.
 */
export function importSanctions(input: ImportFileInput): Promise<SanctionImportResult> {
  return runCsvImport(SANCTION_IMPORT, input);
}
