/**
 * The input file of `npm run trk -- hitung-trk <input.json>` (README, "Kalkulator TRK"): one
 * employee-month in plain terms, turned into the calculator's AllowanceInput. Working days are
 * Mon–Fri of the month minus the given holidays; hours default to §3 (Mon–Thu 07:30–16:00, Fri
 * 07:30–16:30). The policy is given whole, or the §8 defaults with the given base per kelas.
 */
import { z } from "zod";
import { parseDateKey, workingDaysOfMonth } from "../period";
import { parseDecimal, rational, type Rational } from "../rational";
import { ATTENDANCE_STATUSES } from "./attendance-codes";
import type { AllowanceInput } from "./calculate";
import { defaultRemunerationPolicy, remunerationPolicySchema } from "./policy";

const dateKey = z.string().refine((v) => parseDateKey(v) !== null, "Tanggal harus berformat TTTT-BB-HH.");
const clock = z
  .string()
  .regex(/^([01][0-9]|2[0-3])[.:][0-5][0-9]$/, "Jam harus berformat JJ:MM.")
  .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5)));
const hours = z.object({ mulai: clock, selesai: clock });
const scoreText = z
  .union([z.number(), z.string()])
  .nullable()
  .transform((v, ctx): Rational | null => {
    if (v === null) return null;
    const text = String(v).trim();
    const fraction = /^(\d+)\/(\d+)$/.exec(text);
    const value = fraction && fraction[2] !== "0" ? rational(BigInt(fraction[1]!), BigInt(fraction[2]!)) : parseDecimal(text.replace(",", "."));
    if (!value || value.n < 0n || value.n > 100n * value.d) {
      ctx.addIssue({ code: "custom", message: "Nilai harus 0–100 (desimal seperti \"90.33\" atau pecahan \"271/3\"), atau null." });
      return z.NEVER;
    }
    return value;
  });

export const calculatorInputSchema = z
  .object({
    tahun: z.number().int().min(2000).max(2100),
    bulan: z.number().int().min(1).max(12),
    kelasJabatan: z.number().int().min(1).max(17),
    status: z.enum(["PNS", "CPNS", "PPPK"]),
    golongan: z.string().min(1),
    nilai: scoreText,
    tmt: dateKey.optional(),
    tanggalBerhenti: dateKey.nullable().optional(),
    hariLibur: z.array(dateKey).default([]),
    jamKerja: z.object({ seninKamis: hours, jumat: hours }).optional(),
    kehadiran: z
      .array(z.object({ tanggal: dateKey, status: z.enum(ATTENDANCE_STATUSES), masuk: clock.nullable().optional(), pulang: clock.nullable().optional() }))
      .default([]),
    sanksi: z.array(z.object({ jenis: z.string().min(1), persenBp: z.number().int().min(0).max(10_000).nullable().optional(), nomorSk: z.string().nullable().optional() })).default([]),
    kebijakan: z.unknown().optional(),
    basisPerKelas: z.record(z.string(), z.number().int().min(0)).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kebijakan === undefined && v.basisPerKelas === undefined) ctx.addIssue({ code: "custom", path: ["basisPerKelas"], message: "Isi \"kebijakan\" lengkap atau \"basisPerKelas\" (basis TRK kelas 1–17)." });
  });

export type CalculatorInput = z.input<typeof calculatorInputSchema>;

/** Parses the file's JSON into the calculator's input; errors name the field, in Indonesian. */
export function parseCalculatorInput(raw: unknown): { ok: true; input: AllowanceInput } | { ok: false; errors: string[] } {
  const parsed = calculatorInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".") || "berkas"}: ${i.message}`) };
  const v = parsed.data;
  const policyParsed = remunerationPolicySchema.safeParse(v.kebijakan ?? defaultRemunerationPolicy(v.basisPerKelas ?? {}));
  if (!policyParsed.success) return { ok: false, errors: policyParsed.error.issues.map((i) => `kebijakan.${i.path.join(".")}: ${i.message}`) };
  const workingDays = workingDaysOfMonth(v.tahun, v.bulan, new Set(v.hariLibur));
  const monThu = v.jamKerja?.seninKamis ?? { mulai: 450, selesai: 960 };
  const fri = v.jamKerja?.jumat ?? { mulai: 450, selesai: 990 };
  const workingHours = Object.fromEntries(
    workingDays.map((d) => {
      const h = new Date(`${d}T00:00:00Z`).getUTCDay() === 5 ? fri : monThu;
      return [d, { startMinute: h.mulai, endMinute: h.selesai }];
    }),
  );
  return {
    ok: true,
    input: {
      kelasJabatan: v.kelasJabatan,
      status: v.status,
      golongan: v.golongan,
      workingDays,
      workingHours,
      employment: { from: v.tmt ?? "0000-01-01", to: v.tanggalBerhenti ?? null },
      score: v.nilai,
      attendance: v.kehadiran.map((a) => ({ date: a.tanggal, status: a.status, checkInMinute: a.masuk ?? null, checkOutMinute: a.pulang ?? null })),
      sanctions: v.sanksi.map((s) => ({ kind: s.jenis, percentBp: s.persenBp ?? null, reference: s.nomorSk ?? null })),
      policy: policyParsed.data,
    },
  };
}

/** JSON of a breakdown: exact fractions as "n/d" strings (bigint has no JSON form). */
export function breakdownJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === "bigint") return v.toString();
      if (v && typeof v === "object" && "n" in v && "d" in v && typeof (v as Rational).n === "bigint") return `${(v as Rational).n}/${(v as Rational).d}`;
      return v;
    },
    2,
  );
}
