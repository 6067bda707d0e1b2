/**
 * The remuneration policy of a year (DESIGN.md §8; every number "configurable", defaults below):
 * stored as JSON in RemunerationPolicy.config and validated here. A run records the version it used.
 */
import { z } from "zod";

const bp = z.number().int().min(0).max(10_000);
const band = z.object({ fromMinute: z.number().int().min(1), toMinute: z.number().int().min(1).nullable(), deductionBp: bp });
const bands = z
  .array(band)
  .min(1)
  .superRefine((list, ctx) => {
    // Contiguous from minute 1, each band after the previous, only the last open-ended.
    let next = 1;
    list.forEach((b, i) => {
      if (b.fromMinute !== next) ctx.addIssue({ code: "custom", message: `Rentang ke-${i + 1} harus mulai dari menit ${next}.` });
      if (b.toMinute === null && i !== list.length - 1) ctx.addIssue({ code: "custom", message: "Hanya rentang terakhir yang boleh tanpa batas atas." });
      if (b.toMinute !== null && b.toMinute < b.fromMinute) ctx.addIssue({ code: "custom", message: `Rentang ke-${i + 1}: batas atas sebelum batas bawah.` });
      next = (b.toMinute ?? 0) + 1;
    });
    if (list.at(-1)?.toMinute !== null) ctx.addIssue({ code: "custom", message: "Rentang terakhir harus tanpa batas atas." });
  });

const romanGroups = z.record(z.string(), z.enum(["I", "II", "III", "IV"]));

export const remunerationPolicySchema = z
  .object({
    scoreWeightsBp: z.object({ aktivitas: bp, capaianIki: bp, perilaku: bp, aktivitasBawahan: bp }),
    activityTargetMinutes: z.number().int().min(1).max(100_000),
    raterRoleWeightsBp: z.object({ atasan: bp, rekan: bp, bawahan: bp }),
    maxPeerRaters: z.number().int().min(0).max(10),
    /** Base amount (whole rupiah) per kelas jabatan "1"…"17". */
    baseByKelas: z.record(z.string().regex(/^(1[0-7]|[1-9])$/), z.number().int().min(0).max(1_000_000_000)),
    cpnsBaseBp: bp,
    split: z.object({ kinerjaBp: bp, disiplinBp: bp }),
    payout: z.object({ zeroBelowScore: z.number().int().min(0).max(100), fullFromScore: z.number().int().min(1).max(100), minPayoutBp: bp }),
    lateArrivalBands: bands,
    missingCheckInBp: bp,
    earlyLeaveBands: bands,
    missingCheckOutBp: bp,
    absentWithoutLeaveBp: bp,
    sanctionDefaultBp: bp,
    taxBpByGolonganGroup: z.object({ I: bp, II: bp, III: bp, IV: bp }),
    pppkGolonganGroup: romanGroups,
    lockDayOfMonth: z.number().int().min(1).max(28),
    lockMinuteOfDay: z.number().int().min(0).max(1439),
    ratingWindowOpenDay: z.number().int().min(1).max(28),
    activityReminderMinute: z.number().int().min(0).max(1439),
    evidenceMaxBytes: z.number().int().min(100_000).max(50 * 1024 * 1024),
  })
  .superRefine((p, ctx) => {
    if (p.split.kinerjaBp + p.split.disiplinBp !== 10_000) ctx.addIssue({ code: "custom", path: ["split"], message: "Porsi kinerja dan disiplin harus berjumlah 100%." });
    if (p.payout.zeroBelowScore >= p.payout.fullFromScore) ctx.addIssue({ code: "custom", path: ["payout"], message: "Nilai minimum pembayaran harus di bawah nilai pembayaran penuh." });
    for (let k = 1; k <= 17; k++) {
      if (p.baseByKelas[String(k)] === undefined) ctx.addIssue({ code: "custom", path: ["baseByKelas", String(k)], message: `Basis TRK kelas jabatan ${k} belum diisi.` });
    }
    const w = p.scoreWeightsBp;
    if (w.aktivitas + w.capaianIki + w.perilaku + w.aktivitasBawahan === 0) ctx.addIssue({ code: "custom", path: ["scoreWeightsBp"], message: "Bobot komponen nilai tidak boleh semuanya nol." });
  });

export type RemunerationPolicy = z.infer<typeof remunerationPolicySchema>;
export type AttendanceBand = z.infer<typeof band>;

/** TL/PSW bands of §8.3 step 4: 1–30 min 0.5%, 31–60 1%, 61–90 1.25%, over 90 1.5%. */
export const DEFAULT_ATTENDANCE_BANDS: AttendanceBand[] = [
  { fromMinute: 1, toMinute: 30, deductionBp: 50 },
  { fromMinute: 31, toMinute: 60, deductionBp: 100 },
  { fromMinute: 61, toMinute: 90, deductionBp: 125 },
  { fromMinute: 91, toMinute: null, deductionBp: 150 },
];

/** DESIGN.md §8 defaults, with the given base amounts per kelas jabatan. */
export function defaultRemunerationPolicy(baseByKelas: Record<string, number>): RemunerationPolicy {
  return {
    scoreWeightsBp: { aktivitas: 4000, capaianIki: 3000, perilaku: 2000, aktivitasBawahan: 1000 },
    activityTargetMinutes: 6000,
    raterRoleWeightsBp: { atasan: 5000, rekan: 3000, bawahan: 2000 },
    maxPeerRaters: 3,
    baseByKelas,
    cpnsBaseBp: 8000,
    split: { kinerjaBp: 6000, disiplinBp: 4000 },
    // score < 50 → 0, 50 ≤ score < 85 → 50% + (score − 50) × 50/35 %, score ≥ 85 → 100%.
    payout: { zeroBelowScore: 50, fullFromScore: 85, minPayoutBp: 5000 },
    lateArrivalBands: DEFAULT_ATTENDANCE_BANDS,
    missingCheckInBp: 150,
    earlyLeaveBands: DEFAULT_ATTENDANCE_BANDS,
    missingCheckOutBp: 150,
    absentWithoutLeaveBp: 300,
    sanctionDefaultBp: 2500,
    // PPh 21 final rate by golongan group (I, II 0%, III 5%, IV 15%).
    taxBpByGolonganGroup: { I: 0, II: 0, III: 500, IV: 1500 },
    // PPPK golongan I–XVII mapped to the PNS group of the same salary range for the tax rate.
    pppkGolonganGroup: {
      I: "I", II: "I", III: "I", IV: "I",
      V: "II", VI: "II", VII: "II", VIII: "II",
      IX: "III", X: "III", XI: "III", XII: "III",
      XIII: "IV", XIV: "IV", XV: "IV", XVI: "IV", XVII: "IV",
    },
    lockDayOfMonth: 5,
    lockMinuteOfDay: 23 * 60 + 59,
    ratingWindowOpenDay: 20,
    activityReminderMinute: 15 * 60,
    evidenceMaxBytes: 2 * 1024 * 1024,
  };
}

/** Parses a stored config; the messages say which field is wrong, in Indonesian. */
export function parseRemunerationPolicy(config: unknown): { ok: true; policy: RemunerationPolicy } | { ok: false; errors: string[] } {
  const parsed = remunerationPolicySchema.safeParse(config);
  if (parsed.success) return { ok: true, policy: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".") || "kebijakan"}: ${i.message}`) };
}
