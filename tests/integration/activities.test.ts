import { beforeEach, describe, expect, it } from "vitest";
import { deleteActivity } from "@/lib/server/activities/delete-activity";
import { listOwnDay } from "@/lib/server/activities/day-queries";
import { saveActivity, type ActivityInput } from "@/lib/server/activities/save-activity";
import { submitActivities } from "@/lib/server/activities/submit-activities";
import { actorOf } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

const NOW = new Date("2026-03-10T08:00:00Z"); // 15:00 WIB on Tuesday 10 March 2026; February is locked

async function setup() {
  const agency = await createAgency();
  const kabid = await createPerson(agency, { employee: { name: "Kepala Bidang" } });
  const staf = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Staf Pelaksana" } });
  const other = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Rekan Kerja" } });
  // An approved SKP in force for each of staf and other.
  const rhkOf = async (employeeId: number) => {
    const skp = await db.skp.create({ data: { employeeId, year: 2026 } });
    const version = await db.skpVersion.create({ data: { skpId: skp.id, number: 1, status: "DISETUJUI", approvedAt: NOW } });
    await db.skp.update({ where: { id: skp.id }, data: { inForceVersionId: version.id } });
    return db.rhk.create({ data: { skpVersionId: version.id, kind: "UTAMA", position: 0, description: "Tersusunnya aplikasi layanan" } });
  };
  return { agency, kabid, staf, other, stafRhk: await rhkOf(staf.employee.id), otherRhk: await rhkOf(other.employee.id) };
}

const entry = (over: Partial<ActivityInput> = {}): ActivityInput => ({
  date: "2026-03-10",
  startTime: "08:00",
  endTime: "09:30",
  rhkId: null,
  description: "Menyusun rancangan modul perizinan daring",
  outputQuantity: "1",
  outputUnit: "dokumen",
  submit: false,
  ...over,
});

