/** Kinds of notification (DESIGN.md §10), as in the database enum NotificationKind. */
export const NOTIFICATION_KINDS = [
  "SKP_SUBMITTED",
  "SKP_APPROVED",
  "SKP_RETURNED",
  "REALISATION_SUBMITTED",
  "REALISATION_VERIFIED",
  "REALISATION_RETURNED",
  "ACTIVITY_REJECTED",
  "RATING_REQUESTED",
  "INSTRUCTION_RECEIVED",
  "INSTRUCTION_DONE",
  "ACTIVITY_REMINDER",
  "PASSWORD_RESET",
  "ACCOUNT_ACTIVATED",
  "ANNOUNCEMENT",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Security messages about the account always go by e-mail; the employee cannot turn them off. */
export const ALWAYS_EMAILED_KINDS: readonly NotificationKind[] = ["PASSWORD_RESET", "ACCOUNT_ACTIVATED"];

/** The kinds an employee chooses to receive by e-mail too, in the order the profile lists them. */
export const OPTIONAL_EMAIL_KINDS: readonly NotificationKind[] = NOTIFICATION_KINDS.filter(
  (kind) => !ALWAYS_EMAILED_KINDS.includes(kind),
);

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  SKP_SUBMITTED: "SKP bawahan diajukan untuk disetujui",
  SKP_APPROVED: "SKP saya disetujui",
  SKP_RETURNED: "SKP saya dikembalikan untuk diperbaiki",
  REALISATION_SUBMITTED: "Realisasi IKI bawahan diajukan untuk diverifikasi",
  REALISATION_VERIFIED: "Realisasi IKI saya diverifikasi",
  REALISATION_RETURNED: "Realisasi IKI saya dikembalikan",
  ACTIVITY_REJECTED: "Aktivitas harian saya ditolak",
  RATING_REQUESTED: "Permintaan penilaian perilaku (360°)",
  INSTRUCTION_RECEIVED: "Instruksi khusus dari pimpinan",
  INSTRUCTION_DONE: "Instruksi khusus saya diselesaikan oleh penerima",
  ACTIVITY_REMINDER: "Pengingat bila aktivitas hari ini belum diisi pukul 15.00 WIB",
  PASSWORD_RESET: "Pengaturan ulang kata sandi",
  ACCOUNT_ACTIVATED: "Aktivasi akun",
  ANNOUNCEMENT: "Pengumuman baru",
};

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
