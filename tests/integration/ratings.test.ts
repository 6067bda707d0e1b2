import { beforeEach, describe, expect, it } from "vitest";
import { assignRaters as planAssignments } from "@/lib/domain/ratings/assignment";
import { RATER_ASSIGNMENT_JOB, RATING_REQUEST_JOB } from "@/lib/domain/ratings/schedule";
import { fraction } from "@/lib/domain/ratings/fraction";
import { defaultLockAt } from "@/lib/domain/period";
import { registerBuiltInJobHandlers } from "@/lib/server/jobs/handlers";
import { runDueJobs } from "@/lib/server/jobs/run";
import { schedulerTick } from "@/lib/server/jobs/scheduler";
import { assignRaters } from "@/lib/server/ratings/assign-raters";
import { notifyRatingRequests } from "@/lib/server/ratings/notify-rating-requests";
import { getRatingForm, listMyRatingTasks, myBehaviourResult } from "@/lib/server/ratings/queries";
import { behaviourScoresOfMonth } from "@/lib/server/ratings/scores";
import { submitRating } from "@/lib/server/ratings/submit-rating";
import { actorOf } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";
import { useSmtpSink } from "../support/mail-sink";

const mail = useSmtpSink();
beforeEach(resetDatabase);

const YEAR = 2026;
const MONTH = 11;
const BEFORE_WINDOW = new Date("2026-11-19T16:59:59Z"); // 19 Nov 23:59:59 WIB
const OPEN = new Date("2026-11-25T03:00:00Z");
const AFTER_LOCK = new Date("2026-12-05T17:00:00Z"); // 6 Dec 00:00 WIB
const P = { year: YEAR, month: MONTH };

/** Seven equal values, or a digit string in BerAKHLAK order. */
const vals = (x: number | string) => {
  const digits = typeof x === "number" ? String(x).repeat(7) : x;
  const keys = ["berorientasiPelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"] as const;
  return Object.fromEntries(keys.map((k, i) => [k, Number(digits[i])])) as Record<(typeof keys)[number], number>;
};

/** head ← kabid ← staf, peer1, peer2; plus an inactive account and someone who left before November. */
async function org() {
  const agency = await createAgency();
  const head = await createPerson(agency, { employee: { name: "Kepala Dinas", email: "kadis@example.go.id" } });
  const kabid = await createPerson(agency, { supervisorId: head.employee.id, employee: { name: "Kepala Bidang", email: "kabid@example.go.id" } });
  const staf = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Staf Dinilai", email: "staf@example.go.id" } });
  const peer1 = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Rekan Satu", email: "rekan1@example.go.id" } });
  const peer2 = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Rekan Dua", email: "rekan2@example.go.id" } });
  const inactive = await createPerson(agency, { supervisorId: kabid.employee.id, status: "INACTIVE", password: null, employee: { name: "Belum Aktif" } });
  const left = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Sudah Pensiun", endDate: new Date("2026-10-31T00:00:00Z") } });
  return { agency, head, kabid, staf, peer1, peer2, inactive, left };
}
type Org = Awaited<ReturnType<typeof org>>;

const assignmentOf = (o: { rater: { employee: { id: number } }; ratee: { employee: { id: number } } }) =>
  db.raterAssignment.findUniqueOrThrow({
    where: { year_month_raterEmployeeId_rateeEmployeeId: { ...P, raterEmployeeId: o.rater.employee.id, rateeEmployeeId: o.ratee.employee.id } },
  });

const rows = () =>
  db.raterAssignment.findMany({ where: P, orderBy: [{ raterEmployeeId: "asc" }, { rateeEmployeeId: "asc" }], select: { raterEmployeeId: true, rateeEmployeeId: true, role: true } });

