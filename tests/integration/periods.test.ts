import { beforeEach, describe, expect, it } from "vitest";
import { defaultLockAt } from "@/lib/domain/period";
import { getMonthLock } from "@/lib/server/periods/month-lock";
import { listPeriodsOfYear } from "@/lib/server/periods/list-periods";
import { lockMonth } from "@/lib/server/periods/lock-month";
import { reopenMonth } from "@/lib/server/periods/reopen-month";
import { actorOf } from "../support/actors";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

const at = (iso: string) => new Date(iso);
// 10 March 2026 10:00 WIB: January and February are past their scheduled locks, March is running.
const midMarch = at("2026-03-10T03:00:00Z");

async function setUp() {
  const agency = await createAgency();
  const bkd = await createPerson(agency, { role: "ADMIN_BKD" });
  const opd = await createPerson(agency, { role: "ADMIN_OPD" });
  const pegawai = await createPerson(agency);
  return { bkd: actorOf(bkd), opd: actorOf(opd), pegawai: actorOf(pegawai), bkdUser: bkd.user };
}

async function periodState() {
  return JSON.stringify({
    periods: await db.period.findMany({ orderBy: { id: "asc" } }),
    audits: await db.auditLog.count(),
  });
}

describe("lockMonth (issue #5)", () => {
  it("Admin BKD locks the running month early: creates the period row, sets lockedAt/lockedBy, audited", async () => {
    const { bkd, bkdUser } = await setUp();
    expect(await db.period.count()).toBe(0);
    expect((await getMonthLock(db, { year: 2026, month: 3, now: midMarch })).locked).toBe(false);

    const result = await lockMonth(bkd, { year: 2026, month: 3 }, midMarch);

    expect(result).toMatchObject({ year: 2026, month: 3, locked: true, lockedAt: midMarch });
    const row = await db.period.findUniqueOrThrow({ where: { year_month: { year: 2026, month: 3 } } });
    expect(row).toMatchObject({ lockedAt: midMarch, lockedById: bkdUser.id, lockAt: defaultLockAt(2026, 3), reopenedAt: null });
    expect((await getMonthLock(db, { year: 2026, month: 3, now: midMarch })).locked).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "period.lock" } });
    expect(audit).toMatchObject({ actorUserId: bkdUser.id, actorNip: bkd.nip, targetType: "Period", targetId: String(row.id), ip: bkd.ip });
    expect(audit.before).toMatchObject({ year: 2026, month: 3, locked: false, lockedAt: null });
    expect(audit.after).toMatchObject({ year: 2026, month: 3, locked: true, lockedAt: midMarch.toISOString(), lockedById: bkdUser.id });
  });

  it("uses an existing period row (as seeded) instead of creating another", async () => {
    const { bkd } = await setUp();
    const seeded = await db.period.create({ data: { year: 2026, month: 3, lockAt: defaultLockAt(2026, 3) } });
    const result = await lockMonth(bkd, { year: 2026, month: 3 }, midMarch);
    expect(result.periodId).toBe(seeded.id);
    expect(await db.period.count()).toBe(1);
  });

  it.each([
    ["a month locked by its schedule", { year: 2026, month: 1 }, /Januari 2026 sudah terkunci/],
    ["a month not yet begun", { year: 2026, month: 4 }, /April 2026 belum dimulai/],
  ])("refuses %s with INVALID_STATE and changes nothing", async (_label, month, message) => {
    const { bkd } = await setUp();
    const before = await periodState();
    await expect(lockMonth(bkd, month, midMarch)).rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(message) });
    expect(await periodState()).toBe(before);
  });

  it("refuses to lock a month twice", async () => {
    const { bkd } = await setUp();
    await lockMonth(bkd, { year: 2026, month: 3 }, midMarch);
    const before = await periodState();
    await expect(lockMonth(bkd, { year: 2026, month: 3 }, at("2026-03-10T04:00:00Z"))).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: "Bulan Maret 2026 sudah terkunci.",
    });
    expect(await periodState()).toBe(before);
  });

  it.each([
    ["month 0", { year: 2026, month: 0 }],
    ["month 13", { year: 2026, month: 13 }],
    ["a fractional month", { year: 2026, month: 2.5 }],
    ["year 99999", { year: 99999, month: 1 }],
  ])("refuses %s with VALIDATION", async (_label, month) => {
    const { bkd } = await setUp();
    await expect(lockMonth(bkd, month, midMarch)).rejects.toMatchObject({ code: "VALIDATION", message: "Bulan atau tahun tidak valid." });
    expect(await db.period.count()).toBe(0);
  });

  it.each([["ADMIN_OPD" as const], ["PEGAWAI" as const]])("is refused to %s (FORBIDDEN), nothing written", async (role) => {
    const people = await setUp();
    const actor = role === "ADMIN_OPD" ? people.opd : people.pegawai;
    await expect(lockMonth(actor, { year: 2026, month: 3 }, midMarch)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reopenMonth(actor, { year: 2026, month: 1, reason: "Koreksi data absensi Januari" }, midMarch)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listPeriodsOfYear(actor, { year: 2026, now: midMarch })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.period.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("two administrators locking the same month at once: exactly one succeeds", async () => {
    const { bkd } = await setUp();
    const results = await Promise.allSettled([
      lockMonth(bkd, { year: 2026, month: 3 }, midMarch),
      lockMonth(bkd, { year: 2026, month: 3 }, midMarch),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "INVALID_STATE" } });
    expect(await db.period.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "period.lock" } })).toBe(1);
  });
});

