/**
 * IKI realisation states (DESIGN.md §6): DRAFT → DIAJUKAN → TERVERIFIKASI | DIKEMBALIKAN. A returned
 * realisation may be edited and submitted again; a verified value never changes. Like every record of
 * a performance month, nothing changes once the month is locked (§3). Pure: services decide how the
 * actor stands to the realisation and whether its month is locked.
 */
export const REALISATION_STATUSES = ["DRAFT", "DIAJUKAN", "TERVERIFIKASI", "DIKEMBALIKAN"] as const;
export type RealisationStatus = (typeof REALISATION_STATUSES)[number];

export const REALISATION_ACTIONS = ["EDIT", "SUBMIT", "VERIFY", "RETURN"] as const;
export type RealisationAction = (typeof REALISATION_ACTIONS)[number];

/** OWNER; REVIEWER: the owner's current direct supervisor (Admin BKD for a head of agency); OTHER. */
export const REALISATION_RELATIONS = ["OWNER", "REVIEWER", "OTHER"] as const;
export type RealisationRelation = (typeof REALISATION_RELATIONS)[number];

export const REALISATION_STATUS_LABELS: Record<RealisationStatus, string> = {
  DRAFT: "Draf",
  DIAJUKAN: "Diajukan",
  TERVERIFIKASI: "Terverifikasi",
  DIKEMBALIKAN: "Dikembalikan",
};

export type RealisationTransition =
  | { ok: true; to: RealisationStatus }
  | { ok: false; reason: "FORBIDDEN" | "INVALID_STATE" | "LOCKED"; message: string };

type Rule = { relation: RealisationRelation; from: readonly RealisationStatus[]; to: RealisationStatus | "SAME" };

const RULES: Record<RealisationAction, Rule> = {
  EDIT: { relation: "OWNER", from: ["DRAFT", "DIKEMBALIKAN"], to: "SAME" },
  SUBMIT: { relation: "OWNER", from: ["DRAFT", "DIKEMBALIKAN"], to: "DIAJUKAN" },
  VERIFY: { relation: "REVIEWER", from: ["DIAJUKAN"], to: "TERVERIFIKASI" },
  RETURN: { relation: "REVIEWER", from: ["DIAJUKAN"], to: "DIKEMBALIKAN" },
};

const FORBIDDEN: Record<RealisationAction, string> = {
  EDIT: "Hanya pemilik realisasi IKI yang dapat mengubahnya.",
  SUBMIT: "Hanya pemilik realisasi IKI yang dapat mengajukannya.",
  VERIFY: "Hanya atasan langsung pegawai saat ini yang dapat memverifikasi realisasi IKI ini.",
  RETURN: "Hanya atasan langsung pegawai saat ini yang dapat mengembalikan realisasi IKI ini.",
};

const INVALID: Record<RealisationAction, string> = {
  EDIT: "Realisasi yang sudah diajukan atau terverifikasi tidak dapat diubah.",
  SUBMIT: "Realisasi ini sudah diajukan atau terverifikasi.",
  VERIFY: "Realisasi ini tidak sedang diajukan, sehingga tidak dapat diverifikasi.",
  RETURN: "Realisasi ini tidak sedang diajukan, sehingga tidak dapat dikembalikan.",
};

export const REALISATION_LOCKED_MESSAGE = "Bulan realisasi ini sudah dikunci; realisasinya hanya dapat dibaca.";

/**
 * May the action happen, and to which state? A realisation not yet stored counts as DRAFT. Who comes
 * first (a stranger learns nothing of the state), then the lock (read-only for everyone), then the state.
 */
export function realisationTransition(input: {
  status: RealisationStatus;
  relation: RealisationRelation;
  action: RealisationAction;
  monthLocked: boolean;
}): RealisationTransition {
  const rule = RULES[input.action];
  if (!rule) return { ok: false, reason: "FORBIDDEN", message: "Tindakan tidak dikenal." };
  if (input.relation !== rule.relation) return { ok: false, reason: "FORBIDDEN", message: FORBIDDEN[input.action] };
  if (input.monthLocked) return { ok: false, reason: "LOCKED", message: REALISATION_LOCKED_MESSAGE };
  if (!rule.from.includes(input.status)) return { ok: false, reason: "INVALID_STATE", message: INVALID[input.action] };
  return { ok: true, to: rule.to === "SAME" ? input.status : rule.to };
}

/** States in which the owner may still change the value. */
export function isRealisationEditable(status: RealisationStatus): boolean {
  return status === "DRAFT" || status === "DIKEMBALIKAN";
}
