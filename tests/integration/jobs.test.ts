import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { claimJobs } from "@/lib/server/jobs/claim";
import { enqueueJob } from "@/lib/server/jobs/enqueue";
import { registerBuiltInJobHandlers } from "@/lib/server/jobs/handlers";
import { registerJobHandler } from "@/lib/server/jobs/registry";
import { runDueJobs } from "@/lib/server/jobs/run";
import { schedulerTick } from "@/lib/server/jobs/scheduler";
import { ACTIVITY_REMINDER_JOB, sendActivityReminders } from "@/lib/server/reminders/activity-reminders";
import { createAgency, createPerson, db, resetDatabase, type Agency } from "../support/db";
import { useSmtpSink } from "../support/mail-sink";

beforeEach(resetDatabase);
const mail = useSmtpSink();

const unregister: (() => void)[] = [];
afterEach(() => {
  for (const fn of unregister.splice(0)) fn();
});

const at = (iso: string) => new Date(iso);
const day = (key: string) => new Date(`${key}T00:00:00Z`);

describe("enqueueJob", () => {
  it("is idempotent by dedupeKey, also when enqueued concurrently", async () => {
    const first = await enqueueJob(db, { kind: "test.noop", payload: { n: 1 }, dedupeKey: "test:once" });
    const again = await enqueueJob(db, { kind: "test.noop", payload: { n: 2 }, dedupeKey: "test:once" });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    const racing = await Promise.all(Array.from({ length: 6 }, (_, n) => enqueueJob(db, { kind: "test.noop", payload: { n }, dedupeKey: "test:race" })));
    expect(racing.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(racing.map((r) => r.id)).size).toBe(1);
    expect(await db.job.count()).toBe(2);
    expect((await db.job.findUniqueOrThrow({ where: { id: first.id } })).payload).toEqual({ n: 1 });
  });

  it("without a dedupeKey enqueues every time, and inside a caller's transaction rolls back with it", async () => {
    await enqueueJob(db, { kind: "test.noop", payload: {} });
    await enqueueJob(db, { kind: "test.noop", payload: {} });
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(tx, { kind: "test.noop", payload: {}, dedupeKey: "test:rolled-back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.job.count()).toBe(2);
  });
});

describe("claimJobs", () => {
  it("never gives the same job to two concurrent claimers, and every due job is claimed once", async () => {
    const now = at("2026-12-04T08:00:00Z");
    const ids: number[] = [];
    for (let n = 0; n < 30; n++) ids.push((await enqueueJob(db, { kind: "test.noop", payload: { n }, runAt: at("2026-12-04T07:00:00Z") })).id);
    const notDue = await enqueueJob(db, { kind: "test.noop", payload: {}, runAt: at("2026-12-04T09:00:00Z") });

    const claimed: { worker: string; id: number }[] = [];
    for (let round = 0; round < 5; round++) {
      const batches = await Promise.all(
        ["a", "b", "c", "d"].map((worker) => claimJobs({ workerId: worker, limit: 3, now }).then((jobs) => jobs.map((j) => ({ worker, id: j.id })))),
      );
      claimed.push(...batches.flat());
    }
    const claimedIds = claimed.map((c) => c.id);
    expect(new Set(claimedIds).size).toBe(claimedIds.length);
    expect([...claimedIds].sort((x, y) => x - y)).toEqual(ids);
    expect(claimedIds).not.toContain(notDue.id);
    const rows = await db.job.findMany({ where: { id: { in: ids } } });
    for (const row of rows) {
      expect(row).toMatchObject({ status: "RUNNING", attempts: 1, lockedAt: now });
      expect(row.lockedBy).toBe(claimed.find((c) => c.id === row.id)!.worker);
    }
  });

  // The embedded PGlite serves one connection at a time, so a second transaction cannot even begin.
  it.skipIf(inject("databaseKind") === "embedded")("skips a job another transaction holds (SKIP LOCKED) instead of waiting for it", async () => {
    const now = at("2026-12-04T08:00:00Z");
    const held = await enqueueJob(db, { kind: "test.noop", payload: {}, runAt: at("2026-12-04T07:00:00Z") });
    const free = await enqueueJob(db, { kind: "test.noop", payload: {}, runAt: at("2026-12-04T07:30:00Z") });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "job" WHERE "id" = ${held.id} FOR UPDATE`;
        locked();
        await released;
      },
      { timeout: 20_000 },
    );
    await isLocked;
    const jobs = await claimJobs({ workerId: "other", limit: 5, now });
    release();
    await holder;
    expect(jobs.map((j) => j.id)).toEqual([free.id]);
    expect((await db.job.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("PENDING");
  });

  it("claims a job again whose worker went silent (RUNNING past the stale limit)", async () => {
    const job = await enqueueJob(db, { kind: "test.noop", payload: {}, runAt: at("2026-12-04T07:00:00Z") });
    await claimJobs({ workerId: "crashed", limit: 1, now: at("2026-12-04T07:00:00Z") });
    expect(await claimJobs({ workerId: "next", limit: 1, now: at("2026-12-04T07:10:00Z") })).toEqual([]);
    const reclaimed = await claimJobs({ workerId: "next", limit: 1, now: at("2026-12-04T07:16:00Z") });
    expect(reclaimed).toMatchObject([{ id: job.id, attempts: 2, lockedBy: "next" }]);
  });
});

describe("running jobs: DONE, retry with backoff, then FAILED", () => {
  it("retries a failing job after 30 s, 60 s, then marks it FAILED with lastError", async () => {
    let calls = 0;
    unregister.push(
      registerJobHandler("test.always-fails", async () => {
        calls += 1;
        throw new Error(`SMTP tidak menjawab (${calls})`);
      }),
    );
    const job = await enqueueJob(db, { kind: "test.always-fails", payload: {}, runAt: at("2026-12-04T08:00:00Z"), maxAttempts: 3 });
    const clock = (iso: string) => () => at(iso);

    expect(await runDueJobs({ workerId: "w", limit: 5, now: clock("2026-12-04T08:00:00Z") })).toMatchObject({ claimed: 1, retried: 1 });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      runAt: at("2026-12-04T08:00:30Z"),
      lockedBy: null,
      lastError: "Error: SMTP tidak menjawab (1)",
    });
    expect(await runDueJobs({ workerId: "w", limit: 5, now: clock("2026-12-04T08:00:29Z") })).toMatchObject({ claimed: 0 });

    expect(await runDueJobs({ workerId: "w", limit: 5, now: clock("2026-12-04T08:00:30Z") })).toMatchObject({ retried: 1 });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "PENDING", attempts: 2, runAt: at("2026-12-04T08:01:30Z") });

    expect(await runDueJobs({ workerId: "w", limit: 5, now: clock("2026-12-04T08:01:30Z") })).toMatchObject({ failed: 1 });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "FAILED",
      attempts: 3,
      lastError: "Error: SMTP tidak menjawab (3)",
      finishedAt: at("2026-12-04T08:01:30Z"),
      lockedBy: null,
    });
    expect(await runDueJobs({ workerId: "w", limit: 5, now: clock("2026-12-05T08:00:00Z") })).toMatchObject({ claimed: 0 });
    expect(calls).toBe(3);
  });

  it("marks a job DONE when its retry succeeds, with the payload handed to the handler", async () => {
    const seen: unknown[] = [];
    unregister.push(
      registerJobHandler("test.flaky", async (payload) => {
        seen.push(payload);
        if (seen.length === 1) throw new Error("sementara");
      }),
    );
    const job = await enqueueJob(db, { kind: "test.flaky", payload: { nip: "199509032020031001" }, runAt: at("2026-12-04T08:00:00Z") });
    await runDueJobs({ workerId: "w", limit: 5, now: () => at("2026-12-04T08:00:00Z") });
    await runDueJobs({ workerId: "w", limit: 5, now: () => at("2026-12-04T08:01:00Z") });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "DONE", attempts: 2, lastError: null, finishedAt: at("2026-12-04T08:01:00Z") });
    expect(seen).toEqual([{ nip: "199509032020031001" }, { nip: "199509032020031001" }]);
  });

  it("fails a job of an unknown kind at once", async () => {
    const job = await enqueueJob(db, { kind: "test.nobody-handles-this", payload: {}, runAt: at("2026-12-04T08:00:00Z") });
    await runDueJobs({ workerId: "w", limit: 5, now: () => at("2026-12-04T08:00:00Z") });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: 'Tidak ada penangan untuk jenis pekerjaan "test.nobody-handles-this".',
    });
  });
});

// Wednesday 4 March 2026 is a working day; Thursday 19 March 2026 is made a holiday below.
const DATE = "2026-03-04";
const HOLIDAY = "2026-03-19";

async function person(agency: Agency, options: Parameters<typeof createPerson>[1] & { label: string }) {
  const { label, ...rest } = options;
  const created = await createPerson(agency, {
    password: null,
    ...rest,
    employee: { name: label, startDate: day("2020-01-01"), ...rest.employee },
  });
  return created.employee;
}

async function activityOn(employeeId: number, key: string) {
  await db.activity.create({
    data: { employeeId, date: day(key), startMinute: 480, endMinute: 540, description: "Menyusun laporan kegiatan", outputQuantity: 1, outputUnit: "laporan" },
  });
}

/** The cast of the reminder tests: who must and who must not be reminded on DATE. */
async function reminderCast() {
  const agency = await createAgency();
  const remindedWithMail = await person(agency, {
    label: "Belum Isi (minta e-mail)",
    employee: { email: "belum.isi@jabarprov.go.id", emailNotifications: ["SKP_APPROVED", "ACTIVITY_REMINDER"] },
  });
  const remindedNoMailPreference = await person(agency, { label: "Belum Isi (tanpa e-mail pengingat)" });
  const remindedPresent = await person(agency, { label: "Hadir Belum Isi", employee: { email: null, emailNotifications: ["ACTIVITY_REMINDER"] } });
  const remindedOtherDay = await person(agency, { label: "Isi Kemarin" });
  const loggedToday = await person(agency, { label: "Sudah Isi", employee: { emailNotifications: ["ACTIVITY_REMINDER"] } });
  const onLeave = await person(agency, { label: "Cuti", employee: { emailNotifications: ["ACTIVITY_REMINDER"] } });
  const sick = await person(agency, { label: "Sakit" });
  const travelling = await person(agency, { label: "Dinas Luar" });
  const inactive = await person(agency, { label: "Belum Aktif", status: "INACTIVE" });
  const deactivated = await person(agency, { label: "Dinonaktifkan", status: "DEACTIVATED" });
  const leftBefore = await person(agency, { label: "Sudah Berhenti", employee: { endDate: day("2026-03-03") } });
  const leavesToday = await person(agency, { label: "Hari Terakhir", employee: { endDate: day(DATE) } });
  const startsLater = await person(agency, { label: "Belum Mulai", employee: { startDate: day("2026-03-05") } });

  await activityOn(loggedToday.id, DATE);
  await activityOn(remindedOtherDay.id, "2026-03-03");
  await db.attendanceDay.createMany({
    data: [
      { employeeId: onLeave.id, date: day(DATE), status: "CUTI" },
      { employeeId: sick.id, date: day(DATE), status: "SAKIT" },
      { employeeId: travelling.id, date: day(DATE), status: "DINAS_LUAR" },
      { employeeId: remindedPresent.id, date: day(DATE), status: "HADIR", checkInMinute: 450 },
    ],
  });
  await db.holiday.create({ data: { date: day(HOLIDAY), description: "Hari Suci Nyepi" } });
  return {
    reminded: [remindedWithMail, remindedNoMailPreference, remindedPresent, remindedOtherDay, leavesToday].map((e) => e.name).sort(),
    notReminded: [loggedToday, onLeave, sick, travelling, inactive, deactivated, leftBefore, startsLater],
    remindedWithMail,
  };
}

async function remindedNames(): Promise<string[]> {
  const rows = await db.notification.findMany({ where: { kind: "ACTIVITY_REMINDER" }, select: { employee: { select: { name: true } } } });
  return rows.map((r) => r.employee.name).sort();
}

describe("the daily activity reminder (DESIGN.md §10)", () => {
  it("reminds exactly the active, employed, present employees without an activity that day, once", async () => {
    const cast = await reminderCast();

    const first = await sendActivityReminders({ date: { year: 2026, month: 3, day: 4 } });

    expect(first).toEqual({ date: DATE, workingDay: true, notified: 5, emailed: 1 });
    expect(await remindedNames()).toEqual(cast.reminded);
    const notification = await db.notification.findFirstOrThrow({ where: { employeeId: cast.remindedWithMail.id } });
    expect(notification).toMatchObject({
      kind: "ACTIVITY_REMINDER",
      title: "Aktivitas harian Rabu, 4 Maret 2026 belum diisi",
      link: "/aktivitas?tanggal=2026-03-04",
      readAt: null,
    });
    expect(notification.body).toMatch(/^Belum ada aktivitas harian yang Anda catat untuk Rabu, 4 Maret 2026\./);
    expect(notification.emailedAt).not.toBeNull();
    expect(await db.notification.count({ where: { emailedAt: { not: null } } })).toBe(1);
    const messages = mail.messages();
    expect(messages.map((m) => m.envelopeTo)).toEqual([["belum.isi@jabarprov.go.id"]]);
    expect(messages[0]!.subject).toBe("Pengingat: aktivitas harian Rabu, 4 Maret 2026 belum diisi");
    expect(messages[0]!.text).toContain("http://localhost:3999/aktivitas?tanggal=2026-03-04");

    // Running it again for the same date adds nothing and sends nothing.
    const second = await sendActivityReminders({ date: { year: 2026, month: 3, day: 4 } });
    expect(second).toEqual({ date: DATE, workingDay: true, notified: 0, emailed: 0 });
    expect(await db.notification.count()).toBe(5);
    expect(mail.messages()).toHaveLength(1);
  });

  it("gives the same result in small batches, and two runs at once still remind each employee once", async () => {
    const cast = await reminderCast();
    const runs = await Promise.all([
      sendActivityReminders({ date: { year: 2026, month: 3, day: 4 }, batchSize: 2 }),
      sendActivityReminders({ date: { year: 2026, month: 3, day: 4 }, batchSize: 2 }),
    ]);
    expect(runs.reduce((sum, r) => sum + r.notified, 0)).toBe(5);
    expect(await remindedNames()).toEqual(cast.reminded);
  });

  it.each([
    ["a holiday", { year: 2026, month: 3, day: 19 }, HOLIDAY],
    ["a Saturday", { year: 2026, month: 3, day: 7 }, "2026-03-07"],
  ])("reminds nobody on %s", async (_label, date, key) => {
    await reminderCast();
    expect(await sendActivityReminders({ date })).toEqual({ date: key, workingDay: false, notified: 0, emailed: 0 });
    expect(await db.notification.count()).toBe(0);
  });

  it("is enqueued by the scheduler from 15:00 WIB, once per date, and run by the worker", async () => {
    const cast = await reminderCast();
    registerBuiltInJobHandlers();

    expect((await schedulerTick(at("2026-03-04T07:59:00Z"))).reminder).toEqual({ due: false, dedupeKey: "activity-reminder:2026-03-04", created: false });
    // The month's rater assignment is due from the 1st (ratings.test.ts covers it); no reminder yet.
    expect(await db.job.count({ where: { kind: ACTIVITY_REMINDER_JOB } })).toBe(0);
    expect((await schedulerTick(at("2026-03-04T08:00:00Z"))).reminder).toEqual({ due: true, dedupeKey: "activity-reminder:2026-03-04", created: true });
    // Another instance ticking a minute later, and the same instance later that evening: no second job.
    expect((await schedulerTick(at("2026-03-04T08:01:00Z"))).reminder.created).toBe(false);
    expect((await schedulerTick(at("2026-03-04T15:00:00Z"))).reminder.created).toBe(false);
    // A holiday at 16:00 WIB: nothing is due.
    expect((await schedulerTick(at("2026-03-19T09:00:00Z"))).reminder.due).toBe(false);

    const job = await db.job.findFirstOrThrow({ where: { kind: ACTIVITY_REMINDER_JOB } });
    expect(await db.job.count({ where: { kind: ACTIVITY_REMINDER_JOB } })).toBe(1);
    expect(job).toMatchObject({ kind: ACTIVITY_REMINDER_JOB, payload: { date: DATE }, dedupeKey: "activity-reminder:2026-03-04", status: "PENDING" });
    // The reminder and March's rater assignment (a month locked long ago by the real clock: skipped, done).
    const summary = await runDueJobs({ workerId: "w1", limit: 5, now: () => at("2026-03-04T08:00:05Z") });
    expect(summary).toMatchObject({ claimed: 2, done: 2 });
    expect(await remindedNames()).toEqual(cast.reminded);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("DONE");
  });
});