describe("reopenMonth (issue #5)", () => {
  it("reopens a month locked by its schedule with a reason, audited; it stays open until locked again", async () => {
    const { bkd, bkdUser } = await setUp();
    expect((await getMonthLock(db, { year: 2026, month: 1, now: midMarch })).locked).toBe(true);

    const result = await reopenMonth(bkd, { year: 2026, month: 1, reason: "  Koreksi data absensi K-MOB yang terlambat  " }, midMarch);

    expect(result).toMatchObject({ locked: false, reopenedAt: midMarch });
    const row = await db.period.findUniqueOrThrow({ where: { year_month: { year: 2026, month: 1 } } });
    expect(row).toMatchObject({ reopenedAt: midMarch, reopenedById: bkdUser.id, reopenReason: "Koreksi data absensi K-MOB yang terlambat" });
    // Weeks later it is still open: the reopening lifted the scheduled lock for good.
    expect((await getMonthLock(db, { year: 2026, month: 1, now: at("2026-06-01T00:00:00Z") })).locked).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "period.reopen" } });
    expect(audit).toMatchObject({ actorUserId: bkdUser.id, targetType: "Period", targetId: String(row.id) });
    expect(audit.before).toMatchObject({ locked: true, reopenedAt: null });
    expect(audit.after).toMatchObject({ locked: false, reopenReason: "Koreksi data absensi K-MOB yang terlambat", reopenedById: bkdUser.id });

    // Locked again by Admin BKD, then reopened again: each step is effective and audited.
    const later = at("2026-03-11T03:00:00Z");
    await lockMonth(bkd, { year: 2026, month: 1 }, later);
    expect((await getMonthLock(db, { year: 2026, month: 1, now: later })).locked).toBe(true);
    await reopenMonth(bkd, { year: 2026, month: 1, reason: "Koreksi kedua atas permintaan OPD" }, later);
    expect((await getMonthLock(db, { year: 2026, month: 1, now: later })).locked).toBe(false);
    expect(await db.auditLog.count({ where: { targetType: "Period" } })).toBe(3);
  });

  it("reopens an early lock even within the same millisecond", async () => {
    const { bkd } = await setUp();
    await lockMonth(bkd, { year: 2026, month: 3 }, midMarch);
    await reopenMonth(bkd, { year: 2026, month: 3, reason: "Dikunci terlalu cepat oleh kekeliruan" }, midMarch);
    expect((await getMonthLock(db, { year: 2026, month: 3, now: midMarch })).locked).toBe(false);
    await lockMonth(bkd, { year: 2026, month: 3 }, midMarch);
    expect((await getMonthLock(db, { year: 2026, month: 3, now: midMarch })).locked).toBe(true);
  });

  it("refuses to reopen an open month (INVALID_STATE), nothing written", async () => {
    const { bkd } = await setUp();
    const before = await periodState();
    await expect(reopenMonth(bkd, { year: 2026, month: 3, reason: "Tidak perlu dibuka kembali" }, midMarch)).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: "Bulan Maret 2026 masih terbuka; tidak ada yang perlu dibuka kembali.",
    });
    expect(await periodState()).toBe(before);
  });

  it.each([
    ["empty", "", "Alasan membuka kembali wajib diisi."],
    ["only spaces", "          ", "Alasan membuka kembali wajib diisi."],
    ["9 characters", "Koreksi 1", "Alasan membuka kembali minimal 10 karakter."],
    ["9 characters padded with spaces", "   Koreksi 1   ", "Alasan membuka kembali minimal 10 karakter."],
    ["501 characters", "x".repeat(501), "Alasan membuka kembali paling banyak 500 karakter."],
  ])("requires a reason: %s is refused (VALIDATION), nothing written", async (_label, reason, message) => {
    const { bkd } = await setUp();
    const before = await periodState();
    await expect(reopenMonth(bkd, { year: 2026, month: 1, reason }, midMarch)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { reason: [message] },
    });
    expect(await periodState()).toBe(before);
  });

  it("accepts a reason of exactly 10 characters", async () => {
    const { bkd } = await setUp();
    await expect(reopenMonth(bkd, { year: 2026, month: 1, reason: "Koreksi 12" }, midMarch)).resolves.toMatchObject({ locked: false });
  });
});

describe("listPeriodsOfYear", () => {
  it("shows twelve months with state, schedule and who locked or reopened", async () => {
    const { bkd } = await setUp();
    await lockMonth(bkd, { year: 2026, month: 3 }, midMarch);
    await reopenMonth(bkd, { year: 2026, month: 1, reason: "Koreksi data absensi Januari" }, midMarch);
    const months = await listPeriodsOfYear(bkd, { year: 2026, now: midMarch });
    expect(months).toHaveLength(12);
    expect(months.map((m) => (m.locked ? "Terkunci" : "Terbuka")).slice(0, 5)).toEqual(["Terbuka", "Terkunci", "Terkunci", "Terbuka", "Terbuka"]);
    expect(months.map((m) => m.started).slice(2, 4)).toEqual([true, false]);
    expect(months[2]).toMatchObject({ label: "Maret", lockedBy: { nip: bkd.nip }, lockAt: defaultLockAt(2026, 3) });
    expect(months[0]).toMatchObject({ reopenedBy: { nip: bkd.nip }, reopenReason: "Koreksi data absensi Januari" });
  });
});
