/**
 * Daily activity states (DESIGN.md §5): DRAFT → DIAJUKAN → DISETUJUI | DITOLAK. A rejected entry may
 * be corrected and resubmitted until the month locks; only DISETUJUI minutes count. Pure: services
 * decide how the actor stands to the entry and whether its month is locked.
 */
export const ACTIVITY_STATUSES = ["DRAFT", "DIAJUKAN", "DISETUJUI", "DITOLAK"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_ACTIONS = ["EDIT", "DELETE", "SUBMIT", "APPROVE", "REJECT"] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

/** OWNER; REVIEWER: the owner's current direct supervisor (Admin BKD for a head of agency); OTHER. */
export const ACTIVITY_RELATIONS = ["OWNER", "REVIEWER", "OTHER"] as const;
export type ActivityRelation = (typeof ACTIVITY_RELATIONS)[number];

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  DRAFT: "Draf",
  DIAJUKAN: "Diajukan",
  DISETUJUI: "Disetujui",
  DITOLAK: "Ditolak",
};

export type ActivityTransition =
  | { ok: true; to: ActivityStatus | "DELETED" }
  | { ok: false; reason: "FORBIDDEN" | "INVALID_STATE" | "LOCKED"; message: string };

type Rule = { relation: ActivityRelation; from: readonly ActivityStatus[]; to: ActivityStatus | "SAME" | "DELETED" };

const RULES: Record<ActivityAction, Rule> = {
  EDIT: { relation: "OWNER", from: ["DRAFT", "DITOLAK"], to: "SAME" },
  DELETE: { relation: "OWNER", from: ["DRAFT", "DITOLAK"], to: "DELETED" },
  SUBMIT: { relation: "OWNER", from: ["DRAFT", "DITOLAK"], to: "DIAJUKAN" },
  APPROVE: { relation: "REVIEWER", from: ["DIAJUKAN"], to: "DISETUJUI" },
  REJECT: { relation: "REVIEWER", from: ["DIAJUKAN"], to: "DITOLAK" },
};

const FORBIDDEN: Record<ActivityAction, string> = {
  EDIT: "Hanya pemilik aktivitas yang dapat mengubahnya.",
  DELETE: "Hanya pemilik aktivitas yang dapat menghapusnya.",
  SUBMIT: "Hanya pemilik aktivitas yang dapat mengajukannya.",
  APPROVE: "Hanya atasan langsung pegawai saat ini yang dapat menyetujui aktivitas ini.",
  REJECT: "Hanya atasan langsung pegawai saat ini yang dapat menolak aktivitas ini.",
};

const INVALID: Record<ActivityAction, string> = {
  EDIT: "Aktivitas yang sudah diajukan atau disetujui tidak dapat diubah.",
  DELETE: "Aktivitas yang sudah diajukan atau disetujui tidak dapat dihapus.",
  SUBMIT: "Aktivitas ini sudah diajukan atau disetujui.",
  APPROVE: "Aktivitas ini tidak sedang diajukan, sehingga tidak dapat disetujui.",
  REJECT: "Aktivitas ini tidak sedang diajukan, sehingga tidak dapat ditolak.",
};

export const LOCKED_MESSAGE = "Bulan aktivitas ini sudah dikunci; aktivitasnya hanya dapat dibaca.";

/** May the action happen, and to which state? A locked month is read-only for everyone (§3). */
export function activityTransition(input: {
  status: ActivityStatus;
  relation: ActivityRelation;
  action: ActivityAction;
  monthLocked: boolean;
}): ActivityTransition {
  const rule = RULES[input.action];
  if (!rule) return { ok: false, reason: "FORBIDDEN", message: "Tindakan tidak dikenal." };
  if (input.relation !== rule.relation) return { ok: false, reason: "FORBIDDEN", message: FORBIDDEN[input.action] };
  if (input.monthLocked) return { ok: false, reason: "LOCKED", message: LOCKED_MESSAGE };
  if (!rule.from.includes(input.status)) return { ok: false, reason: "INVALID_STATE", message: INVALID[input.action] };
  return { ok: true, to: rule.to === "SAME" ? input.status : rule.to };
}