describe("assignRaters", () => {
  it("stores the domain plan for the month's active, employed staff, and a re-run adds and removes nothing", async () => {
    const o = await org();
    const first = await assignRaters({ ...P, now: OPEN });
    const ids = [o.head, o.kabid, o.staf, o.peer1, o.peer2].map((p) => p.employee);
    const plan = planAssignments({ ...P, members: ids.map((e) => ({ id: e.id, supervisorId: e.supervisorId })) });
    expect(first).toMatchObject({ members: 5, planned: plan.length, created: plan.length, removed: 0, total: plan.length });
    const stored = await rows();
    expect(stored).toEqual(
      plan.map((a) => ({ raterEmployeeId: a.raterId, rateeEmployeeId: a.rateeId, role: a.role })).sort((a, b) => a.raterEmployeeId - b.raterEmployeeId || a.rateeEmployeeId - b.rateeEmployeeId),
    );
    // head rates kabid; kabid rates head (BAWAHAN) and the three staff; each staff member rates kabid and 2 peers.
    expect(stored).toHaveLength(1 + 1 + 3 + 3 + 3 * 2);
    const excluded = [o.inactive.employee.id, o.left.employee.id];
    expect(stored.some((r) => excluded.includes(r.raterEmployeeId) || excluded.includes(r.rateeEmployeeId))).toBe(false);
    expect(await db.auditLog.count({ where: { action: "rating.assign" } })).toBe(1);

    const again = await assignRaters({ ...P, now: OPEN });
    expect(again).toMatchObject({ created: 0, removed: 0, total: plan.length });
    expect(await rows()).toEqual(stored);
    expect(await db.auditLog.count({ where: { action: "rating.assign" } })).toBe(1);
  });

  it("after an organisation change removes the pairs no longer planned, except those already rated", async () => {
    const o = await org();
    await assignRaters({ ...P, now: OPEN });
    const rated = await assignmentOf({ rater: o.peer1, ratee: o.staf });
    await submitRating({ actor: actorOf(o.peer1), assignmentId: rated.id, values: vals(4), now: OPEN });
    // peer1 moves under the head: no longer staf's peer.
    await db.employee.update({ where: { id: o.peer1.employee.id }, data: { supervisorId: o.head.employee.id } });
    const run = await assignRaters({ ...P, now: OPEN });
    expect(run.removed).toBeGreaterThan(0);
    const stored = await rows();
    // The rated pair stays with its rating; unrated pairs with the old peer are gone.
    expect(stored).toContainEqual({ raterEmployeeId: o.peer1.employee.id, rateeEmployeeId: o.staf.employee.id, role: "REKAN" });
    expect(stored).not.toContainEqual({ raterEmployeeId: o.staf.employee.id, rateeEmployeeId: o.peer1.employee.id, role: "REKAN" });
    expect(stored).toContainEqual({ raterEmployeeId: o.head.employee.id, rateeEmployeeId: o.peer1.employee.id, role: "ATASAN" });
    expect(await db.behaviourRating.count()).toBe(1);
  });

  it("refuses a locked month and writes nothing", async () => {
    await org();
    await expect(assignRaters({ ...P, now: AFTER_LOCK })).rejects.toMatchObject({ code: "LOCKED", message: expect.stringContaining("November 2026 sudah dikunci") });
    await expect(assignRaters({ year: 2026, month: 13, now: OPEN })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.raterAssignment.count()).toBe(0);
  });
});

