import { beforeEach, describe, expect, it } from "vitest";
import { monthSummary } from "@/lib/server/activities/month-summary";
import { listActivityQueue } from "@/lib/server/activities/queue";
import { approveActivities, rejectActivities } from "@/lib/server/activities/review-activities";
import { teamToday } from "@/lib/server/activities/team-today";
import { isReviewer } from "@/lib/server/employees/reviewer";
import { dateOnly } from "@/prisma/factories";
import { actorOf } from "../support/actors";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";
import { useSmtpSink } from "../support/mail-sink";

const mail = useSmtpSink();
beforeEach(resetDatabase);

const NOW = new Date("2026-03-20T03:00:00Z"); // 20 March 2026, 10:00 WIB: January and February are locked.

/** head ← kabid ← {staf, peer}; kabid2 (peer of kabid); Admin OPD; another agency's Admin OPD and Admin BKD. */
async function org() {
  const agency = await createAgency();
  const other = await createAgency();
  const head = await createPerson(agency, { employee: { name: "Kepala Dinas", email: "kadis@example.go.id" } });
  const kabid = await createPerson(agency, { supervisorId: head.employee.id, employee: { name: "Kepala Bidang", email: "kabid@example.go.id" } });
  const kabid2 = await createPerson(agency, { supervisorId: head.employee.id, employee: { name: "Kepala Bidang Dua" } });
  const staf = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Staf Pelaksana", email: "staf@example.go.id" } });
  const peer = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Rekan Kerja", email: "rekan@example.go.id" } });
  const adminOpd = await createPerson(agency, { role: "ADMIN_OPD", supervisorId: head.employee.id, employee: { name: "Admin OPD" } });
  const otherAdmin = await createPerson(other, { role: "ADMIN_OPD", employee: { name: "Admin OPD Lain" } });
  const bkd = await createPerson(other, { role: "ADMIN_BKD", employee: { name: "Admin BKD" } });
  return { agency, head, kabid, kabid2, staf, peer, adminOpd, otherAdmin, bkd };
}

type Person = Awaited<ReturnType<typeof createPerson>>;

async function activity(owner: Person, input: { date: string; start?: number; end?: number; status?: "DRAFT" | "DIAJUKAN" | "DISETUJUI" | "DITOLAK"; rhkId?: number; instructionId?: number }) {
  return db.activity.create({
    data: {
      employeeId: owner.employee.id,
      date: dateOnly(input.date),
      startMinute: input.start ?? 450,
      endMinute: input.end ?? 540,
      description: "Menyusun laporan pengembangan aplikasi",
      outputQuantity: "2.5",
      outputUnit: "dokumen",
      status: input.status ?? "DIAJUKAN",
      submittedAt: input.status === "DRAFT" ? null : NOW,
      rhkId: input.rhkId ?? null,
      instructionId: input.instructionId ?? null,
    },
  });
}

const statuses = async (ids: number[]) => (await db.activity.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, select: { status: true } })).map((a) => a.status);

