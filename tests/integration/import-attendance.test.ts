import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { jakartaInstant } from "@/lib/domain/period";
import { listMonthAttendanceCodes } from "@/lib/server/attendance/month-codes";
import { importAttendance } from "@/lib/server/imports/attendance";
import { CLI_SYSTEM_ACTOR } from "@/lib/server/imports/import-actor";
import { DEMO_ACCOUNTS, DEMO_EMPLOYEES } from "@/prisma/factories";
import { actorOf } from "../support/actors";
import { createAgency, createPerson, db, resetDatabase, type Agency } from "../support/db";

const SAMPLE = readFileSync(path.resolve("prisma/data/kmob-kehadiran-2026-11-sample.csv"));
const SAMPLE_ROWS = SAMPLE.toString("utf8").trim().split("\n").length - 1;
const HEADER = "nip,tanggal,jam_masuk,jam_pulang,status";
/** 4 December 2026, 10:00 WIB: November is still open (it locks at the end of 5 December), October is locked. */
const NOW = jakartaInstant({ year: 2026, month: 12, day: 4 }, { hour: 10 });

const bytes = (lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join("\n") + "\n");

let agency: Agency;
let other: Agency;
beforeEach(async () => {
  await resetDatabase();
  agency = await createAgency();
  other = await createAgency();
});

