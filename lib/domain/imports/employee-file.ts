/**
 * Checks a whole SIAp employee file against what is already registered (DESIGN.md §9): agencies,
 * the importer's own agency, positions, supervisors, cycles. Pure: the service loads the context
 * and writes what this returns as valid.
 */
import { columnError, sortImportErrors, type ImportRowError } from "./import-error";
import {
  findDuplicateNips,
  findSupervisorCycles,
  normaliseText,
  parseEmployeeRecord,
  type EmployeeImportRow,
  type ParsedEmployeeRecord,
  type PositionKind,
  type RawRecord,
} from "./employee-row";

export type ExistingEmployeeFacts = { readonly opdCode: string; readonly supervisorNip: string | null };
export type ExistingPositionFacts = { readonly kelasJabatan: number; readonly kind: PositionKind };

export type EmployeeFileContext = {
  readonly knownOpdCodes: ReadonlySet<string>;
  /** The only kode_opd the importer may use (Admin OPD); null for any (Admin BKD). */
  readonly ownOpdCode: string | null;
  /** Every registered employee by NIP (the whole supervisor graph is needed for cycles). */
  readonly existingEmployees: ReadonlyMap<string, ExistingEmployeeFacts>;
  /** Registered positions by positionKey(opdCode, name). */
  readonly existingPositions: ReadonlyMap<string, ExistingPositionFacts>;
};

export type EmployeeFileCheck = {
  /** Valid rows, in file order. */
  readonly rows: EmployeeImportRow[];
  /** Every problem, by line. */
  readonly errors: ImportRowError[];
  readonly invalidLineCount: number;
};

export function positionKey(opdCode: string, name: string): string {
  return `${opdCode}\u0000${normaliseText(name)}`;
}

export function validateEmployeeFile(records: readonly RawRecord[], context: EmployeeFileContext): EmployeeFileCheck {
  const parsed = records.map(parseEmployeeRecord);
  const errors: ImportRowError[] = parsed.flatMap((p) => p.errors);
  errors.push(...findDuplicateNips(parsed));

  const byNip = new Map<string, ParsedEmployeeRecord[]>();
  for (const p of parsed) if (p.nip) pushTo(byNip, p.nip, p);
  const fileOpdCode = new Map<string, string>();
  parsed.forEach((p, index) => {
    if (p.nip && !fileOpdCode.has(p.nip)) fileOpdCode.set(p.nip, normaliseText(records[index]?.values.kode_opd));
  });

  const firstPosition = new Map<string, { kelasJabatan: number; kind: PositionKind; line: number }>();
  parsed.forEach((p, index) => {
    const opdCode = normaliseText(records[index]?.values.kode_opd);
    errors.push(...checkAgency(p, opdCode, context));
    if (p.row) errors.push(...checkPosition(p.row, context, firstPosition));
    if (p.supervisorNip) {
      const inFile = byNip.has(p.supervisorNip);
      const existing = context.existingEmployees.get(p.supervisorNip);
      const supervisorOpd = inFile ? fileOpdCode.get(p.supervisorNip) : existing?.opdCode;
      if (!inFile && !existing) {
        errors.push(columnError(p.line, "nip_atasan", `atasan dengan NIP ${p.supervisorNip} tidak ada dalam berkas maupun dalam data pegawai.`));
      } else if (opdCode !== "" && supervisorOpd !== opdCode) {
        errors.push(columnError(p.line, "nip_atasan", `atasan langsung (NIP ${p.supervisorNip}) harus pegawai perangkat daerah yang sama (${opdCode}).`));
      }
    }
  });

  const fileEdges = new Map<string, string | null>();
  for (const p of parsed) if (p.nip) fileEdges.set(p.nip, p.supervisorNip ?? null);
  const existingEdges = new Map<string, string | null>();
  for (const [nip, facts] of context.existingEmployees) existingEdges.set(nip, facts.supervisorNip);
  for (const cycle of findSupervisorCycles({ fileEdges, existingEdges })) {
    const chain = [...cycle, cycle[0]].join(" → ");
    for (const nip of cycle) {
      for (const p of byNip.get(nip) ?? []) {
        errors.push(columnError(p.line, "nip_atasan", `rantai atasan langsung membentuk lingkaran: ${chain}.`));
      }
    }
  }

  const invalidLines = new Set(errors.map((e) => e.line));
  errors.push(...invalidateDependents(parsed, byNip, invalidLines));

  const rows = parsed.flatMap((p) => (p.row && !invalidLines.has(p.line) ? [p.row] : []));
  return { rows, errors: sortImportErrors(errors), invalidLineCount: invalidLines.size };
}