describe("submitRating", () => {
  async function ready() {
    const o = await org();
    await assignRaters({ ...P, now: OPEN });
    return o;
  }

  it("the assigned rater rates while the window is open, may change it until the lock, each change audited", async () => {
    const o = await ready();
    const a = await assignmentOf({ rater: o.kabid, ratee: o.staf });
    const first = await submitRating({ actor: actorOf(o.kabid), assignmentId: a.id, values: vals("4445554"), comment: "  Rajin dan teliti. ", now: OPEN });
    expect(first.created).toBe(true);
    const second = await submitRating({ actor: actorOf(o.kabid), assignmentId: a.id, values: vals(5), comment: "", now: new Date("2026-12-05T16:59:59Z") });
    expect(second).toEqual({ ratingId: first.ratingId, created: false });
    const stored = await db.behaviourRating.findUniqueOrThrow({ where: { id: first.ratingId } });
    expect(stored).toMatchObject({ ...vals(5), comment: null, assignmentId: a.id });
    const audits = await db.auditLog.findMany({ where: { targetType: "BehaviourRating" }, orderBy: { id: "asc" } });
    expect(audits.map((x) => x.action)).toEqual(["rating.submit", "rating.update"]);
    expect(audits[0]!.actorUserId).toBe(o.kabid.user.id);
    expect(audits[1]!.before).toMatchObject({ ...vals("4445554"), comment: "Rajin dan teliti." });
    expect(audits[1]!.after).toMatchObject({ ...vals(5), role: "ATASAN", rateeEmployeeId: o.staf.employee.id });
  });

  it("refuses someone else's assignment (not found) and changes nothing", async () => {
    const o = await ready();
    const kabidRatesStaf = await assignmentOf({ rater: o.kabid, ratee: o.staf });
    for (const intruder of [o.staf, o.peer1, o.head]) {
      await expect(submitRating({ actor: actorOf(intruder), assignmentId: kabidRatesStaf.id, values: vals(1), now: OPEN })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "Penilaian tidak ditemukan atau bukan tugas Anda.",
      });
    }
    await expect(getRatingForm(db, actorOf(o.peer1), { assignmentId: kabidRatesStaf.id, now: OPEN })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submitRating({ actor: actorOf(o.kabid), assignmentId: 999_999, values: vals(3), now: OPEN })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.behaviourRating.count()).toBe(0);
    expect(await db.auditLog.count({ where: { targetType: "BehaviourRating" } })).toBe(0);
  });

  it("refuses before the window opens and after the lock, with the dates in the message", async () => {
    const o = await ready();
    const a = await assignmentOf({ rater: o.kabid, ratee: o.staf });
    await expect(submitRating({ actor: actorOf(o.kabid), assignmentId: a.id, values: vals(3), now: BEFORE_WINDOW })).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: "Penilaian perilaku bulan November 2026 baru dibuka pada 20 November 2026 pukul 00.00 WIB.",
    });
    await expect(submitRating({ actor: actorOf(o.kabid), assignmentId: a.id, values: vals(3), now: AFTER_LOCK })).rejects.toMatchObject({
      code: "LOCKED",
      message: "Bulan November 2026 sudah dikunci; penilaian tidak dapat diberikan atau diubah lagi.",
    });
    // An early lock by Admin BKD closes it too.
    await db.period.create({ data: { ...P, lockAt: defaultLockAt(YEAR, MONTH), lockedAt: new Date("2026-11-24T00:00:00Z") } });
    await expect(submitRating({ actor: actorOf(o.kabid), assignmentId: a.id, values: vals(3), now: OPEN })).rejects.toMatchObject({ code: "LOCKED" });
    expect(await db.behaviourRating.count()).toBe(0);
  });

  it("the configured opening day (policy) moves the window", async () => {
    const o = await ready();
    const a = await assignmentOf({ rater: o.kabid, ratee: o.staf });
    await db.remunerationPolicy.create({ data: { year: YEAR, version: 1, config: { ratingWindowOpenDay: 25 } } });
    await expect(submitRating({ actor: actorOf(o.kabid), assignmentId: a.id, values: vals(3), now: new Date("2026-11-24T16:59:59Z") })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await submitRating({ actor: actorOf(o.kabid), assignmentId: a.id, values: vals(3), now: new Date("2026-11-24T17:00:00Z") });
    expect(await db.behaviourRating.count()).toBe(1);
  });

  it.each([
    ["a value of 0", { ...vals(3), loyal: 0 }, "loyal", "Nilai Loyal harus bilangan bulat 1 sampai 5."],
    ["a value of 6", { ...vals(3), adaptif: 6 }, "adaptif", "Nilai Adaptif harus bilangan bulat 1 sampai 5."],
    ["a fraction", { ...vals(3), kompeten: 3.5 }, "kompeten", "Nilai Kompeten harus bilangan bulat 1 sampai 5."],
    ["a missing value", (({ harmonis: _h, ...rest }) => rest)(vals(3)), "harmonis", "Pilih nilai Harmonis (1–5)."],
  ])("refuses %s with a message naming the value, writing nothing", async (_label, values, field, message) => {
    const o = await ready();
    const a = await assignmentOf({ rater: o.kabid, ratee: o.staf });
    const error = await submitRating({ actor: actorOf(o.kabid), assignmentId: a.id, values, now: OPEN }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("Penilaian belum lengkap"), fieldErrors: { [field]: [message] } });
    expect(await db.behaviourRating.count()).toBe(0);
  });

  it("refuses a comment over 1000 characters", async () => {
    const o = await ready();
    const a = await assignmentOf({ rater: o.kabid, ratee: o.staf });
    await expect(submitRating({ actor: actorOf(o.kabid), assignmentId: a.id, values: vals(3), comment: "x".repeat(1001), now: OPEN })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { comment: ["Komentar paling banyak 1000 karakter."] },
    });
    expect(await db.behaviourRating.count()).toBe(0);
  });
});