describe("attendance import (K-MOB)", () => {
  it("imports a file, then the same file again creates and changes nothing; a changed day is updated and audited", async () => {
    const admin = actorOf(await createPerson(agency, { role: "ADMIN_BKD" }));
    const { employee: a } = await createPerson(agency);
    const { employee: b } = await createPerson(other);
    const file = bytes([
      `${a.nip},2026-11-02,07:45,16:10,HADIR`,
      `${a.nip},2026-11-03,,16:05,HADIR`,
      `${a.nip},2026-11-04,07:00,16:00,CUTI`,
      `${b.nip},2026-11-02,07:20,,WFH`,
      `${b.nip},2026-11-07,08:00,12:00,HADIR`,
    ]);
    const first = await importAttendance({ actor: admin, fileName: "kmob.csv", content: file, now: NOW });
    expect(first).toMatchObject({ created: 5, updated: 0, unchanged: 0, errors: [], written: true });
    const days = await db.attendanceDay.findMany({ orderBy: [{ employeeId: "asc" }, { date: "asc" }] });
    expect(days.map((d) => [d.employeeId, d.date.toISOString().slice(0, 10), d.checkInMinute, d.checkOutMinute, d.status, d.importBatchId])).toEqual([
      [a.id, "2026-11-02", 465, 970, "HADIR", first.batchId],
      [a.id, "2026-11-03", null, 965, "HADIR", first.batchId],
      [a.id, "2026-11-04", null, null, "CUTI", first.batchId],
      [b.id, "2026-11-02", 440, null, "WFH", first.batchId],
      [b.id, "2026-11-07", 480, 720, "HADIR", first.batchId],
    ]);
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: first.batchId! } })).toMatchObject({ kind: "ATTENDANCE", createdCount: 5, actorUserId: admin.userId });

    const before = await db.attendanceDay.aggregate({ _max: { updatedAt: true }, _count: true });
    const again = await importAttendance({ actor: admin, fileName: "kmob.csv", content: file, now: NOW });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5, written: true });
    expect(await db.attendanceDay.aggregate({ _max: { updatedAt: true }, _count: true })).toEqual(before);

    const changed = await importAttendance({ actor: admin, fileName: "kmob-2.csv", content: bytes([`${a.nip},2026-11-02,07:55,16:10,HADIR`]), now: NOW });
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const day = await db.attendanceDay.findFirstOrThrow({ where: { employeeId: a.id, date: new Date("2026-11-02") } });
    expect(day).toMatchObject({ checkInMinute: 475, importBatchId: changed.batchId });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "attendance.import.update" } });
    expect(audit).toMatchObject({ targetType: "AttendanceDay", targetId: String(day.id), actorUserId: admin.userId, actorNip: admin.nip, ip: "10.9.0.1" });
    expect(audit.before).toEqual({ nip: a.nip, tanggal: "2026-11-02", jam_masuk: "07:45" });
    expect(audit.after).toEqual({ nip: a.nip, tanggal: "2026-11-02", jam_masuk: "07:55" });
    expect(await db.auditLog.count({ where: { action: "attendance.import.create" } })).toBe(5);
    expect(await db.auditLog.count({ where: { action: "import.attendance" } })).toBe(3);
  });

  it("imports nothing from a file with bad rows and reports every bad line", async () => {
    const admin = actorOf(await createPerson(agency, { role: "ADMIN_BKD" }));
    const { employee: a } = await createPerson(agency);
    const result = await importAttendance({
      actor: admin,
      fileName: "salah.csv",
      now: NOW,
      content: bytes([
        `${a.nip},2026-11-02,07:45,16:10,HADIR`,
        `${a.nip},2026-11-31,07:45,16:10,HADIR`,
        `199001012015031009,2026-11-03,07:45,16:10,HADIR`,
        `${a.nip},2026-11-04,16:10,07:45,HADIR`,
        `${a.nip},2026-11-05,07:45,16:10,IZIN`,
        `${a.nip},2026-12-07,07:45,16:10,HADIR`,
        `${a.nip},2026-10-30,07:45,16:10,HADIR`,
        `${a.nip},2026-11-02,07:40,16:10,HADIR`,
        `${a.nip},2026-11-06,7 pagi,16:10,HADIR`,
      ]),
    });
    expect(result).toMatchObject({ written: false, created: 0, batchId: null, invalidRowCount: 9 });
    const expected: [number, string, RegExp][] = [
      [2, "tanggal", /juga ada di baris 9/],
      [3, "tanggal", /tanggal yang ada/],
      [4, "nip", /tidak terdaftar/],
      [5, "jam_pulang", /harus setelah jam_masuk/],
      [6, "status", /"IZIN" tidak dikenal/],
      [7, "tanggal", /belum terjadi/],
      [8, "tanggal", /Oktober 2026 sudah dikunci/],
      [9, "tanggal", /juga ada di baris 2/],
      [10, "jam_masuk", /HH:MM/],
    ];
    expect(result.errors.map((e) => [e.line, e.column])).toEqual(expected.map(([l, c]) => [l, c]));
    expected.forEach(([, , message], i) => expect(result.errors[i]!.message).toMatch(message));
    expect(await db.attendanceDay.count()).toBe(0);
    expect(await db.importBatch.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("with 'valid rows only' writes just the valid rows and reports the bad ones", async () => {
    const admin = actorOf(await createPerson(agency, { role: "ADMIN_BKD" }));
    const { employee: a } = await createPerson(agency);
    const result = await importAttendance({
      actor: admin,
      fileName: "sebagian.csv",
      now: NOW,
      validRowsOnly: true,
      content: bytes([`${a.nip},2026-11-02,07:45,16:10,HADIR`, `${a.nip},2026-11-03,07:45,16:10,ALPA`, `${a.nip},2026-11-04,,,TK`]),
    });
    expect(result).toMatchObject({ written: true, created: 2, invalidRowCount: 1 });
    expect(result.errors.map((e) => e.line)).toEqual([3]);
    expect(await db.attendanceDay.count()).toBe(2);
    expect(await db.importBatch.findFirstOrThrow()).toMatchObject({ validRowsOnly: true, errorCount: 1, createdCount: 2 });
  });

  it("refuses an Admin OPD's row for another agency's employee, and a Pegawai altogether", async () => {
    const adminOpd = actorOf(await createPerson(agency, { role: "ADMIN_OPD" }));
    const { employee: own } = await createPerson(agency);
    const { employee: stranger } = await createPerson(other);
    const result = await importAttendance({
      actor: adminOpd,
      fileName: "opd.csv",
      now: NOW,
      content: bytes([`${own.nip},2026-11-02,07:45,16:10,HADIR`, `${stranger.nip},2026-11-02,07:45,16:10,HADIR`]),
    });
    expect(result).toMatchObject({ written: false, invalidRowCount: 1 });
    expect(result.errors).toEqual([expect.objectContaining({ line: 3, column: "nip", message: expect.stringContaining("bukan pegawai perangkat daerah Anda") })]);
    expect(await db.attendanceDay.count()).toBe(0);

    const ownOnly = await importAttendance({ actor: adminOpd, fileName: "opd.csv", now: NOW, content: bytes([`${own.nip},2026-11-02,07:45,16:10,HADIR`]) });
    expect(ownOnly).toMatchObject({ written: true, created: 1 });

    const pegawai = actorOf(await createPerson(agency));
    await expect(importAttendance({ actor: pegawai, fileName: "x.csv", now: NOW, content: bytes([`${own.nip},2026-11-02,07:45,16:10,HADIR`]) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a row of a month Admin BKD locked early, even when its stored day would change", async () => {
    const admin = actorOf(await createPerson(agency, { role: "ADMIN_BKD" }));
    const { employee: a } = await createPerson(agency);
    const line = `${a.nip},2026-11-02,07:45,16:10,HADIR`;
    await importAttendance({ actor: admin, fileName: "a.csv", now: NOW, content: bytes([line]) });
    await db.period.create({ data: { year: 2026, month: 11, lockAt: jakartaInstant({ year: 2026, month: 12, day: 5 }, { hour: 23, minute: 59 }), lockedAt: new Date(NOW.getTime() - 60_000) } });
    const result = await importAttendance({ actor: admin, fileName: "b.csv", now: NOW, content: bytes([`${a.nip},2026-11-02,09:45,16:10,HADIR`]) });
    expect(result).toMatchObject({ written: false });
    expect(result.errors[0]!.message).toMatch(/Kolom tanggal: bulan November 2026 sudah dikunci; kehadirannya tidak dapat diubah lagi/);
    expect((await db.attendanceDay.findFirstOrThrow()).checkInMinute).toBe(465);
  });

  it("imports the committed sample into the seeded database, and the codes show what the allowance will deduct", async () => {
    await resetDatabase();
    execFileSync(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"], { env: process.env, encoding: "utf8" });
    const diskominfo = DEMO_EMPLOYEES.filter((e) => e.opdCode === "2.14");
    const result = await importAttendance({ actor: CLI_SYSTEM_ACTOR, fileName: "kmob-kehadiran-2026-11-sample.csv", content: SAMPLE, now: NOW });
    expect(result).toMatchObject({ errors: [], written: true, created: SAMPLE_ROWS, updated: 0, unchanged: 0 });
    expect(SAMPLE_ROWS).toBe(diskominfo.length * 21);
    const again = await importAttendance({ actor: CLI_SYSTEM_ACTOR, fileName: "kmob-kehadiran-2026-11-sample.csv", content: SAMPLE, now: NOW });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: SAMPLE_ROWS });

    const bkd = await db.employee.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS.adminBkd.nip }, include: { user: true } });
    const opd = await db.opd.findUniqueOrThrow({ where: { code: "2.14" } });
    const codes = await listMonthAttendanceCodes(
      { userId: bkd.user!.id, employeeId: bkd.id, nip: bkd.nip, role: "ADMIN_BKD", opdId: bkd.opdId },
      { opdId: opd.id, year: 2026, month: 11 },
    );
    if (!codes.ok) throw new Error(codes.message);
    expect(codes.workingDays).toBe(21);
    expect(codes.employees).toHaveLength(diskominfo.length);
    const all = codes.employees.flatMap((e) => e.codes.map((c) => c.code));
    expect(all).toContain("TL1");
    expect(all).toContain("TL2");
    expect(all.filter((c) => c === "TK")).toHaveLength(2);
    expect(all.some((c) => c.startsWith("PSW"))).toBe(true);
    // Each employee's total is the sum of their codes' deductions (TK 3%, TL1 0.5%, …).
    for (const e of codes.employees) expect(e.deductionBp).toBe(e.codes.reduce((s, c) => s + c.deductionBp, 0));
    const absent = codes.employees.find((e) => e.codes.some((c) => c.code === "TK"))!;
    expect(absent.codes.find((c) => c.code === "TK")!.deductionBp).toBe(300);

    // An Admin OPD of another agency may not look at Diskominfo's codes.
    const bkdOpd = await db.opd.findUniqueOrThrow({ where: { id: bkd.opdId } });
    expect(bkdOpd.code).not.toBe("2.14");
    await expect(
      listMonthAttendanceCodes({ userId: bkd.user!.id, employeeId: bkd.id, nip: bkd.nip, role: "ADMIN_OPD", opdId: bkd.opdId }, { opdId: opd.id, year: 2026, month: 11 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  }, 180_000);
});
