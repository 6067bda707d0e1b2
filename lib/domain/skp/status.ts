/**
 * The SKP state machine (DESIGN.md §4): DRAFT → DIAJUKAN → DISETUJUI, or DIAJUKAN → DIKEMBALIKAN →
 * (edited) → DIAJUKAN. An approved version changes through a revision: a new DRAFT version while the
 * approved one stays in force. Pure: services decide who the actor is to the SKP, this decides
 * whether the action is allowed and where it leads.
 */
export const SKP_STATUSES = ["DRAFT", "DIAJUKAN", "DISETUJUI", "DIKEMBALIKAN"] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];

export const SKP_ACTIONS = ["EDIT", "SUBMIT", "APPROVE", "RETURN", "REVISE"] as const;
export type SkpAction = (typeof SKP_ACTIONS)[number];

/**
 * How the actor stands to the SKP version: its owner, the one who approves it (the owner's current
 * direct supervisor, or Admin BKD for a head of agency), or anyone else.
 */
export const SKP_RELATIONS = ["OWNER", "APPROVER", "OTHER"] as const;
export type SkpRelation = (typeof SKP_RELATIONS)[number];

export type SkpTransition =
  | { ok: true; to: SkpStatus }
  | { ok: false; reason: "FORBIDDEN" | "INVALID_STATE"; message: string };

export const SKP_STATUS_LABELS: Record<SkpStatus, string> = {
  DRAFT: "Draf",
  DIAJUKAN: "Diajukan",
  DISETUJUI: "Disetujui",
  DIKEMBALIKAN: "Dikembalikan",
};

type Rule = { relation: SkpRelation; from: readonly SkpStatus[]; to: SkpStatus | "SAME" };

const RULES: Record<SkpAction, Rule> = {
  EDIT: { relation: "OWNER", from: ["DRAFT", "DIKEMBALIKAN"], to: "SAME" },
  SUBMIT: { relation: "OWNER", from: ["DRAFT", "DIKEMBALIKAN"], to: "DIAJUKAN" },
  APPROVE: { relation: "APPROVER", from: ["DIAJUKAN"], to: "DISETUJUI" },
  RETURN: { relation: "APPROVER", from: ["DIAJUKAN"], to: "DIKEMBALIKAN" },
  // A revision starts from the approved version in force; the new version is a DRAFT.
  REVISE: { relation: "OWNER", from: ["DISETUJUI"], to: "DRAFT" },
};

const FORBIDDEN_MESSAGES: Record<SkpAction, string> = {
  EDIT: "Hanya pemilik SKP yang dapat mengubahnya.",
  SUBMIT: "Hanya pemilik SKP yang dapat mengajukannya.",
  APPROVE: "Hanya atasan langsung pegawai saat ini yang dapat menyetujui SKP ini.",
  RETURN: "Hanya atasan langsung pegawai saat ini yang dapat mengembalikan SKP ini.",
  REVISE: "Hanya pemilik SKP yang dapat membuat revisi.",
};

const STATE_MESSAGES: Record<SkpAction, string> = {
  EDIT: "SKP yang sudah diajukan atau disetujui tidak dapat diubah. Untuk SKP yang disetujui, buat revisi.",
  SUBMIT: "SKP ini tidak dalam status Draf atau Dikembalikan, sehingga tidak dapat diajukan.",
  APPROVE: "SKP ini tidak sedang diajukan, sehingga tidak dapat disetujui.",
  RETURN: "SKP ini tidak sedang diajukan, sehingga tidak dapat dikembalikan.",
  REVISE: "Revisi hanya dapat dibuat dari SKP yang sudah disetujui.",
};

export function skpTransition(input: { status: SkpStatus; relation: SkpRelation; action: SkpAction }): SkpTransition {
  const rule = RULES[input.action];
  if (!rule) return { ok: false, reason: "FORBIDDEN", message: "Tindakan tidak dikenal." };
  // Who comes first: a stranger learns nothing about the state of someone else's SKP.
  if (input.relation !== rule.relation) return { ok: false, reason: "FORBIDDEN", message: FORBIDDEN_MESSAGES[input.action] };
  if (!rule.from.includes(input.status)) return { ok: false, reason: "INVALID_STATE", message: STATE_MESSAGES[input.action] };
  return { ok: true, to: rule.to === "SAME" ? input.status : rule.to };
}

/** States in which the owner still works on the version. */
export function isEditable(status: SkpStatus): boolean {
  return status === "DRAFT" || status === "DIKEMBALIKAN";
}