describe("approving and rejecting", () => {
  it("the current supervisor approves several at once: status, reviewer, time and one audit row each", async () => {
    const o = await org();
    const a = await activity(o.staf, { date: "2026-03-16" });
    const b = await activity(o.staf, { date: "2026-03-17" });
    const c = await activity(o.peer, { date: "2026-03-17" });
    const result = await approveActivities({ actor: actorOf(o.kabid), ids: [a.id, b.id, c.id, a.id], now: NOW });
    expect(result).toEqual({ count: 3, owners: 2 });
    const rows = await db.activity.findMany({ where: { id: { in: [a.id, b.id, c.id] } } });
    for (const row of rows) {
      expect(row).toMatchObject({ status: "DISETUJUI", reviewedByEmployeeId: o.kabid.employee.id, reviewedAt: NOW, rejectReason: null });
    }
    const audits = await db.auditLog.findMany({ where: { action: "activity.approve" }, orderBy: { targetId: "asc" } });
    expect(audits.map((x) => x.targetId)).toEqual([a.id, b.id, c.id].map(String).sort());
    expect(audits[0]).toMatchObject({ actorUserId: o.kabid.user.id, actorNip: o.kabid.employee.nip, before: { status: "DIAJUKAN" } });
    // Approval sends no rejection notice.
    expect(await db.notification.count()).toBe(0);
  });

  it.each([
    ["a peer of the supervisor", "kabid2"],
    ["a colleague at the same level", "peer"],
    ["the agency's Admin OPD", "adminOpd"],
    ["an Admin OPD of another agency", "otherAdmin"],
    ["Admin BKD (the owner has a supervisor)", "bkd"],
    ["the owner", "staf"],
    ["the supervisor's supervisor", "head"],
  ] as const)("refuses %s and changes nothing", async (_label, who) => {
    const o = await org();
    const a = await activity(o.staf, { date: "2026-03-16" });
    await expect(approveActivities({ actor: actorOf(o[who]), ids: [a.id], now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/bukan milik bawahan langsung Anda/) });
    await expect(rejectActivities({ actor: actorOf(o[who]), ids: [a.id], reason: "Uraian kurang jelas", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await statuses([a.id])).toEqual(["DIAJUKAN"]);
    expect(await db.auditLog.count({ where: { action: { startsWith: "activity." } } })).toBe(0);
  });

  it("a former supervisor can no longer approve; the new one can", async () => {
    const o = await org();
    const a = await activity(o.staf, { date: "2026-03-16" });
    await db.employee.update({ where: { id: o.staf.employee.id }, data: { supervisorId: o.kabid2.employee.id } });
    await expect(approveActivities({ actor: actorOf(o.kabid), ids: [a.id], now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await statuses([a.id])).toEqual(["DIAJUKAN"]);
    await approveActivities({ actor: actorOf(o.kabid2), ids: [a.id], now: NOW });
    expect(await statuses([a.id])).toEqual(["DISETUJUI"]);
  });

  it("Admin BKD reviews a head of agency's activities, never their own", async () => {
    const o = await org();
    const headEntry = await activity(o.head, { date: "2026-03-16" });
    const own = await activity(o.bkd, { date: "2026-03-16" });
    await expect(approveActivities({ actor: actorOf(o.bkd), ids: [own.id], now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await approveActivities({ actor: actorOf(o.bkd), ids: [headEntry.id], now: NOW });
    expect(await statuses([headEntry.id, own.id])).toEqual(["DISETUJUI", "DIAJUKAN"]);
  });

  it("a bulk call with one foreign id changes nothing at all", async () => {
    const o = await org();
    const mine = await Promise.all(["2026-03-16", "2026-03-17", "2026-03-18"].map((date) => activity(o.staf, { date })));
    const foreign = await activity(o.kabid2, { date: "2026-03-16" });
    const ids = [...mine.map((a) => a.id), foreign.id];
    await expect(approveActivities({ actor: actorOf(o.kabid), ids, now: NOW })).rejects.toMatchObject({ message: "Satu aktivitas yang dipilih tidak ditemukan atau bukan milik bawahan langsung Anda; tidak ada yang diproses." });
    await expect(rejectActivities({ actor: actorOf(o.kabid), ids: [...ids, 999_999], reason: "Uraian kurang jelas", now: NOW })).rejects.toMatchObject({ message: expect.stringMatching(/^2 aktivitas/) });
    expect(await statuses(ids)).toEqual(["DIAJUKAN", "DIAJUKAN", "DIAJUKAN", "DIAJUKAN"]);
    expect(await db.auditLog.count()).toBe(0);
    expect(await db.notification.count()).toBe(0);
  });

  it("a bulk call with one entry that is not submitted changes nothing", async () => {
    const o = await org();
    const a = await activity(o.staf, { date: "2026-03-16" });
    const draft = await activity(o.staf, { date: "2026-03-17", status: "DRAFT" });
    await expect(approveActivities({ actor: actorOf(o.kabid), ids: [a.id, draft.id], now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/tidak sedang diajukan.*Tidak ada aktivitas yang diproses/) });
    expect(await statuses([a.id, draft.id])).toEqual(["DIAJUKAN", "DRAFT"]);
  });

  it("two reviews of the same entries at once: one wins, the other changes nothing", async () => {
    const o = await org();
    const entries = await Promise.all(["2026-03-16", "2026-03-17"].map((date) => activity(o.staf, { date })));
    const ids = entries.map((a) => a.id);
    const results = await Promise.allSettled([
      approveActivities({ actor: actorOf(o.kabid), ids, now: NOW }),
      rejectActivities({ actor: actorOf(o.kabid), ids, reason: "Belum lengkap", now: NOW }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(["CONFLICT", "INVALID_STATE"]).toContain(loser.reason.code);
    const after = await statuses(ids);
    expect(new Set(after).size).toBe(1);
    expect(await db.auditLog.count({ where: { action: { startsWith: "activity." } } })).toBe(2);
  });

  it.each([
    ["no reason", ""],
    ["only spaces", "      "],
    ["four characters", "abcd"],
  ])("refuses a rejection with %s", async (_label, reason) => {
    const o = await org();
    const a = await activity(o.staf, { date: "2026-03-16" });
    await expect(rejectActivities({ actor: actorOf(o.kabid), ids: [a.id], reason, now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { reason: ["Alasan penolakan wajib diisi (paling sedikit 5 karakter)."] },
    });
    expect(await statuses([a.id])).toEqual(["DIAJUKAN"]);
  });

  it("refuses an empty selection", async () => {
    const o = await org();
    await expect(approveActivities({ actor: actorOf(o.kabid), ids: [], now: NOW })).rejects.toMatchObject({ code: "VALIDATION", message: "Pilih paling sedikit satu aktivitas." });
  });

  it("refuses entries of a locked month, also mixed with open ones, and after an early lock", async () => {
    const o = await org();
    const february = await activity(o.staf, { date: "2026-02-27" });
    const march = await activity(o.staf, { date: "2026-03-16" });
    await expect(approveActivities({ actor: actorOf(o.kabid), ids: [march.id, february.id], now: NOW })).rejects.toMatchObject({ code: "LOCKED" });
    await expect(rejectActivities({ actor: actorOf(o.kabid), ids: [february.id], reason: "Terlambat diajukan", now: NOW })).rejects.toMatchObject({ code: "LOCKED" });
    expect(await statuses([february.id, march.id])).toEqual(["DIAJUKAN", "DIAJUKAN"]);
    // Admin BKD locks March early.
    await db.period.create({ data: { year: 2026, month: 3, lockAt: new Date("2026-04-05T16:59:59.999Z"), lockedAt: new Date("2026-03-19T00:00:00Z") } });
    await expect(approveActivities({ actor: actorOf(o.kabid), ids: [march.id], now: NOW })).rejects.toMatchObject({ code: "LOCKED" });
    expect(await statuses([march.id])).toEqual(["DIAJUKAN"]);
  });

  it("a rejected entry cannot be approved until it is resubmitted", async () => {
    const o = await org();
    const a = await activity(o.staf, { date: "2026-03-16" });
    await rejectActivities({ actor: actorOf(o.kabid), ids: [a.id], reason: "  Bukti dukung belum ada  ", now: NOW });
    expect(await db.activity.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "DITOLAK", rejectReason: "Bukti dukung belum ada", reviewedByEmployeeId: o.kabid.employee.id });
    await expect(approveActivities({ actor: actorOf(o.kabid), ids: [a.id], now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(rejectActivities({ actor: actorOf(o.kabid), ids: [a.id], reason: "Sekali lagi ditolak", now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });
    // The owner corrects and resubmits (the submit service belongs to the day page; the state is what matters here).
    await db.activity.update({ where: { id: a.id }, data: { status: "DIAJUKAN", submittedAt: NOW } });
    await approveActivities({ actor: actorOf(o.kabid), ids: [a.id], now: NOW });
    expect(await db.activity.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "DISETUJUI", rejectReason: null });
  });

  it("rejecting many entries of two people sends one notification (and e-mail) per person with the reason", async () => {
    const o = await org();
    const s = await Promise.all([["2026-03-16", 450], ["2026-03-16", 600], ["2026-03-17", 450]].map(([date, start]) => activity(o.staf, { date: date as string, start: start as number, end: (start as number) + 60 })));
    const p = await activity(o.peer, { date: "2026-03-18" });
    await db.employee.update({ where: { id: o.peer.employee.id }, data: { emailNotifications: [] } });
    const result = await rejectActivities({ actor: actorOf(o.kabid), ids: [...s.map((a) => a.id), p.id], reason: "Uraian terlalu umum", now: NOW });
    expect(result).toEqual({ count: 4, owners: 2 });
    expect(await db.auditLog.count({ where: { action: "activity.reject" } })).toBe(4);
    const notes = await db.notification.findMany({ where: { kind: "ACTIVITY_REJECTED" }, orderBy: { employeeId: "asc" } });
    expect(notes.map((n) => n.employeeId)).toEqual([o.staf.employee.id, o.peer.employee.id].sort((x, y) => x - y));
    const stafNote = notes.find((n) => n.employeeId === o.staf.employee.id)!;
    expect(stafNote).toMatchObject({ title: "3 aktivitas Anda ditolak", link: "/aktivitas?tanggal=2026-03-16" });
    expect(stafNote.body).toContain("Uraian terlalu umum");
    expect(stafNote.body).toContain("2026-03-16, 2026-03-17");
    // E-mail only where the employee chose it: the peer turned it off.
    const mails = mail.messages();
    expect(mails.map((m) => m.envelopeTo[0])).toEqual(["staf@example.go.id"]);
    expect(mails[0]!.text).toContain("Uraian terlalu umum");
  });
});

describe("listActivityQueue", () => {
  it("groups the submitted entries of the actor's subordinates by person and day, with totals", async () => {
    const o = await org();
    const skp = await db.skp.create({ data: { employeeId: o.staf.employee.id, year: 2026 } });
    const version = await db.skpVersion.create({ data: { skpId: skp.id, number: 1, status: "DISETUJUI" } });
    const rhk = await db.rhk.create({ data: { skpVersionId: version.id, kind: "UTAMA", position: 1, description: "Tersedianya aplikasi layanan" } });
    const instruction = await db.instruction.create({ data: { issuerEmployeeId: o.kabid.employee.id, title: "Siapkan paparan", description: "Paparan untuk rapat pimpinan", deadline: NOW } });
    const late = await activity(o.staf, { date: "2026-03-17", start: 600, end: 660 });
    const early = await activity(o.staf, { date: "2026-03-17", start: 450, end: 540, rhkId: rhk.id, instructionId: instruction.id });
    const first = await activity(o.staf, { date: "2026-03-16", start: 450, end: 480 });
    await db.evidenceFile.createMany({
      data: [1, 2].map((n) => ({ ownerEmployeeId: o.staf.employee.id, storageKey: `k${n}`, originalName: `b${n}.pdf`, mimeType: "application/pdf", sizeBytes: 10, sha256: "a".repeat(64), activityId: early.id })),
    });
    const peerEntry = await activity(o.peer, { date: "2026-03-18", start: 480, end: 600 });
    // Not in the queue: a draft, an approved entry, another month, someone else's subordinate.
    await activity(o.staf, { date: "2026-03-18", status: "DRAFT" });
    await activity(o.staf, { date: "2026-03-19", status: "DISETUJUI" });
    await activity(o.staf, { date: "2026-04-01" });
    await activity(o.kabid2, { date: "2026-03-16" });

    const queue = await listActivityQueue(actorOf(o.kabid), { year: 2026, month: 3, now: NOW });
    expect(queue).toMatchObject({ year: 2026, month: 3, locked: false, count: 4, minutes: 60 + 90 + 30 + 120 });
    expect(queue.people.map((p) => [p.name, p.count, p.minutes])).toEqual([["Rekan Kerja", 1, 120], ["Staf Pelaksana", 3, 180]]);
    const staf = queue.people[1]!;
    expect(staf.days.map((d) => [d.date, d.entries.map((e) => e.id), d.minutes])).toEqual([
      ["2026-03-16", [first.id], 30],
      ["2026-03-17", [early.id, late.id], 150],
    ]);
    expect(staf.days[1]!.entries[0]).toMatchObject({
      startTime: "07:30",
      endTime: "09:00",
      minutes: 90,
      rhk: "Tersedianya aplikasi layanan",
      instruction: "Siapkan paparan",
      output: "2,5 dokumen",
      evidenceCount: 2,
    });
    expect(staf.days[1]!.entries[1]).toMatchObject({ rhk: "Aktivitas Tambahan", instruction: null, evidenceCount: 0 });
    expect(queue.people[0]!.days[0]!.entries[0]!.id).toBe(peerEntry.id);
    // Nobody else sees them.
    expect((await listActivityQueue(actorOf(o.kabid2), { year: 2026, month: 3, now: NOW })).count).toBe(0);
    const headQueue = await listActivityQueue(actorOf(o.head), { year: 2026, month: 3, now: NOW });
    expect(headQueue.people.map((p) => [p.name, p.count])).toEqual([["Kepala Bidang Dua", 1]]);
    expect((await listActivityQueue(actorOf(o.kabid), { year: 2026, month: 2, now: NOW })).locked).toBe(true);
  });
});

describe("teamToday", () => {
  it("lists each current direct subordinate with the day's count and minutes by status, leave and empty days", async () => {
    const o = await org();
    const third = await createPerson(o.agency, { supervisorId: o.kabid.employee.id, employee: { name: "Anggota Cuti" } });
    const fourth = await createPerson(o.agency, { supervisorId: o.kabid.employee.id, employee: { name: "Zaki Belum Mengisi" } });
    await createPerson(o.agency, { supervisorId: o.kabid.employee.id, employee: { name: "Sudah Pensiun", endDate: dateOnly("2026-02-28") } });
    await activity(o.staf, { date: "2026-03-20", start: 450, end: 540, status: "DISETUJUI" });
    await activity(o.staf, { date: "2026-03-20", start: 540, end: 600 });
    await activity(o.staf, { date: "2026-03-20", start: 600, end: 630, status: "DRAFT" });
    await activity(o.staf, { date: "2026-03-19", start: 450, end: 540 });
    await db.attendanceDay.create({ data: { employeeId: third.employee.id, date: dateOnly("2026-03-20"), status: "CUTI" } });
    const team = await teamToday(actorOf(o.kabid), { date: { year: 2026, month: 3, day: 20 } });
    expect(team.map((m) => m.name)).toEqual(["Anggota Cuti", "Rekan Kerja", "Staf Pelaksana", "Zaki Belum Mengisi"]);
    const byName = new Map(team.map((m) => [m.name, m]));
    expect(byName.get("Staf Pelaksana")).toMatchObject({
      empty: false,
      counts: { approved: 1, submitted: 1, draft: 1, rejected: 0 },
      minutes: { approved: 90, submitted: 60, draft: 30, rejected: 0 },
      total: { count: 3, minutes: 180 },
    });
    expect(byName.get("Anggota Cuti")).toMatchObject({ empty: true, away: "Cuti", attendance: "CUTI" });
    expect(byName.get("Zaki Belum Mengisi")).toMatchObject({ empty: true, away: null, employeeId: fourth.employee.id });
    expect(await teamToday(actorOf(o.staf), { date: { year: 2026, month: 3, day: 20 } })).toEqual([]);
  });
});

describe("monthSummary", () => {
  /**
   * March 2026: 22 weekdays, Thursday 19 March a holiday (Nyepi) → 21 working days. Employment
   * starts Monday 9 March (6 working days before it drop out) and Thursday 12 March is CUTI → 15
   * effective days; a SAKIT Saturday and a DINAS_LUAR day change nothing. Target ⌊6000 × 15 / 21⌋ = 4285.
   */
  async function march() {
    const o = await org();
    const person = await createPerson(o.agency, { supervisorId: o.kabid.employee.id, employee: { name: "Pegawai Baru", startDate: dateOnly("2026-03-09") } });
    await db.holiday.create({ data: { date: dateOnly("2026-03-19"), description: "Hari Suci Nyepi" } });
    await db.attendanceDay.createMany({
      data: [
        { employeeId: person.employee.id, date: dateOnly("2026-03-12"), status: "CUTI" },
        { employeeId: person.employee.id, date: dateOnly("2026-03-13"), status: "DINAS_LUAR" },
        { employeeId: person.employee.id, date: dateOnly("2026-03-14"), status: "SAKIT" },
      ],
    });
    await activity(person, { date: "2026-03-09", start: 450, end: 720, status: "DISETUJUI" }); // 270
    await activity(person, { date: "2026-03-10", start: 480, end: 960, status: "DISETUJUI" }); // 480
    await activity(person, { date: "2026-03-10", start: 960, end: 1020 }); // 60 submitted
    await activity(person, { date: "2026-03-11", start: 450, end: 510, status: "DRAFT" }); // 60
    await activity(person, { date: "2026-03-11", start: 510, end: 540, status: "DITOLAK" }); // 30
    await activity(person, { date: "2026-03-14", start: 480, end: 600, status: "DISETUJUI" }); // 120 on a Saturday
    await activity(person, { date: "2026-04-01", start: 480, end: 600, status: "DISETUJUI" }); // another month
    return person;
  }

  it("counts working and effective days, the target and progress exactly", async () => {
    const person = await march();
    const s = await monthSummary(db, { employeeId: person.employee.id, year: 2026, month: 3, now: NOW });
    expect(s).toMatchObject({
      workingDays: 21,
      effectiveDays: 15,
      baseTargetMinutes: 6000,
      targetMinutes: 4285,
      approvedMinutes: 870,
      totals: { approved: 870, submitted: 60, draft: 60, rejected: 30 },
      progressPercent: 20.3,
      progressPercentCapped: 20.3,
      locked: false,
      today: "2026-03-20",
    });
    expect(s.days).toHaveLength(31);
    expect(s.days[0]).toMatchObject({ date: "2026-03-01", isoWeekday: 7, weekend: true, working: false, effective: false });
    expect(s.days[18]).toMatchObject({ date: "2026-03-19", holiday: "Hari Suci Nyepi", working: false });
    expect(s.days[6]).toMatchObject({ date: "2026-03-07", working: false }); // Saturday
    expect(s.days[5]).toMatchObject({ date: "2026-03-06", working: true, effective: false }); // before employment
    expect(s.days[11]).toMatchObject({ date: "2026-03-12", working: true, effective: false, attendance: "CUTI" });
    expect(s.days[12]).toMatchObject({ date: "2026-03-13", working: true, effective: true, attendance: "DINAS_LUAR" });
    expect(s.days[9]!.minutes).toEqual({ approved: 480, submitted: 60, draft: 0, rejected: 0 });
    expect(s.days[13]!.minutes.approved).toBe(120);
  });

  it("takes the year's configured target, ends with the employment end date, and keeps progress above 100 raw", async () => {
    const person = await march();
    await db.remunerationPolicy.create({ data: { year: 2026, version: 1, config: { activityTargetMinutes: 6000 } } });
    await db.remunerationPolicy.create({ data: { year: 2026, version: 2, config: { activityTargetMinutes: 1000 } } });
    await db.employee.update({ where: { id: person.employee.id }, data: { endDate: dateOnly("2026-03-18") } });
    const s = await monthSummary(db, { employeeId: person.employee.id, year: 2026, month: 3, now: NOW });
    // 9–18 March minus the CUTI day: 9, 10, 11, 13, 16, 17, 18 → 7 effective days; ⌊1000 × 7 / 21⌋ = 333.
    expect(s).toMatchObject({ effectiveDays: 7, baseTargetMinutes: 1000, targetMinutes: 333, approvedMinutes: 870, progressPercent: 261.26, progressPercentCapped: 100 });
  });
});

describe("isReviewer (who sees the supervisor's menu entries)", () => {
  it("is true for someone with a current direct subordinate and for Admin BKD (heads of agency), false for staff and admins without subordinates", async () => {
    const o = await org();
    const reviewer = async (p: Person) => isReviewer(actorOf(p));
    expect(await reviewer(o.head)).toBe(true);
    expect(await reviewer(o.kabid)).toBe(true);
    expect(await reviewer(o.bkd)).toBe(true);
    expect(await reviewer(o.staf)).toBe(false);
    expect(await reviewer(o.kabid2)).toBe(false);
    expect(await reviewer(o.adminOpd)).toBe(false);
    expect(await reviewer(o.otherAdmin)).toBe(false);
  });

  it("follows the relation: after the subordinates move to another supervisor, the former one reviews nobody", async () => {
    const o = await org();
    await db.employee.updateMany({ where: { supervisorId: o.kabid.employee.id }, data: { supervisorId: o.kabid2.employee.id } });
    expect(await isReviewer(actorOf(o.kabid))).toBe(false);
    expect(await isReviewer(actorOf(o.kabid2))).toBe(true);
    // And the queue agrees: nothing of the former subordinates is the former supervisor's to review.
    await activity(o.staf, { date: "2026-03-16" });
    expect((await listActivityQueue(actorOf(o.kabid), { year: 2026, month: 3, now: NOW })).people).toEqual([]);
  });
});