function checkAgency(p: ParsedEmployeeRecord, opdCode: string, context: EmployeeFileContext): ImportRowError[] {
  if (opdCode === "") return [];
  if (!context.knownOpdCodes.has(opdCode)) {
    return [columnError(p.line, "kode_opd", `perangkat daerah dengan kode "${opdCode}" tidak terdaftar.`)];
  }
  if (context.ownOpdCode !== null && opdCode !== context.ownOpdCode) {
    return [columnError(p.line, "kode_opd", `baris ini milik perangkat daerah ${opdCode}; Anda hanya dapat mengimpor pegawai perangkat daerah ${context.ownOpdCode}.`)];
  }
  const existing = p.nip ? context.existingEmployees.get(p.nip) : undefined;
  if (context.ownOpdCode !== null && existing && existing.opdCode !== context.ownOpdCode) {
    return [columnError(p.line, "nip", "pegawai ini terdaftar pada perangkat daerah lain; pemindahan antarperangkat daerah dilakukan oleh Admin BKD.")];
  }
  return [];
}

function checkPosition(
  row: EmployeeImportRow,
  context: EmployeeFileContext,
  firstPosition: Map<string, { kelasJabatan: number; kind: PositionKind; line: number }>,
): ImportRowError[] {
  const key = positionKey(row.opdCode, row.positionName);
  const existing = context.existingPositions.get(key);
  if (existing && (existing.kelasJabatan !== row.kelasJabatan || existing.kind !== row.positionKind)) {
    return [
      columnError(
        row.line,
        existing.kelasJabatan !== row.kelasJabatan ? "kelas_jabatan" : "jenis_jabatan",
        `jabatan "${row.positionName}" sudah terdaftar dengan kelas ${existing.kelasJabatan} (${existing.kind}); ubah jabatan itu di halaman Jabatan bila memang berubah.`,
      ),
    ];
  }
  const first = firstPosition.get(key);
  if (!first) {
    firstPosition.set(key, { kelasJabatan: row.kelasJabatan, kind: row.positionKind, line: row.line });
    return [];
  }
  if (first.kelasJabatan !== row.kelasJabatan || first.kind !== row.positionKind) {
    return [
      columnError(
        row.line,
        first.kelasJabatan !== row.kelasJabatan ? "kelas_jabatan" : "jenis_jabatan",
        `jabatan "${row.positionName}" di baris ${first.line} berkelas ${first.kelasJabatan} (${first.kind}); satu jabatan harus sama kelas dan jenisnya di seluruh berkas.`,
      ),
    ];
  }
  return [];
}

/**
 * A row whose supervisor is on an invalid line cannot be imported either (its supervisor would
 * not exist, or would keep stale data); followed down whole chains with a work list.
 */
function invalidateDependents(
  parsed: readonly ParsedEmployeeRecord[],
  byNip: ReadonlyMap<string, ParsedEmployeeRecord[]>,
  invalidLines: Set<number>,
): ImportRowError[] {
  const subordinates = new Map<string, ParsedEmployeeRecord[]>();
  for (const p of parsed) {
    if (p.supervisorNip) pushTo(subordinates, p.supervisorNip, p);
  }
  const errors: ImportRowError[] = [];
  const queue = parsed.filter((p) => p.nip && invalidLines.has(p.line)).map((p) => p.nip!);
  for (let i = 0; i < queue.length; i++) {
    const supervisorNip = queue[i]!;
    for (const p of subordinates.get(supervisorNip) ?? []) {
      if (invalidLines.has(p.line)) continue;
      const lines = (byNip.get(supervisorNip) ?? []).map((s) => s.line).join(", ");
      errors.push(columnError(p.line, "nip_atasan", `baris atasan langsung (NIP ${supervisorNip}, baris ${lines}) bermasalah, jadi baris ini juga tidak dapat diimpor.`));
      invalidLines.add(p.line);
      if (p.nip) queue.push(p.nip);
    }
  }
  return errors;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