describe("listMyRatingTasks and the result the employee sees", () => {
  async function rate(o: Org, rater: keyof Org, ratee: keyof Org, values: number | string) {
    const a = await assignmentOf({ rater: o[rater] as Org["staf"], ratee: o[ratee] as Org["staf"] });
    await submitRating({ actor: actorOf(o[rater] as Org["staf"]), assignmentId: a.id, values: vals(values), now: OPEN });
  }

  it("lists only the actor's own assignments with done / not done", async () => {
    const o = await org();
    await assignRaters({ ...P, now: OPEN });
    await rate(o, "staf", "kabid", 4);
    const { window, tasks } = await listMyRatingTasks(db, actorOf(o.staf), { ...P, now: OPEN });
    expect(window).toMatchObject({ state: "OPEN", open: true });
    expect(tasks.map((t) => [t.ratee.displayName, t.role, t.done])).toEqual([
      ["Kepala Bidang", "BAWAHAN", true],
      ["Rekan Dua", "REKAN", false],
      ["Rekan Satu", "REKAN", false],
    ]);
    expect((await listMyRatingTasks(db, actorOf(o.head), { ...P, now: OPEN })).tasks.map((t) => t.ratee.displayName)).toEqual(["Kepala Bidang"]);
    expect((await listMyRatingTasks(db, actorOf(o.staf), { year: YEAR, month: 10, now: OPEN })).tasks).toEqual([]);
  });

  it("shows the supervisor's average but not a single peer's; the second peer makes the peer average visible", async () => {
    const o = await org();
    await assignRaters({ ...P, now: OPEN });
    await rate(o, "kabid", "staf", 4);
    await rate(o, "peer1", "staf", 2);
    const one = await myBehaviourResult(db, actorOf(o.staf), P);
    expect(one.roles).toEqual([
      { role: "ATASAN", mean: fraction(4), status: "SHOWN" },
      { role: "REKAN", mean: null, status: "TOO_FEW" },
      { role: "BAWAHAN", mean: null, status: "NO_RATING" },
    ]);
    // The score uses the hidden peer too: (50·4 + 30·2)/80 × 20 = 65.
    expect(one.score).toEqual(fraction(65));
    // Nothing but the averages and the score: no rater, no count.
    expect(Object.keys(one).sort()).toEqual(["month", "roles", "score", "weightsBp", "year"]);
    for (const role of one.roles) expect(Object.keys(role).sort()).toEqual(["mean", "role", "status"]);

    await rate(o, "peer2", "staf", "5555544");
    const two = await myBehaviourResult(db, actorOf(o.staf), P);
    expect(two.roles[1]).toEqual({ role: "REKAN", mean: fraction(14 + 33, 14), status: "SHOWN" });
    // Someone who received nothing: no score.
    expect((await myBehaviourResult(db, actorOf(o.head), P)).score).toBeNull();
  });
});

describe("behaviourScoresOfMonth", () => {
  it("gives the exact score of every employee rated in the month, none for the unrated, and honours the filter and the policy weights", async () => {
    const o = await org();
    await assignRaters({ ...P, now: OPEN });
    const rate = async (rater: Org["staf"], ratee: Org["staf"], values: number | string) =>
      submitRating({ actor: actorOf(rater), assignmentId: (await assignmentOf({ rater, ratee })).id, values: vals(values), now: OPEN });
    await rate(o.kabid, o.staf, 4); // staf: atasan 4
    await rate(o.peer1, o.staf, 3); // peers 3
    await rate(o.peer2, o.staf, 5); // peers (3 + 5)/2 = 4
    await rate(o.staf, o.kabid, "4444445"); // kabid: bawahan 29/7
    await rate(o.head, o.kabid, 5); // kabid: atasan 5

    const all = await behaviourScoresOfMonth(db, P);
    expect([...all.keys()].sort((a, b) => a - b)).toEqual([o.kabid.employee.id, o.staf.employee.id].sort((a, b) => a - b));
    expect(all.get(o.staf.employee.id)).toEqual({
      score: fraction(80),
      mean: fraction(4),
      roles: [
        { role: "ATASAN", raters: 1, total: 28 },
        { role: "REKAN", raters: 2, total: 56 },
      ],
    });
    // kabid: (50·5 + 20·29/7)/70 × 20 = (1750 + 580)/7/70 × 20 = 2330/49·20/… exact:
    expect(all.get(o.kabid.employee.id)!.score).toEqual(fraction((50 * 5 * 7 + 20 * 29) * 20, 7 * 70));
    expect(all.has(o.peer1.employee.id)).toBe(false);
    expect(all.has(o.head.employee.id)).toBe(false);

    const some = await behaviourScoresOfMonth(db, { ...P, employeeIds: [o.staf.employee.id, o.head.employee.id] });
    expect([...some.keys()]).toEqual([o.staf.employee.id]);
    expect((await behaviourScoresOfMonth(db, { year: YEAR, month: 10 })).size).toBe(0);

    await db.remunerationPolicy.create({ data: { year: YEAR, version: 1, config: { raterRoleWeightsBp: { atasan: 1000, rekan: 1000, bawahan: 1000 } } } });
    expect((await behaviourScoresOfMonth(db, P)).get(o.kabid.employee.id)!.score).toEqual(fraction((5 * 7 + 29) * 20, 7 * 2));
    expect((await behaviourScoresOfMonth(db, { ...P, weightsBp: { ATASAN: 1, REKAN: 0, BAWAHAN: 0 } })).get(o.kabid.employee.id)!.score).toEqual(fraction(100));
  });
});

