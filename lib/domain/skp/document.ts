/**
 * The SKP document as the editor sends it (every RHK with its IKI and monthly targets) and its
 * checks (DESIGN.md §4). Two levels: `readDraft` keeps everything that can be stored while the
 * employee is still typing and reports the rest; `checkForSubmit` is the rule for Ajukan.
 */
import { z } from "zod";
import { monthLabel } from "../period";

export const RHK_KINDS = ["UTAMA", "TAMBAHAN"] as const;
export const IKI_ASPECTS = ["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"] as const;
export const POLARITIES = ["MAKIN_TINGGI", "MAKIN_RENDAH"] as const;
export type RhkKind = (typeof RHK_KINDS)[number];
export type IkiAspect = (typeof IKI_ASPECTS)[number];
export type Polarity = (typeof POLARITIES)[number];

export const IKI_ASPECT_LABELS: Record<IkiAspect, string> = {
  KUANTITAS: "Kuantitas",
  KUALITAS: "Kualitas",
  WAKTU: "Waktu",
  BIAYA: "Biaya",
};
export const POLARITY_LABELS: Record<Polarity, string> = {
  MAKIN_TINGGI: "Makin tinggi makin baik",
  MAKIN_RENDAH: "Makin rendah makin baik",
};
export const RHK_KIND_LABELS: Record<RhkKind, string> = { UTAMA: "Utama", TAMBAHAN: "Tambahan" };

export const LIMITS = { rhks: 30, ikisPerRhk: 10, rhkText: 1000, ikiText: 500, unit: 50, evidence: 500 } as const;
/** Targets are stored as Decimal(18,4). */
const MAX_TARGET = 1e12;

const text = (max: number) => z.string().max(max * 2).default("");

/** The raw shape: bounded, permissive on content (content is checked below, with messages). */
export const skpDocumentSchema = z.object({
  rhks: z
    .array(
      z.object({
        kind: z.enum(RHK_KINDS).default("UTAMA"),
        description: text(LIMITS.rhkText),
        parentRhkId: z.number().int().positive().nullable().default(null),
        orgTargetId: z.number().int().positive().nullable().default(null),
        copiedFromId: z.number().int().positive().nullable().default(null),
        ikis: z
          .array(
            z.object({
              description: text(LIMITS.ikiText),
              aspect: z.enum(IKI_ASPECTS).default("KUANTITAS"),
              unit: text(LIMITS.unit),
              polarity: z.enum(POLARITIES).default("MAKIN_TINGGI"),
              evidenceExpected: text(LIMITS.evidence),
              copiedFromId: z.number().int().positive().nullable().default(null),
              /** Month "1"…"12" → the target as typed ("12", "4,5"); empty means no target. */
              targets: z.record(z.string(), z.string().max(40)).default({}),
            }),
          )
          .max(LIMITS.ikisPerRhk, `Paling banyak ${LIMITS.ikisPerRhk} IKI untuk satu RHK.`)
          .default([]),
      }),
    )
    .max(LIMITS.rhks, `Paling banyak ${LIMITS.rhks} RHK dalam satu SKP.`)
    .default([]),
});
export type SkpDocumentInput = z.input<typeof skpDocumentSchema>;
export type SkpDocumentRaw = z.output<typeof skpDocumentSchema>;

/** What can be stored: clean text, targets as exact decimal strings keyed by month. */
export type DraftIki = {
  description: string;
  aspect: IkiAspect;
  unit: string;
  polarity: Polarity;
  evidenceExpected: string | null;
  copiedFromId: number | null;
  targets: { month: number; value: string }[];
};
export type DraftRhk = {
  kind: RhkKind;
  description: string;
  parentRhkId: number | null;
  orgTargetId: number | null;
  copiedFromId: number | null;
  ikis: DraftIki[];
};
export type SkpDraft = { rhks: DraftRhk[] };

/** Problems keyed by the field's path in the document (e.g. "rhks.0.ikis.1.targets.3"). */
export type DocumentErrors = Record<string, string[]>;

/**
 * A target as typed → exact decimal string ("4,5" → "4.5"), or an Indonesian message.
 * Non-negative, at most four decimals, no exponent.
 */
export function parseTarget(raw: string): { ok: true; value: string } | { ok: false; message: string } {
  const typed = raw.trim().replace(/\s/g, "");
  if (!/^-?\d+([.,]\d+)?$/.test(typed)) return { ok: false, message: "Target harus berupa angka, misalnya 12 atau 4,5." };
  if (typed.startsWith("-")) return { ok: false, message: "Target tidak boleh negatif." };
  const [whole, fraction = ""] = typed.replace(",", ".").split(".");
  if (fraction.length > 4) return { ok: false, message: "Target paling banyak empat angka di belakang koma." };
  if (Number(whole) >= MAX_TARGET) return { ok: false, message: "Target terlalu besar." };
  const trimmedWhole = whole!.replace(/^0+(?=\d)/, "");
  const trimmedFraction = fraction.replace(/0+$/, "");
  return { ok: true, value: trimmedFraction ? `${trimmedWhole}.${trimmedFraction}` : trimmedWhole };
}

function push(errors: DocumentErrors, key: string, message: string): void {
  (errors[key] ??= []).push(message);
}

const clean = (value: string) => value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").trim();

/**
 * Everything of the document that can be stored as a draft, and what cannot (reported with its
 * path): a target that is not a non-negative number is left out, too long text is cut to the limit.
 */
