/**
 * The allowance (TRK) of one employee for one month (DESIGN.md §8.3). Pure and exact: money is whole
 * rupiah (safe integers), percentages are basis points, the score and payout are exact fractions.
 * Each of base, kinerja part, disiplin part, sanction cut and tax is rounded DOWN once, at its own
 * step (§8.3.7); net = gross − tax exactly. The runs, the slip, the dashboard prediction and the CLI
 * all call this one function.
 */
import type { GolonganGroup } from "../golongan";
import { cmp, div, floor, formatRational, HUNDRED, min, mul, rational, sub, type Rational, add } from "../rational";
import { dayDeductions, type AttendanceStatus, type DayDeduction } from "./attendance-codes";
import type { RemunerationPolicy } from "./policy";

export type AllowanceInput = {
  kelasJabatan: number;
  status: "PNS" | "CPNS" | "PPPK";
  golongan: string;
  /** Working days of the month ("YYYY-MM-DD"): weekdays with working hours, minus holidays. */
  workingDays: readonly string[];
  /** Working hours of each working day, by date key (Friday's differ). */
  workingHours: Readonly<Record<string, { startMinute: number; endMinute: number }>>;
  /** The days the employee held the position: from (inclusive) to (inclusive, null = still). */
  employment: { from: string; to: string | null };
  /** The month's score 0–100 (§8.1); null when nothing had a basis (pays the kinerja part at 0%). */
  score: Rational | null;
  /** Attendance rows of the month (any day; only working days within employment count). */
  attendance: readonly { date: string; status: AttendanceStatus; checkInMinute: number | null; checkOutMinute: number | null }[];
  /** Disciplinary sanctions active in the month. */
  sanctions: readonly { kind: string; percentBp: number | null; reference?: string | null }[];
  policy: RemunerationPolicy;
};

export type AllowanceBreakdown = {
  baseAmount: number;
  cpnsFactorBp: number;
  heldDays: number;
  workingDays: number;
  base: number;
  kinerjaShare: { bp: number };
  score: { exact: Rational | null; text: string | null };
  payout: { exact: Rational; text: string };
  kinerja: number;
  disiplinShare: { bp: number };
  deductions: (DayDeduction & { date: string })[];
  deductionBpTotal: number;
  deductionBpApplied: number;
  disiplin: number;
  sanctions: { kind: string; percentBp: number; reference: string | null }[];
  sanctionBp: number;
  sanctionCut: number;
  gross: number;
  golonganGroup: GolonganGroup;
  taxBp: number;
  tax: number;
  net: number;
};

const BP = 10_000n;

/** The payout fraction (0–1) for a score: 0 below `zeroBelowScore`, 1 from `fullFromScore`, linear between from minPayout. */
export function payoutFraction(score: Rational | null, payout: RemunerationPolicy["payout"]): Rational {
  if (!score || cmp(score, rational(payout.zeroBelowScore)) < 0) return rational(0);
  if (cmp(score, rational(payout.fullFromScore)) >= 0) return rational(1);
  const minimum = rational(payout.minPayoutBp, BP);
  const slope = div(sub(rational(1), minimum), rational(payout.fullFromScore - payout.zeroBelowScore));
  return add(minimum, mul(sub(score, rational(payout.zeroBelowScore)), slope));
}

/** The tax group of a golongan: "III/b" → III; a PPPK roman golongan through the policy's map. */
export function taxGroup(golongan: string, status: AllowanceInput["status"], policy: RemunerationPolicy): GolonganGroup {
  if (status === "PPPK") {
    const group = policy.pppkGolonganGroup[golongan.trim().toUpperCase()];
    if (!group) throw new RangeError(`Golongan PPPK tidak dikenal: ${golongan}`);
    return group;
  }
  const head = golongan.trim().toUpperCase().split("/")[0];
  if (head === "I" || head === "II" || head === "III" || head === "IV") return head;
  throw new RangeError(`Golongan tidak dikenal: ${golongan}`);
}

