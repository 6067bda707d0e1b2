import { beforeEach, describe, expect, it } from "vitest";
import { defaultRemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { rational } from "@/lib/domain/rational";
import { monthActivityByIds, monthActivityOnePass, monthScores } from "@/lib/server/scoring/month-scores";
import { proposalFor, yearScores } from "@/lib/server/scoring/period";
import { setPredikat } from "@/lib/server/scoring/set-predikat";
import { actorOf } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

const BASES = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [String(i + 1), 5_000_000]));
const policy = defaultRemunerationPolicy(BASES);
const NOW = new Date("2026-04-10T03:00:00Z"); // March 2026 is locked (5 April)
const d = (day: number) => new Date(Date.UTC(2026, 2, day));

async function setup() {
  const agency = await createAgency();
  const kabid = await createPerson(agency, { employee: { name: "Kepala Bidang" } });
  const staf = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Staf", startDate: new Date(Date.UTC(2020, 0, 1)) } });
  const rekan = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Rekan" } });
  await db.remunerationPolicy.create({ data: { year: 2026, version: 1, config: policy } });
  // A holiday on Thursday 19 March: 21 working days in March 2026.
  await db.holiday.create({ data: { date: d(19), description: "Hari Suci Nyepi" } });
  return { agency, kabid, staf, rekan };
}

describe("monthScores (DESIGN.md §8.1)", () => {
  it("computes every component from the stored month: minutes against effective days, verified IKI, ratings by role", async () => {
    const s = await setup();
    // One CUTI day: 20 effective of 21 working days → target floor(6000 × 20 / 21) = 5714 minutes.
    await db.attendanceDay.create({ data: { employeeId: s.staf.employee.id, date: d(2), status: "CUTI" } });
    // 4,800 approved minutes (+ one submitted and one rejected entry that do not count).
    for (let day = 3; day <= 12; day++) {
      if ([7, 8].includes(day)) continue;
      await db.activity.create({ data: { employeeId: s.staf.employee.id, date: d(day), startMinute: 450, endMinute: 1050, description: "Menyusun modul layanan", outputQuantity: 1, outputUnit: "dokumen", status: "DISETUJUI", submittedAt: d(day), reviewedAt: d(day + 10) } });
    }
    await db.activity.create({ data: { employeeId: s.staf.employee.id, date: d(13), startMinute: 450, endMinute: 600, description: "Menyusun modul layanan", outputQuantity: 1, outputUnit: "dokumen", status: "DIAJUKAN", submittedAt: NOW } });
    // SKP in force with two IKI targets in March: one verified at 95%, one not verified (scores 0).
    const skp = await db.skp.create({ data: { employeeId: s.staf.employee.id, year: 2026 } });
    const v = await db.skpVersion.create({ data: { skpId: skp.id, number: 1, status: "DISETUJUI" } });
    await db.skp.update({ where: { id: skp.id }, data: { inForceVersionId: v.id } });
    const rhk = await db.rhk.create({ data: { skpVersionId: v.id, kind: "UTAMA", position: 0, description: "RHK" } });
    const iki1 = await db.iki.create({ data: { rhkId: rhk.id, position: 0, description: "IKI 1", aspect: "KUANTITAS", unit: "dokumen", targets: { create: [{ month: 3, target: "20" }] } } });
    const iki2 = await db.iki.create({ data: { rhkId: rhk.id, position: 1, description: "IKI 2", aspect: "WAKTU", unit: "hari", polarity: "MAKIN_RENDAH", targets: { create: [{ month: 3, target: "5" }] } } });
    await db.ikiRealisation.create({ data: { ikiId: iki1.id, employeeId: s.staf.employee.id, year: 2026, month: 3, value: "19", status: "TERVERIFIKASI" } });
    await db.ikiRealisation.create({ data: { ikiId: iki2.id, employeeId: s.staf.employee.id, year: 2026, month: 3, value: "4", status: "DIAJUKAN" } });
    // Supervisor rates all 4s (80), one peer all 5s (100): (50·80 + 30·100) / 80 = 87.5.
    const rate = async (raterId: number, role: "ATASAN" | "REKAN", value: number) => {
      const a = await db.raterAssignment.create({ data: { year: 2026, month: 3, raterEmployeeId: raterId, rateeEmployeeId: s.staf.employee.id, role } });
      await db.behaviourRating.create({ data: { assignmentId: a.id, berorientasiPelayanan: value, akuntabel: value, kompeten: value, harmonis: value, loyal: value, adaptif: value, kolaboratif: value } });
    };
    await rate(s.kabid.employee.id, "ATASAN", 4);
    await rate(s.rekan.employee.id, "REKAN", 5);

    const scores = await monthScores(db, { year: 2026, month: 3, employeeIds: [s.staf.employee.id, s.kabid.employee.id], policy, now: NOW });
    const staf = scores.get(s.staf.employee.id)!;
    expect(staf.inputs.activity).toEqual({ approvedMinutes: 4800, targetMinutes: 5714 });
    expect(staf.inputs.ikiCapaian).toEqual([rational(95), rational(0)]);
    expect(staf.inputs.behaviour).toEqual(rational(175, 2));
    expect(staf.inputs.subordinateReview).toBeNull();
    // (40 · 4800/5714·100 + 30 · 47.5 + 20 · 87.5) / 90
    const aktivitas = rational(480000, 5714);
    const line = staf.score.lines.find((l) => l.component === "aktivitas")!;
    expect(line.score).toEqual(aktivitas);
    expect(staf.score.totalText).toBe("72,61"); // (40·84.0042 + 30·47.5 + 20·87.5) / 90

    // The supervisor reviewed 8 of the 9 submitted entries, all before the lock (5 April).
    const kabid = scores.get(s.kabid.employee.id)!;
    expect(kabid.inputs.subordinateReview).toEqual({ submitted: 9, reviewedBeforeLock: 8 });

    // Many employees (a run, a recap) take the one-pass query over the month's activities: the same figures.
    const q = { ids: [s.staf.employee.id, s.kabid.employee.id, s.rekan.employee.id], first: d(1), last: d(31), lockedAt: new Date("2026-04-05T16:59:00Z") };
    const sorted = (a: Awaited<ReturnType<typeof monthActivityByIds>>) => ({
      minutes: [...a.minutes].sort((x, y) => x.employeeId - y.employeeId),
      reviews: [...a.reviews].sort((x, y) => x.supervisorId - y.supervisorId),
    });
    const byIds = sorted(await monthActivityByIds(db, q));
    expect(byIds).toEqual({ minutes: [{ employeeId: s.staf.employee.id, minutes: 4800 }], reviews: [{ supervisorId: s.kabid.employee.id, submitted: 9, reviewed: 8 }] });
    expect(sorted(await monthActivityOnePass(db, q))).toEqual(byIds);
  });
});