export function readDraft(raw: SkpDocumentRaw): { draft: SkpDraft; errors: DocumentErrors } {
  const errors: DocumentErrors = {};
  const rhks = raw.rhks.map((rhk, r): DraftRhk => {
    const description = clean(rhk.description);
    if (description.length > LIMITS.rhkText) push(errors, `rhks.${r}.description`, `Uraian RHK paling banyak ${LIMITS.rhkText} karakter.`);
    return {
      kind: rhk.kind,
      description: description.slice(0, LIMITS.rhkText),
      parentRhkId: rhk.parentRhkId,
      orgTargetId: rhk.parentRhkId ? null : rhk.orgTargetId,
      copiedFromId: rhk.copiedFromId,
      ikis: rhk.ikis.map((iki, i): DraftIki => {
        const path = `rhks.${r}.ikis.${i}`;
        const targets: { month: number; value: string }[] = [];
        for (const [key, typed] of Object.entries(iki.targets)) {
          const month = Number(key);
          if (!Number.isInteger(month) || month < 1 || month > 12) continue;
          if (typed.trim() === "") continue;
          const parsed = parseTarget(typed);
          if (parsed.ok) targets.push({ month, value: parsed.value });
          else push(errors, `${path}.targets.${month}`, `${monthLabel(month)}: ${parsed.message}`);
        }
        targets.sort((a, b) => a.month - b.month);
        const ikiDescription = clean(iki.description);
        if (ikiDescription.length > LIMITS.ikiText) push(errors, `${path}.description`, `Uraian IKI paling banyak ${LIMITS.ikiText} karakter.`);
        const evidence = clean(iki.evidenceExpected);
        return {
          description: ikiDescription.slice(0, LIMITS.ikiText),
          aspect: iki.aspect,
          unit: clean(iki.unit).slice(0, LIMITS.unit),
          polarity: iki.polarity,
          evidenceExpected: evidence ? evidence.slice(0, LIMITS.evidence) : null,
          copiedFromId: iki.copiedFromId,
          targets,
        };
      }),
    };
  });
  return { draft: { rhks }, errors };
}

/**
 * The rule for Ajukan (§4): at least one RHK UTAMA, each RHK described with at least one IKI, each
 * IKI described with a unit and a target for at least one month. Returns every problem, so the
 * employee fixes them in one go; an empty result means the SKP may be submitted.
 */
export function checkForSubmit(draft: SkpDraft): DocumentErrors {
  const errors: DocumentErrors = {};
  if (draft.rhks.length === 0) {
    push(errors, "_form", "SKP masih kosong. Tambahkan paling sedikit satu RHK Utama beserta IKI dan targetnya.");
    return errors;
  }
  if (!draft.rhks.some((rhk) => rhk.kind === "UTAMA")) push(errors, "_form", "SKP harus memiliki paling sedikit satu RHK Utama.");
  draft.rhks.forEach((rhk, r) => {
    const label = `RHK ${r + 1}`;
    if (rhk.description.length < 10) push(errors, `rhks.${r}.description`, `${label}: uraian RHK paling sedikit 10 karakter.`);
    if (rhk.ikis.length === 0) push(errors, `rhks.${r}`, `${label}: tambahkan paling sedikit satu IKI.`);
    rhk.ikis.forEach((iki, i) => {
      const path = `rhks.${r}.ikis.${i}`;
      const ikiLabel = `${label}, IKI ${i + 1}`;
      if (iki.description.length < 5) push(errors, `${path}.description`, `${ikiLabel}: uraian IKI paling sedikit 5 karakter.`);
      if (!iki.unit) push(errors, `${path}.unit`, `${ikiLabel}: isi satuan target (misalnya dokumen, laporan, persen).`);
      if (iki.targets.length === 0) push(errors, `${path}.targets`, `${ikiLabel}: isi target untuk paling sedikit satu bulan.`);
    });
  });
  return errors;
}

/** Targets of the version a revision is based on: IKI id → month → exact decimal string. */
export type BaseTargets = ReadonlyMap<number, { description: string; targets: ReadonlyMap<number, string> }>;

/**
 * Months that are locked cannot lose their targets (§3, §4): in a revision, every target of a locked
 * month in the version in force must still be there, unchanged, on the IKI copied from it.
 */
export function lockedTargetViolations(input: { base: BaseTargets; draft: SkpDraft; lockedMonths: ReadonlySet<number>; year: number }): string[] {
  const kept = new Map<number, Map<number, string>>();
  for (const rhk of input.draft.rhks) {
    for (const iki of rhk.ikis) {
      if (iki.copiedFromId != null) kept.set(iki.copiedFromId, new Map(iki.targets.map((t) => [t.month, t.value])));
    }
  }
  const problems: string[] = [];
  for (const [ikiId, base] of input.base) {
    for (const [month, value] of base.targets) {
      if (!input.lockedMonths.has(month)) continue;
      const now = kept.get(ikiId)?.get(month);
      if (now === undefined || !sameDecimal(now, value)) {
        problems.push(
          `Target ${monthLabel(month)} ${input.year} untuk IKI "${base.description}" tidak dapat diubah atau dihapus karena bulan tersebut sudah dikunci (semula ${value.replace(".", ",")}).`,
        );
      }
    }
  }
  return problems;
}

/** "4.50" and "4.5" are the same target. */
export function sameDecimal(a: string, b: string): boolean {
  const norm = (v: string) => {
    const [w, f = ""] = v.split(".");
    const fraction = f.replace(/0+$/, "");
    const whole = w!.replace(/^0+(?=\d)/, "");
    return fraction ? `${whole}.${fraction}` : whole;
  };
  return norm(a) === norm(b);
}
