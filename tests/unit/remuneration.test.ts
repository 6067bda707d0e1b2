import { describe, expect, it } from "vitest";
import { dayDeductions } from "@/lib/domain/remuneration/attendance-codes";
import { calculateAllowance, payoutFraction, type AllowanceInput } from "@/lib/domain/remuneration/calculate";
import { defaultRemunerationPolicy, parseRemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { formatRational, rational, type Rational } from "@/lib/domain/rational";
import { monthlyScore } from "@/lib/domain/scoring/monthly-score";

const BASES = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [String(i + 1), (i + 1) * 500_000 + 1_500_000]));
const policy = defaultRemunerationPolicy({ ...BASES, "9": 6_000_000 });

/** March 2026 as the worked example's "whole month": 22 working days, 07:30–16:00 (Fri 16:30). */
const DAYS = Array.from({ length: 31 }, (_, i) => `2026-03-${String(i + 1).padStart(2, "0")}`).filter((d) => {
  const w = new Date(`${d}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6;
});
const HOURS = Object.fromEntries(DAYS.map((d) => [d, { startMinute: 450, endMinute: new Date(`${d}T00:00:00Z`).getUTCDay() === 5 ? 990 : 960 }]));
const present = (date: string, checkIn = 440, checkOut = 1000) => ({ date, status: "HADIR" as const, checkInMinute: checkIn, checkOutMinute: checkOut });

function input(over: Partial<AllowanceInput> = {}): AllowanceInput {
  return {
    kelasJabatan: 9,
    status: "PNS",
    golongan: "III/b",
    workingDays: DAYS,
    workingHours: HOURS,
    employment: { from: "2020-01-01", to: null },
    score: rational(8130, 90),
    attendance: DAYS.map((d) => present(d, 445, 1000)),
    sanctions: [],
    policy,
    ...over,
  };
}

describe("the worked example of DESIGN.md §8.3", () => {
  it("score (40·90 + 30·95 + 20·84) / 90 = 90.33", () => {
    const score = monthlyScore({
      activity: { approvedMinutes: 5400, targetMinutes: 6000 },
      ikiCapaian: [rational(95)],
      behaviour: rational(84),
      subordinateReview: null,
    });
    expect(score.totalText).toBe("90,33");
    expect(score.total).toEqual(rational(8130, 90));
  });

  it("two TL1 and one PSW2 → 2% → net Rp 5,654,400", () => {
    const attendance = DAYS.map((d) => present(d));
    attendance[0] = present(DAYS[0]!, 450 + 10); // TL1
    attendance[1] = present(DAYS[1]!, 450 + 30); // TL1 (band edge)
    attendance[2] = present(DAYS[2]!, 440, 960 - 45); // PSW2
    const b = calculateAllowance(input({ attendance }));
    expect(b).toMatchObject({ base: 6_000_000, kinerja: 3_600_000, deductionBpTotal: 200, disiplin: 2_352_000, sanctionCut: 0, gross: 5_952_000, tax: 297_600, net: 5_654_400 });
    expect(b.deductions.map((d) => d.code)).toEqual(["TL1", "TL1", "PSW2"]);
  });

  it("with a score of exactly 70: payout 78.571428…% → kinerja Rp 2,828,571", () => {
    const b = calculateAllowance(input({ score: rational(70) }));
    expect(b.payout.exact).toEqual(rational(11, 14));
    expect(b.kinerja).toBe(2_828_571);
  });
});

describe("payout curve", () => {
  it.each([
    [null, "0"],
    [rational(0), "0"],
    [rational(4999, 100), "0"],
    [rational(50), "1/2"],
    [rational(70), "11/14"],
    [rational(8499, 100), "6999/7000"],
    [rational(85), "1"],
    [rational(100), "1"],
  ] as [Rational | null, string][])("score %o → %s", (score, expected) => {
    const p = payoutFraction(score, policy.payout);
    expect(p.d === 1n ? String(p.n) : `${p.n}/${p.d}`).toBe(expected);
  });
});

describe("TL/PSW band edges (§8.3 step 4)", () => {
  const hours = { startMinute: 450, endMinute: 960 };
  it.each([
    [0, []],
    [1, ["TL1", 50]],
    [30, ["TL1", 50]],
    [31, ["TL2", 100]],
    [60, ["TL2", 100]],
    [61, ["TL3", 125]],
    [90, ["TL3", 125]],
    [91, ["TL4", 150]],
    [-20, []],
  ] as [number, [string, number] | []][])("%i minutes late", (late, expected) => {
    const d = dayDeductions({ status: "HADIR", checkInMinute: 450 + late, checkOutMinute: 960, hours, policy });
    expect(d.map((x) => [x.code, x.deductionBp]).flat()).toEqual(expected);
  });
  it.each([
    [0, []],
    [1, ["PSW1", 50]],
    [30, ["PSW1", 50]],
    [31, ["PSW2", 100]],
    [60, ["PSW2", 100]],
    [61, ["PSW3", 125]],
    [90, ["PSW3", 125]],
    [91, ["PSW4", 150]],
  ] as [number, [string, number] | []][])("leaving %i minutes early", (early, expected) => {
    const d = dayDeductions({ status: "WFH", checkInMinute: 450, checkOutMinute: 960 - early, hours, policy });
    expect(d.map((x) => [x.code, x.deductionBp]).flat()).toEqual(expected);
  });
  it("no check-in is TL4, no check-out is PSW4; TK 3%; leave, sick and travel nothing", () => {
    expect(dayDeductions({ status: "HADIR", checkInMinute: null, checkOutMinute: null, hours, policy }).map((d) => [d.code, d.deductionBp])).toEqual([["TL4", 150], ["PSW4", 150]]);
    expect(dayDeductions({ status: "TK", checkInMinute: null, checkOutMinute: null, hours, policy }).map((d) => [d.code, d.deductionBp])).toEqual([["TK", 300]]);
    for (const status of ["CUTI", "SAKIT", "DINAS_LUAR"] as const) {
      expect(dayDeductions({ status, checkInMinute: null, checkOutMinute: null, hours, policy })).toEqual([]);
    }
  });
  it("Friday's later end: leaving at 16:00 on a Friday is PSW1 (30 min), on a Thursday nothing", () => {
    const friday = DAYS.find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 5)!;
    const thursday = DAYS.find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 4)!;
    const b = calculateAllowance(input({ attendance: [present(friday, 440, 960), present(thursday, 440, 960)] }));
    expect(b.deductions.map((d) => [d.date, d.code])).toEqual([[friday, "PSW1"]]);
  });
});

describe("calculateAllowance", () => {
  it("TK days deduct 3% each; deductions over 100% are clamped (disiplin 0, never negative)", () => {
    const twoTk = calculateAllowance(input({ attendance: [{ date: DAYS[0]!, status: "TK", checkInMinute: null, checkOutMinute: null }, { date: DAYS[1]!, status: "TK", checkInMinute: null, checkOutMinute: null }] }));
    expect(twoTk.deductionBpTotal).toBe(600);
    expect(twoTk.disiplin).toBe(2_256_000);
    const allTk = calculateAllowance(input({ attendance: DAYS.map((date) => ({ date, status: "TK" as const, checkInMinute: null, checkOutMinute: null })) }));
    expect(allTk.deductionBpTotal).toBe(22 * 300);
    expect(allTk.deductionBpApplied).toBe(6600);
    const worse = calculateAllowance(input({ attendance: [...DAYS, ...DAYS].map((date) => ({ date, status: "TK" as const, checkInMinute: null, checkOutMinute: null })) }));
    expect(worse.deductionBpApplied).toBe(10_000);
    expect(worse.disiplin).toBe(0);
  });

  it("holidays and weekends never deduct, nor days outside employment", () => {
    const b = calculateAllowance(input({
      workingDays: DAYS.filter((d) => d !== "2026-03-19"),
      attendance: [{ date: "2026-03-19", status: "TK", checkInMinute: null, checkOutMinute: null }, { date: "2026-03-07", status: "TK", checkInMinute: null, checkOutMinute: null }],
    }));
    expect(b.deductions).toEqual([]);
  });

  it("CPNS get 80% of the base", () => {
    expect(calculateAllowance(input({ status: "CPNS", golongan: "III/a" })).base).toBe(4_800_000);
  });

  it("starting mid-month: the base in proportion to the working days held", () => {
    const b = calculateAllowance(input({ employment: { from: "2026-03-16", to: null } }));
    expect(b.heldDays).toBe(12);
    expect(b.base).toBe(Math.floor((6_000_000 * 12) / 22)); // 3,272,727
    // Attendance before the start does not count.
    const late = calculateAllowance(input({ employment: { from: "2026-03-16", to: null }, attendance: [{ date: "2026-03-02", status: "TK", checkInMinute: null, checkOutMinute: null }] }));
    expect(late.deductions).toEqual([]);
  });

  it("a sanction cuts 25% (default) of kinerja + disiplin, rounded down", () => {
    const b = calculateAllowance(input({ sanctions: [{ kind: "Hukuman disiplin sedang", percentBp: null }] }));
    expect(b.sanctionCut).toBe(Math.floor((3_600_000 + 2_400_000) * 0.25));
    expect(b.gross).toBe(4_500_000);
    const two = calculateAllowance(input({ sanctions: [{ kind: "A", percentBp: 6000 }, { kind: "B", percentBp: 6000 }] }));
    expect(two.sanctionBp).toBe(10_000);
    expect(two.gross).toBe(0);
    expect(two.net).toBe(0);
  });

  it.each([
    ["I/c", "PNS", 0],
    ["II/d", "PNS", 0],
    ["III/b", "PNS", 500],
    ["IV/a", "PNS", 1500],
    ["V", "PPPK", 0],
    ["IX", "PPPK", 500],
    ["XIII", "PPPK", 1500],
  ] as const)("golongan %s (%s) is taxed %i bp", (golongan, status, taxBp) => {
    const b = calculateAllowance(input({ golongan, status }));
    expect(b.taxBp).toBe(taxBp);
    expect(b.tax).toBe(Math.floor((b.gross * taxBp) / 10_000));
    expect(b.net).toBe(b.gross - b.tax);
  });

  it.each([
    [rational(50), 1_800_000],
    [rational(85), 3_600_000],
    [rational(4999, 100), 0],
  ])("a score of exactly %o pays kinerja %i", (score, kinerja) => {
    expect(calculateAllowance(input({ score })).kinerja).toBe(kinerja);
  });

  it("stays exact over 60,000 generated employees: every amount a whole rupiah, sums agree with BigInt", () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    let total = 0;
    let totalBig = 0n;
    let bad = 0;
    for (let i = 0; i < 60_000; i++) {
      const b = calculateAllowance(input({
        kelasJabatan: (next() % 17) + 1,
        score: rational(next() % 10_001, 100),
        attendance: [present(DAYS[next() % DAYS.length]!, 450 + (next() % 120), 960 - (next() % 120))],
        golongan: ["II/a", "III/c", "IV/b"][next() % 3]!,
      }));
      if (![b.base, b.kinerja, b.disiplin, b.sanctionCut, b.gross, b.tax, b.net].every(Number.isSafeInteger)) bad += 1;
      if (b.net !== b.kinerja + b.disiplin - b.sanctionCut - b.tax) bad += 1;
      total += b.net;
      totalBig += BigInt(b.net);
    }
    expect(bad).toBe(0);
    expect(BigInt(total)).toBe(totalBig);
  }, 120_000);
});

describe("policy", () => {
  it("the defaults are valid; a split that is not 100% and a missing kelas are refused with messages", () => {
    expect(parseRemunerationPolicy(policy).ok).toBe(true);
    const { "17": _dropped, ...sixteen } = policy.baseByKelas;
    const bad = parseRemunerationPolicy({ ...policy, split: { kinerjaBp: 6000, disiplinBp: 3000 }, baseByKelas: sixteen });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.join(" ")).toContain("berjumlah 100%");
      expect(bad.errors.join(" ")).toContain("kelas jabatan 17");
    }
  });
  it("formats the payout for the slip", () => {
    expect(formatRational(rational(11, 14), 4)).toBe("0,7857");
  });
});