describe("setPredikat (DESIGN.md §8.2)", () => {
  it("the current supervisor sets it with the system's proposal stored; others are refused", async () => {
    const s = await setup();
    await expect(setPredikat({ actor: actorOf(s.rekan), employeeId: s.staf.employee.id, year: 2026, period: "TW1", hasil: "DI_ATAS", perilaku: "DI_ATAS", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setPredikat({ actor: actorOf(s.staf), employeeId: s.staf.employee.id, year: 2026, period: "TW1", hasil: "DI_ATAS", perilaku: "DI_ATAS", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const result = await setPredikat({ actor: actorOf(s.kabid), employeeId: s.staf.employee.id, year: 2026, period: "TW1", hasil: "SESUAI", perilaku: "DI_ATAS", note: "Baik", now: NOW });
    expect(result.predikat).toBe("BAIK");
    const row = await db.predikatEvaluation.findFirstOrThrow();
    expect(row).toMatchObject({ hasil: "SESUAI", perilaku: "DI_ATAS", predikat: "BAIK", evaluatorEmployeeId: s.kabid.employee.id });
    expect(await db.auditLog.count({ where: { action: "predikat.set" } })).toBe(1);
  });

  it("proposes nothing for a quarter with no basis at all (no activity, no verified realisation, no rating), and stores no proposal", async () => {
    const s = await setup();
    const rows = await yearScores(db, { employeeId: s.staf.employee.id, year: 2026, now: NOW });
    expect(rows.map((r) => r.month)).toEqual([1, 2, 3, 4]);
    expect(rows.every((r) => !r.basis)).toBe(true);
    // The monthly scores stay what §8.1 makes them (0: a target and nothing approved) ...
    expect(rows[0]!.totalText).toBe("0,00");
    // ... but nothing is proposed, least of all "di bawah ekspektasi".
    expect(proposalFor(rows, "TW1")).toMatchObject({ hasil: null, perilaku: null, basis: false });
    await setPredikat({ actor: actorOf(s.kabid), employeeId: s.staf.employee.id, year: 2026, period: "TW1", hasil: "SESUAI", perilaku: "SESUAI", now: NOW });
    expect(await db.predikatEvaluation.findFirstOrThrow()).toMatchObject({ proposedHasil: null, proposedPerilaku: null, predikat: "BAIK" });
  });

  it("still proposes from the scores when the quarter has a basis, however small: one approved activity, or a verified realisation of 0", async () => {
    const s = await setup();
    await db.activity.create({ data: { employeeId: s.staf.employee.id, date: d(3), startMinute: 450, endMinute: 510, description: "Menyusun modul layanan", outputQuantity: 1, outputUnit: "dokumen", status: "DISETUJUI", submittedAt: d(3), reviewedAt: d(4) } });
    const rows = await yearScores(db, { employeeId: s.staf.employee.id, year: 2026, now: NOW });
    expect(rows.find((r) => r.month === 3)!.basis).toBe(true);
    expect(proposalFor(rows, "TW1")).toMatchObject({ hasil: "DI_BAWAH", perilaku: null, basis: true });
    expect(proposalFor(rows, "TW2")).toMatchObject({ hasil: null, basis: false });

    const skp = await db.skp.create({ data: { employeeId: s.rekan.employee.id, year: 2026 } });
    const v = await db.skpVersion.create({ data: { skpId: skp.id, number: 1, status: "DISETUJUI" } });
    await db.skp.update({ where: { id: skp.id }, data: { inForceVersionId: v.id } });
    const rhk = await db.rhk.create({ data: { skpVersionId: v.id, kind: "UTAMA", position: 0, description: "RHK" } });
    const iki = await db.iki.create({ data: { rhkId: rhk.id, position: 0, description: "IKI", aspect: "KUANTITAS", unit: "dokumen", targets: { create: [{ month: 2, target: "10" }] } } });
    await db.ikiRealisation.create({ data: { ikiId: iki.id, employeeId: s.rekan.employee.id, year: 2026, month: 2, value: "0", status: "TERVERIFIKASI" } });
    const rekan = await yearScores(db, { employeeId: s.rekan.employee.id, year: 2026, now: NOW });
    expect(rekan.map((r) => r.basis)).toEqual([false, true, false, false]);
    expect(proposalFor(rekan, "TW1")).toMatchObject({ hasil: "DI_BAWAH", basis: true });
  });
});