describe("saveActivity (DESIGN.md §5)", () => {
  it("saves a draft and a submitted entry linked to an RHK of the SKP in force, and audits each", async () => {
    const s = await setup();
    await saveActivity({ actor: actorOf(s.staf), activity: entry({ rhkId: s.stafRhk.id }), now: NOW });
    await saveActivity({ actor: actorOf(s.staf), activity: entry({ startTime: "09:30", endTime: "11:00", outputQuantity: "2,5", submit: true }), now: NOW });
    const day = await listOwnDay(db, actorOf(s.staf), { year: 2026, month: 3, day: 10 });
    expect(day.map((a) => [a.startMinute, a.endMinute, a.status, a.rhk?.id ?? null, a.outputQuantity])).toEqual([
      [480, 570, "DRAFT", s.stafRhk.id, "1"],
      [570, 660, "DIAJUKAN", null, "2.5"],
    ]);
    expect(await db.auditLog.count({ where: { targetType: "Activity" } })).toBe(2);
  });

  it.each([
    ["an overlap with another entry that day", entry({ startTime: "09:00", endTime: "10:00" }), "startTime", /bertabrakan/],
    ["a future date", entry({ date: "2026-03-11" }), "date", /masa depan/],
    ["an end before the start", entry({ startTime: "10:00", endTime: "09:00" }), "endTime", /setelah jam mulai/],
    ["a short description", entry({ startTime: "10:00", endTime: "11:00", description: "rapat" }), "description", /paling sedikit 10/],
    ["a negative output", entry({ startTime: "10:00", endTime: "11:00", outputQuantity: "-1" }), "outputQuantity", /tidak negatif/],
  ])("refuses %s with a message on the field, writing nothing", async (_label, activity, field, message) => {
    const s = await setup();
    await saveActivity({ actor: actorOf(s.staf), activity: entry(), now: NOW });
    const before = await db.activity.count();
    const error = await saveActivity({ actor: actorOf(s.staf), activity, now: NOW }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect((error as { fieldErrors: Record<string, string[]> }).fieldErrors[field]?.join(" ")).toMatch(message);
    expect(await db.activity.count()).toBe(before);
  });

  it("touching entries do not overlap", async () => {
    const s = await setup();
    await saveActivity({ actor: actorOf(s.staf), activity: entry(), now: NOW });
    await expect(saveActivity({ actor: actorOf(s.staf), activity: entry({ startTime: "09:30", endTime: "10:00" }), now: NOW })).resolves.toMatchObject({ duplicate: false });
  });

  it("refuses a date of a locked month", async () => {
    const s = await setup();
    await expect(saveActivity({ actor: actorOf(s.staf), activity: entry({ date: "2026-02-27" }), now: NOW })).rejects.toMatchObject({ code: "LOCKED" });
    expect(await db.activity.count()).toBe(0);
  });

  it("refuses an RHK of someone else's SKP", async () => {
    const s = await setup();
    await expect(saveActivity({ actor: actorOf(s.staf), activity: entry({ rhkId: s.otherRhk.id }), now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { rhkId: [expect.stringMatching(/SKP Anda/)] },
    });
    expect(await db.activity.count()).toBe(0);
  });

  it("a double submit (same client request id, at once or again) creates one entry", async () => {
    const s = await setup();
    const activity = entry({ clientRequestId: "req-123", submit: true });
    const results = await Promise.allSettled([0, 1, 2].map(() => saveActivity({ actor: actorOf(s.staf), activity, now: NOW })));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const again = await saveActivity({ actor: actorOf(s.staf), activity, now: NOW });
    expect(again.duplicate).toBe(true);
    expect(await db.activity.count()).toBe(1);
  });

  it("two different entries for the same slot sent at once: the per-day lock lets only one in", async () => {
    const s = await setup();
    const results = await Promise.allSettled([
      saveActivity({ actor: actorOf(s.staf), activity: entry({ clientRequestId: "a" }), now: NOW }),
      saveActivity({ actor: actorOf(s.staf), activity: entry({ clientRequestId: "b", startTime: "09:00", endTime: "10:00" }), now: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.activity.count()).toBe(1);
  });

  it("only the owner edits, and only a draft or a rejected entry; a rejected one is resubmitted", async () => {
    const s = await setup();
    const { id } = await saveActivity({ actor: actorOf(s.staf), activity: entry({ submit: true }), now: NOW });
    await expect(saveActivity({ actor: actorOf(s.other), activity: entry({ id }), now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(saveActivity({ actor: actorOf(s.staf), activity: entry({ id, description: "Menyusun ulang modul perizinan" }), now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await db.activity.update({ where: { id }, data: { status: "DITOLAK", rejectReason: "Bukti belum ada", reviewedAt: NOW } });
    await saveActivity({ actor: actorOf(s.staf), activity: entry({ id, description: "Menyusun ulang modul perizinan daring", submit: true }), now: NOW });
    const row = await db.activity.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DIAJUKAN", rejectReason: null, description: "Menyusun ulang modul perizinan daring" });
  });

  it("audits the saved row exactly (date, quantity, status, evidence) and stores times in UTC whatever the process zone", async () => {
    const s = await setup();
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Jakarta"; // the pg driver must not shift timestamps by the process's zone
    try {
      const { id } = await saveActivity({ actor: { ...actorOf(s.staf), ip: "10.1.2.3" }, activity: entry({ outputQuantity: "2,50", submit: true, clientRequestId: "audit-1" }), now: NOW });
      const row = await db.activity.findUniqueOrThrow({ where: { id } });
      expect(row.submittedAt?.toISOString()).toBe(NOW.toISOString());
      expect(row.createdAt.toISOString()).toBe(NOW.toISOString());
      expect(row.date.toISOString()).toBe("2026-03-10T00:00:00.000Z");
      const log = await db.auditLog.findFirstOrThrow({ where: { targetType: "Activity", targetId: String(id) } });
      expect(log).toMatchObject({ action: "activity.create_submit", actorUserId: s.staf.user.id, actorNip: s.staf.employee.nip, ip: "10.1.2.3", before: null });
      expect(log.after).toEqual({
        id, date: "2026-03-10T00:00:00.000Z", startMinute: 480, endMinute: 570, rhkId: null, instructionId: null,
        description: "Menyusun rancangan modul perizinan daring", outputQuantity: "2.5", outputUnit: "dokumen", status: "DIAJUKAN", evidenceIds: [],
      });
      expect(Math.abs(log.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("attaches the employee's own unattached evidence; refuses another's file writing nothing; an edit releases dropped files", async () => {
    const s = await setup();
    let seq = 0;
    const file = (employeeId: number) =>
      db.evidenceFile.create({ data: { ownerEmployeeId: employeeId, storageKey: `k-${++seq}`, originalName: `bukti-${seq}.pdf`, mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64) } });
    const [mine1, mine2, theirs] = [await file(s.staf.employee.id), await file(s.staf.employee.id), await file(s.other.employee.id)];

    const refused = await saveActivity({ actor: actorOf(s.staf), activity: entry({ evidenceIds: [mine1.id, theirs.id] }), now: NOW }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "VALIDATION", fieldErrors: { evidenceIds: [expect.any(String)] } });
    expect(await db.activity.count()).toBe(0);
    expect(await db.evidenceFile.count({ where: { activityId: { not: null } } })).toBe(0);

    const { id } = await saveActivity({ actor: actorOf(s.staf), activity: entry({ evidenceIds: [mine1.id] }), now: NOW });
    expect((await db.evidenceFile.findMany({ where: { activityId: id }, select: { id: true } })).map((f) => f.id)).toEqual([mine1.id]);

    // Edit: another day, the other file instead of the first.
    await saveActivity({ actor: actorOf(s.staf), activity: entry({ id, date: "2026-03-09", evidenceIds: [mine2.id] }), now: NOW });
    expect((await db.evidenceFile.findMany({ where: { activityId: id }, select: { id: true } })).map((f) => f.id)).toEqual([mine2.id]);
    expect((await db.evidenceFile.findUniqueOrThrow({ where: { id: mine1.id } })).activityId).toBeNull();
    const row = await db.activity.findUniqueOrThrow({ where: { id } });
    expect(row.date.toISOString()).toBe("2026-03-09T00:00:00.000Z");
    const log = await db.auditLog.findFirstOrThrow({ where: { targetType: "Activity", targetId: String(id), action: "activity.update" } });
    expect(log.before).toMatchObject({ date: "2026-03-10T00:00:00.000Z", status: "DRAFT" });
    expect(log.after).toMatchObject({ date: "2026-03-09T00:00:00.000Z", status: "DRAFT", evidenceIds: [mine2.id] });

    // An edit that would overlap on the new day changes nothing.
    await saveActivity({ actor: actorOf(s.staf), activity: entry({ date: "2026-03-09", startTime: "10:00", endTime: "11:00" }), now: NOW });
    const clash = await saveActivity({ actor: actorOf(s.staf), activity: entry({ id, date: "2026-03-09", startTime: "10:30", endTime: "11:30" }), now: NOW }).catch((e: unknown) => e);
    expect(clash).toMatchObject({ code: "VALIDATION", fieldErrors: { startTime: [expect.stringMatching(/bertabrakan/)] } });
    expect((await db.activity.findUniqueOrThrow({ where: { id } })).startMinute).toBe(480);
  });

  it("refuses an instruction not addressed to the employee, and a cancelled one", async () => {
    const s = await setup();
    const instruction = await db.instruction.create({
      data: { issuerEmployeeId: s.kabid.employee.id, title: "Rekap data layanan", description: "Susun rekap", deadline: NOW, recipients: { create: [{ employeeId: s.other.employee.id }] } },
    });
    await expect(saveActivity({ actor: actorOf(s.staf), activity: entry({ instructionId: instruction.id }), now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { instructionId: [expect.any(String)] },
    });
    await expect(saveActivity({ actor: actorOf(s.other), activity: entry({ instructionId: instruction.id }), now: NOW })).resolves.toMatchObject({ duplicate: false });
    await db.instruction.update({ where: { id: instruction.id }, data: { cancelledAt: NOW } });
    await expect(saveActivity({ actor: actorOf(s.other), activity: entry({ instructionId: instruction.id, startTime: "10:00", endTime: "11:00" }), now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.activity.count()).toBe(1);
  });

  it("submits a day's drafts at once, all or nothing; deletes only drafts", async () => {
    const s = await setup();
    const a = await saveActivity({ actor: actorOf(s.staf), activity: entry(), now: NOW });
    const b = await saveActivity({ actor: actorOf(s.staf), activity: entry({ startTime: "10:00", endTime: "11:00" }), now: NOW });
    const foreign = await saveActivity({ actor: actorOf(s.other), activity: entry(), now: NOW });
    await expect(submitActivities({ actor: actorOf(s.staf), ids: [a.id, foreign.id], now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.activity.count({ where: { status: "DIAJUKAN" } })).toBe(0);
    await expect(submitActivities({ actor: actorOf(s.staf), ids: [a.id, b.id], now: NOW })).resolves.toEqual({ submitted: 2 });
    await expect(submitActivities({ actor: actorOf(s.staf), ids: [a.id], now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(deleteActivity({ actor: actorOf(s.staf), id: a.id, now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(deleteActivity({ actor: actorOf(s.staf), id: foreign.id, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteActivity({ actor: actorOf(s.other), id: foreign.id, now: NOW });
    expect(await db.activity.count()).toBe(2);
  });
});