const money = (x: Rational): number => {
  const value = floor(x);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("amount too large");
  return Number(value);
};

export function calculateAllowance(input: AllowanceInput): AllowanceBreakdown {
  const { policy } = input;
  const baseAmount = policy.baseByKelas[String(input.kelasJabatan)];
  if (baseAmount === undefined) throw new RangeError(`Basis TRK kelas jabatan ${input.kelasJabatan} tidak ada dalam kebijakan.`);
  const held = input.workingDays.filter((d) => d >= input.employment.from && (input.employment.to === null || d <= input.employment.to));
  const cpnsFactorBp = input.status === "CPNS" ? policy.cpnsBaseBp : 10_000;

  // 1. Base = amount × CPNS factor × held days / working days, rounded down.
  const base = input.workingDays.length === 0 ? 0 : money(rational(BigInt(baseAmount) * BigInt(cpnsFactorBp) * BigInt(held.length), BP * BigInt(input.workingDays.length)));

  // 3. Kinerja part = base × kinerja share × payout(score), rounded down.
  const payout = payoutFraction(input.score, policy.payout);
  const kinerja = money(mul(rational(BigInt(base) * BigInt(policy.split.kinerjaBp), BP), payout));

  // 4. Disiplin part = base × disiplin share × (100% − deductions, not below 0), rounded down.
  const heldSet = new Set(held);
  const deductions: AllowanceBreakdown["deductions"] = [];
  for (const day of [...input.attendance].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!heldSet.has(day.date)) continue; // holidays, weekends and days outside employment never deduct
    const hours = input.workingHours[day.date];
    if (!hours) continue;
    for (const d of dayDeductions({ status: day.status, checkInMinute: day.checkInMinute, checkOutMinute: day.checkOutMinute, hours, policy })) {
      deductions.push({ date: day.date, ...d });
    }
  }
  const deductionBpTotal = deductions.reduce((s, d) => s + d.deductionBp, 0);
  const deductionBpApplied = Math.min(deductionBpTotal, 10_000);
  const disiplin = money(rational(BigInt(base) * BigInt(policy.split.disiplinBp) * BigInt(10_000 - deductionBpApplied), BP * BP));

  // 5. Sanctions cut their percentage of kinerja + disiplin (together at most 100%), rounded down.
  const sanctions = input.sanctions.map((s) => ({ kind: s.kind, percentBp: s.percentBp ?? policy.sanctionDefaultBp, reference: s.reference ?? null }));
  const sanctionBp = Math.min(sanctions.reduce((s, x) => s + x.percentBp, 0), 10_000);
  const sanctionCut = money(rational(BigInt(kinerja + disiplin) * BigInt(sanctionBp), BP));

  // 6. Gross, tax by golongan group (rounded down), net = gross − tax.
  const gross = kinerja + disiplin - sanctionCut;
  const golonganGroup = taxGroup(input.golongan, input.status, policy);
  const taxBp = policy.taxBpByGolonganGroup[golonganGroup];
  const tax = money(rational(BigInt(gross) * BigInt(taxBp), BP));

  return {
    baseAmount,
    cpnsFactorBp,
    heldDays: held.length,
    workingDays: input.workingDays.length,
    base,
    kinerjaShare: { bp: policy.split.kinerjaBp },
    score: { exact: input.score, text: input.score ? formatRational(input.score, 2) : null },
    payout: { exact: payout, text: formatRational(min(mul(payout, HUNDRED), HUNDRED), 4) },
    kinerja,
    disiplinShare: { bp: policy.split.disiplinBp },
    deductions,
    deductionBpTotal,
    deductionBpApplied,
    disiplin,
    sanctions,
    sanctionBp,
    sanctionCut,
    gross,
    golonganGroup,
    taxBp,
    tax,
    net: gross - tax,
  };
}