describe("rating requests and the scheduled jobs", () => {
  it("asks every rater with something to rate once per month, in-app and by e-mail", async () => {
    const o = await org();
    await assignRaters({ ...P, now: OPEN });
    // The head has rated their only ratee already: nothing to ask.
    await submitRating({ actor: actorOf(o.head), assignmentId: (await assignmentOf({ rater: o.head, ratee: o.kabid })).id, values: vals(4), now: OPEN });
    const first = await notifyRatingRequests({ ...P, now: OPEN, batchSize: 2 });
    expect(first.notified).toBe(4);
    const asked = await db.notification.findMany({ where: { kind: "RATING_REQUESTED" }, select: { employeeId: true, link: true } });
    expect(asked.map((n) => n.employeeId).sort((a, b) => a - b)).toEqual([o.kabid, o.staf, o.peer1, o.peer2].map((p) => p.employee.id).sort((a, b) => a - b));
    expect(new Set(asked.map((n) => n.link))).toEqual(new Set(["/penilaian?bulan=2026-11"]));
    expect(first.emailed).toBe(4);
    expect(mail.messages().map((m) => m.subject)).toContain("Permintaan penilaian perilaku November 2026");
    expect((await notifyRatingRequests({ ...P, now: OPEN })).notified).toBe(0);
    expect(await db.notification.count()).toBe(4);
  });

  it("the scheduler enqueues the month's assignment from the 1st and the request from the opening day, once each; the worker runs them", async () => {
    const o = await org();
    registerBuiltInJobHandlers();
    const tick = async (iso: string) => (await schedulerTick(new Date(iso))).ratings;
    // 1 Nov 00:00 WIB.
    expect(await tick("2026-10-31T17:00:00Z")).toEqual([{ kind: RATER_ASSIGNMENT_JOB, dedupeKey: "rater-assignment:2026-11", created: true }]);
    expect(await tick("2026-10-31T18:00:00Z")).toEqual([{ kind: RATER_ASSIGNMENT_JOB, dedupeKey: "rater-assignment:2026-11", created: false }]);
    // 20 Nov 00:00 WIB: the request too.
    expect(await tick("2026-11-19T17:00:00Z")).toEqual([
      { kind: RATER_ASSIGNMENT_JOB, dedupeKey: "rater-assignment:2026-11", created: false },
      { kind: RATING_REQUEST_JOB, dedupeKey: "rating-request:2026-11", created: true },
    ]);
    expect((await tick("2026-11-20T01:00:00Z"))[1]!.created).toBe(false);
    expect(await db.job.count({ where: { kind: { in: [RATER_ASSIGNMENT_JOB, RATING_REQUEST_JOB] } } })).toBe(2);
    // The handlers use the real clock; run them for the current WIB month so it is not locked.
    const now = new Date();
    const current = { year: Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Jakarta" }).format(now)), month: Number(new Intl.DateTimeFormat("en", { month: "numeric", timeZone: "Asia/Jakarta" }).format(now)) };
    await db.job.updateMany({ data: { payload: current, runAt: new Date(0) } });
    const summary = await runDueJobs({ workerId: "w-ratings", limit: 10 });
    expect(summary).toMatchObject({ claimed: 2, done: 2 });
    expect(await db.raterAssignment.count({ where: current })).toBe(14);
    expect(await db.notification.count({ where: { kind: "RATING_REQUESTED", employeeId: o.staf.employee.id } })).toBe(1);
  });
});
