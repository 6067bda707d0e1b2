import { beforeEach, describe, expect, it } from "vitest";
import { setSupervisor } from "@/lib/server/admin/employees/set-supervisor";
import { listOwnMonth, listRealisationQueue } from "@/lib/server/iki/queries";
import { reviewRealisations } from "@/lib/server/iki/review-realisations";
import { saveRealisation } from "@/lib/server/iki/save-realisation";
import { verifiedCapaianOfMonth, verifiedCapaianOfMonths } from "@/lib/server/iki/verified-capaian";
import { compare, fraction } from "@/lib/domain/iki/fraction";
import { actorOf } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase, type Agency } from "../support/db";
import { useSmtpSink } from "../support/mail-sink";

const mail = useSmtpSink();
beforeEach(resetDatabase);

const YEAR = 2026;
const NOW = new Date("2026-03-10T03:00:00Z"); // 10:00 WIB, 10 March 2026: February is locked, March open.

type Person = Awaited<ReturnType<typeof createPerson>>;
type IkiSpec = { description: string; polarity?: "MAKIN_TINGGI" | "MAKIN_RENDAH"; targets: Record<number, string>; copiedFromId?: number };

/** An approved SKP version in force for `person`, one RHK with the given IKI; returns the IKI ids in order. */
async function skpInForce(person: Person, ikis: IkiSpec[], options: { existingSkpId?: number; number?: number } = {}) {
  const skp = options.existingSkpId
    ? await db.skp.findUniqueOrThrow({ where: { id: options.existingSkpId } })
    : await db.skp.create({ data: { employeeId: person.employee.id, year: YEAR } });
  const version = await db.skpVersion.create({ data: { skpId: skp.id, number: options.number ?? 1, status: "DISETUJUI", approvedAt: NOW } });
  await db.skp.update({ where: { id: skp.id }, data: { inForceVersionId: version.id } });
  const rhk = await db.rhk.create({ data: { skpVersionId: version.id, kind: "UTAMA", position: 0, description: "Tersusunnya aplikasi layanan perizinan" } });
  const ids: number[] = [];
  for (const [position, spec] of ikis.entries()) {
    const iki = await db.iki.create({
      data: {
        rhkId: rhk.id,
        position,
        description: spec.description,
        aspect: "KUANTITAS",
        unit: "dokumen",
        polarity: spec.polarity ?? "MAKIN_TINGGI",
        copiedFromId: spec.copiedFromId ?? null,
        targets: { create: Object.entries(spec.targets).map(([month, target]) => ({ month: Number(month), target })) },
      },
    });
    ids.push(iki.id);
  }
  return { skpId: skp.id, versionId: version.id, ikiIds: ids };
}

/** head ← kabid ← staf and peer; kabid2 another kabid; admins of this and another agency. */
async function org() {
  const agency = await createAgency();
  const other = await createAgency();
  const head = await createPerson(agency, { employee: { name: "Kepala Dinas", email: "kadis@example.go.id" } });
  const kabid = await createPerson(agency, { supervisorId: head.employee.id, employee: { name: "Kepala Bidang", email: "kabid@example.go.id" } });
  const kabid2 = await createPerson(agency, { supervisorId: head.employee.id, employee: { name: "Kepala Bidang Dua", email: "kabid2@example.go.id" } });
  const staf = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Staf Pelaksana", email: "staf@example.go.id" } });
  const peer = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Rekan Kerja" } });
  const adminOpd = await createPerson(agency, { role: "ADMIN_OPD", employee: { name: "Admin OPD" } });
  const otherAdmin = await createPerson(other, { role: "ADMIN_OPD", employee: { name: "Admin OPD Lain" } });
  const bkd = await createPerson(other, { role: "ADMIN_BKD", employee: { name: "Admin BKD", email: "bkd@example.go.id" } });
  const stafSkp = await skpInForce(staf, [
    { description: "Jumlah modul aplikasi yang selesai", targets: { 2: "2", 3: "4", 4: "4" } },
    { description: "Jumlah gangguan layanan", polarity: "MAKIN_RENDAH", targets: { 3: "2" } },
    { description: "Jumlah laporan triwulan", targets: { 6: "1" } },
  ]);
  const peerSkp = await skpInForce(peer, [{ description: "Jumlah pendampingan teknis", targets: { 3: "3" } }]);
  return { agency, other, head, kabid, kabid2, staf, peer, adminOpd, otherAdmin, bkd, stafIkis: stafSkp.ikiIds, peerIkis: peerSkp.ikiIds, stafSkp };
}

const save = (person: Person, ikiId: number, over: Partial<Parameters<typeof saveRealisation>[0]> = {}) =>
  saveRealisation({ actor: actorOf(person), ikiId, year: YEAR, month: 3, value: "3", note: "Modul A, B dan C selesai", submit: false, now: NOW, ...over });

async function evidenceOf(owner: Person, name = "bukti.pdf") {
  return db.evidenceFile.create({
    data: { ownerEmployeeId: owner.employee.id, storageKey: `uji/${Math.random().toString(36).slice(2)}`, originalName: name, mimeType: "application/pdf", sizeBytes: 100, sha256: "a".repeat(64) },
  });
}

async function snapshot() {
  const [realisations, reviews, audits] = await Promise.all([
    db.ikiRealisation.findMany({ orderBy: { id: "asc" } }),
    db.realisationReview.count(),
    db.auditLog.count(),
  ]);
  return JSON.stringify({ realisations, reviews, audits });
}

describe("saveRealisation (DESIGN.md §6)", () => {
  it("saves a draft, then submits it to the current supervisor with history, audit, notification and e-mail", async () => {
    const o = await org();
    const file = await evidenceOf(o.staf);
    const draft = await save(o.staf, o.stafIkis[0]!, { value: "4,5", evidenceIds: [file.id] });
    expect(draft.status).toBe("DRAFT");
    expect(mail.messages()).toHaveLength(0);

    const submitted = await save(o.staf, o.stafIkis[0]!, { value: "5", evidenceIds: [file.id], submit: true });
    expect(submitted).toEqual({ id: draft.id, status: "DIAJUKAN" }); // the same realisation, edited
    const row = await db.ikiRealisation.findUniqueOrThrow({ where: { id: draft.id }, include: { reviews: true, evidenceFiles: true } });
    expect(row).toMatchObject({ status: "DIAJUKAN", reviewerEmployeeId: o.kabid.employee.id, year: YEAR, month: 3, submittedAt: NOW });
    expect(row.value.toString()).toBe("5");
    expect(row.reviews.map((r) => [r.action, r.fromStatus, r.toStatus])).toEqual([["SUBMIT", "DRAFT", "DIAJUKAN"]]);
    expect(row.evidenceFiles.map((f) => f.id)).toEqual([file.id]);
    const audits = await db.auditLog.findMany({ where: { targetType: "IkiRealisation" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, a.actorUserId, a.targetId])).toEqual([
      ["realisation.create", o.staf.user.id, String(draft.id)],
      ["realisation.update_submit", o.staf.user.id, String(draft.id)],
    ]);
    expect(await db.notification.count({ where: { employeeId: o.kabid.employee.id, kind: "REALISATION_SUBMITTED" } })).toBe(1);
    expect(mail.messages().map((m) => m.envelopeTo[0])).toEqual(["kabid@example.go.id"]);
    expect(mail.messages()[0]!.text).toMatch(/Jumlah modul aplikasi yang selesai: 5 dokumen/);

    const month = await listOwnMonth(actorOf(o.staf), { year: YEAR, month: 3, now: NOW });
    expect(month.items.map((i) => [i.description, i.target, i.realisation?.status ?? null, i.capaian?.percentText ?? null, i.capaian?.cappedText ?? null])).toEqual([
      ["Jumlah modul aplikasi yang selesai", "4", "DIAJUKAN", "125,00", "100,00"],
      ["Jumlah gangguan layanan", "2", null, null, null],
    ]);
    expect(month.items[0]!.realisation!.evidence.map((e) => e.originalName)).toEqual(["bukti.pdf"]);

    const queue = await listRealisationQueue(actorOf(o.kabid), { year: YEAR, month: 3 });
    expect(queue.map((g) => [g.owner.name, g.realisations.map((r) => [r.id, r.target, r.value, r.capaian?.percentText])])).toEqual([
      ["Staf Pelaksana", [[draft.id, "4", "5", "125,00"]]],
    ]);
    expect(await listRealisationQueue(actorOf(o.peer), { year: YEAR, month: 3 })).toEqual([]);
    expect(await listRealisationQueue(actorOf(o.head), { year: YEAR, month: 3 })).toEqual([]);
  });

  it("refuses a realisation of another person's IKI and changes nothing", async () => {
    const o = await org();
    const before = await snapshot();
    await expect(save(o.staf, o.peerIkis[0]!)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(save(o.kabid, o.stafIkis[0]!, { submit: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(save(o.staf, 999_999)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot()).toBe(before);
  });

  it("refuses an IKI without a target that month", async () => {
    const o = await org();
    const before = await snapshot();
    const error = await save(o.staf, o.stafIkis[2]!).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/tidak memiliki target pada bulan Maret 2026/) });
    expect(await snapshot()).toBe(before);
  });

  it("refuses a locked month", async () => {
    const o = await org();
    const before = await snapshot();
    await expect(save(o.staf, o.stafIkis[0]!, { month: 2 })).rejects.toMatchObject({ code: "LOCKED" });
    expect(await snapshot()).toBe(before);
  });

  it.each([
    ["a negative value", "-1", /tidak boleh negatif/],
    ["a word", "tiga", /harus berupa angka/],
    ["five decimals", "1,23456", /empat angka/],
    ["nothing", "  ", /Isi nilai realisasi/],
  ])("refuses %s with a message on the field", async (_label, value, message) => {
    const o = await org();
    const before = await snapshot();
    const error = await save(o.staf, o.stafIkis[0]!, { value }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect((error as { fieldErrors: Record<string, string[]> }).fieldErrors.value?.join(" ")).toMatch(message);
    expect(await snapshot()).toBe(before);
  });

  it("takes only the owner's own unattached evidence, and releases files removed from the list", async () => {
    const o = await org();
    const mine = await evidenceOf(o.staf, "satu.pdf");
    const second = await evidenceOf(o.staf, "dua.pdf");
    const theirs = await evidenceOf(o.peer, "milik-rekan.pdf");
    await expect(save(o.staf, o.stafIkis[0]!, { evidenceIds: [mine.id, theirs.id] })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.ikiRealisation.count()).toBe(0);
    const saved = await save(o.staf, o.stafIkis[0]!, { evidenceIds: [mine.id, second.id] });
    await save(o.staf, o.stafIkis[0]!, { evidenceIds: [second.id] });
    expect((await db.evidenceFile.findUniqueOrThrow({ where: { id: mine.id } })).realisationId).toBeNull();
    expect((await db.evidenceFile.findUniqueOrThrow({ where: { id: second.id } })).realisationId).toBe(saved.id);
  });
});

describe("reviewRealisations", () => {
  async function submittedPair() {
    const o = await org();
    const a = await save(o.staf, o.stafIkis[0]!, { value: "3", submit: true });
    const b = await save(o.staf, o.stafIkis[1]!, { value: "4", submit: true });
    mail.messages().splice(0);
    return { ...o, a: a.id, b: b.id };
  }

  it("verifies in bulk; a verified value never changes afterwards (owner edit and a second verify refused)", async () => {
    const o = await submittedPair();
    const sent = mail.messages().length;
    await expect(reviewRealisations({ actor: actorOf(o.kabid), ids: [o.a, o.b], decision: "VERIFY", now: NOW })).resolves.toEqual({ count: 2 });
    const rows = await db.ikiRealisation.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.status, r.reviewerEmployeeId, r.verifiedAt?.toISOString()])).toEqual([
      ["TERVERIFIKASI", o.kabid.employee.id, NOW.toISOString()],
      ["TERVERIFIKASI", o.kabid.employee.id, NOW.toISOString()],
    ]);
    expect(await db.auditLog.count({ where: { action: "realisation.verify", actorUserId: o.kabid.user.id } })).toBe(2);
    expect(await db.realisationReview.count({ where: { action: "VERIFY" } })).toBe(2);
    // One notification (and one e-mail) for the owner, listing both.
    expect(await db.notification.count({ where: { employeeId: o.staf.employee.id, kind: "REALISATION_VERIFIED" } })).toBe(1);
    const mails = mail.messages().slice(sent);
    expect(mails.map((m) => m.envelopeTo[0])).toEqual(["staf@example.go.id"]);
    expect(mails[0]!.text).toMatch(/Jumlah gangguan layanan: 4 dokumen/);

    const before = await snapshot();
    await expect(save(o.staf, o.stafIkis[0]!, { value: "99" })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(save(o.staf, o.stafIkis[0]!, { value: "99", submit: true })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(reviewRealisations({ actor: actorOf(o.kabid), ids: [o.a], decision: "VERIFY", now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(reviewRealisations({ actor: actorOf(o.kabid), ids: [o.a], decision: "RETURN", note: "Mohon dilengkapi buktinya", now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await snapshot()).toBe(before);
  });

  it("only the current direct supervisor verifies: peer, the supervisor's supervisor, admins and the owner find nothing", async () => {
    const o = await submittedPair();
    const before = await snapshot();
    for (const someone of [o.peer, o.head, o.kabid2, o.adminOpd, o.otherAdmin, o.bkd, o.staf]) {
      await expect(reviewRealisations({ actor: actorOf(someone), ids: [o.a], decision: "VERIFY", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await listRealisationQueue(actorOf(someone), { year: YEAR, month: 3 })).toEqual([]);
    }
    expect(await snapshot()).toBe(before);
  });

  it("returning needs a note; the owner corrects and resubmits; the history keeps every step", async () => {
    const o = await submittedPair();
    const before = await snapshot();
    for (const note of [undefined, "", "   ", "kurang"]) {
      const error = await reviewRealisations({ actor: actorOf(o.kabid), ids: [o.a], decision: "RETURN", note, now: NOW }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "VALIDATION" });
      expect((error as { fieldErrors: Record<string, string[]> }).fieldErrors.note).toBeDefined();
    }
    expect(await snapshot()).toBe(before);

    await reviewRealisations({ actor: actorOf(o.kabid), ids: [o.a], decision: "RETURN", note: "Lampirkan berita acara serah terima modul", now: NOW });
    expect(await db.ikiRealisation.findUniqueOrThrow({ where: { id: o.a } })).toMatchObject({ status: "DIKEMBALIKAN", reviewNote: "Lampirkan berita acara serah terima modul", returnedAt: NOW });
    const notice = await db.notification.findFirstOrThrow({ where: { employeeId: o.staf.employee.id, kind: "REALISATION_RETURNED" } });
    expect(notice.body).toMatch(/Lampirkan berita acara/);
    expect(mail.messages().at(-1)!.text).toMatch(/Catatan: Lampirkan berita acara serah terima modul/);
    const month = await listOwnMonth(actorOf(o.staf), { year: YEAR, month: 3, now: NOW });
    expect(month.items[0]!.realisation).toMatchObject({ status: "DIKEMBALIKAN", reviewNote: "Lampirkan berita acara serah terima modul" });

    // A draft save keeps it returned; Ajukan sends it again.
    await expect(save(o.staf, o.stafIkis[0]!, { value: "4" })).resolves.toMatchObject({ id: o.a, status: "DIKEMBALIKAN" });
    await expect(save(o.staf, o.stafIkis[0]!, { value: "4", submit: true })).resolves.toMatchObject({ id: o.a, status: "DIAJUKAN" });
    const history = await db.realisationReview.findMany({ where: { realisationId: o.a }, orderBy: { id: "asc" } });
    expect(history.map((h) => [h.action, h.toStatus, h.note])).toEqual([
      ["SUBMIT", "DIAJUKAN", null],
      ["RETURN", "DIKEMBALIKAN", "Lampirkan berita acara serah terima modul"],
      ["SUBMIT", "DIAJUKAN", null],
    ]);
  });

  it("is all or nothing: one realisation that is not submitted refuses the whole call", async () => {
    const o = await submittedPair();
    const draft = await save(o.peer, o.peerIkis[0]!, { value: "3" });
    const before = await snapshot();
    await expect(reviewRealisations({ actor: actorOf(o.kabid), ids: [o.a, o.b, draft.id], decision: "VERIFY", now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await snapshot()).toBe(before);
  });

  it("two saves or two reviews at once: one realisation, one decision", async () => {
    const o = await org();
    const saves = await Promise.allSettled([0, 1, 2].map(() => save(o.staf, o.stafIkis[0]!, { value: "3", submit: true })));
    // Serialised on the IKI row: the first submits, the others find it already submitted.
    expect(saves.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(saves.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["INVALID_STATE", "INVALID_STATE"]);
    expect(await db.ikiRealisation.count()).toBe(1);
    const id = (await db.ikiRealisation.findFirstOrThrow()).id;
    const reviews = await Promise.allSettled([
      reviewRealisations({ actor: actorOf(o.kabid), ids: [id], decision: "VERIFY", now: NOW }),
      reviewRealisations({ actor: actorOf(o.kabid), ids: [id], decision: "RETURN", note: "Mohon dilengkapi buktinya", now: NOW }),
    ]);
    expect(reviews.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.realisationReview.count({ where: { realisationId: id, action: { in: ["VERIFY", "RETURN"] } } })).toBe(1);
  });

  it("refuses a review once the month is locked", async () => {
    const o = await submittedPair();
    const before = await snapshot();
    const afterLock = new Date("2026-04-06T03:00:00Z");
    await expect(reviewRealisations({ actor: actorOf(o.kabid), ids: [o.a], decision: "VERIFY", now: afterLock })).rejects.toMatchObject({ code: "LOCKED" });
    await expect(save(o.staf, o.stafIkis[0]!, { now: afterLock })).rejects.toMatchObject({ code: "LOCKED" });
    expect(await snapshot()).toBe(before);
  });

  it("moves pending realisations to a new supervisor: the former one can no longer verify, the new one can", async () => {
    const o = await submittedPair();
    const { handedOver } = await setSupervisor(actorOf(o.adminOpd), { employeeId: o.staf.employee.id, supervisorId: o.kabid2.employee.id }, NOW);
    expect(handedOver.realisations).toBe(2);
    expect((await db.ikiRealisation.findMany()).map((r) => r.reviewerEmployeeId)).toEqual([o.kabid2.employee.id, o.kabid2.employee.id]);
    await expect(reviewRealisations({ actor: actorOf(o.kabid), ids: [o.a], decision: "VERIFY", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listRealisationQueue(actorOf(o.kabid), { year: YEAR, month: 3 })).toEqual([]);
    expect((await listRealisationQueue(actorOf(o.kabid2), { year: YEAR, month: 3 }))[0]!.realisations).toHaveLength(2);
    await expect(reviewRealisations({ actor: actorOf(o.kabid2), ids: [o.a], decision: "VERIFY", now: NOW })).resolves.toEqual({ count: 1 });
  });

  it("a head of agency's realisation goes to Admin BKD, who verifies it; the Admin OPD cannot", async () => {
    const o = await org();
    const headSkp = await skpInForce(o.head, [{ description: "Indeks SPBE", targets: { 3: "3.5" } }]);
    const saved = await save(o.head, headSkp.ikiIds[0]!, { value: "3,6", submit: true });
    expect((await db.ikiRealisation.findUniqueOrThrow({ where: { id: saved.id } })).reviewerEmployeeId).toBeNull();
    expect(await db.notification.count({ where: { employeeId: o.bkd.employee.id, kind: "REALISATION_SUBMITTED" } })).toBe(1);
    await expect(reviewRealisations({ actor: actorOf(o.adminOpd), ids: [saved.id], decision: "VERIFY", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reviewRealisations({ actor: actorOf(o.bkd), ids: [saved.id], decision: "VERIFY", now: NOW })).resolves.toEqual({ count: 1 });
  });
});

describe("verifiedCapaianOfMonth (the Capaian IKI component, §8.1)", () => {
  it("counts each target of the month: capped capaian when verified, else 0", async () => {
    const o = await org();
    const a = await save(o.staf, o.stafIkis[0]!, { value: "5", submit: true }); // 5 / 4 → 125 → capped 100
    const b = await save(o.staf, o.stafIkis[1]!, { value: "3", submit: true }); // lower is better: 2 / 3 → 66,67
    await reviewRealisations({ actor: actorOf(o.kabid), ids: [a.id, b.id], decision: "VERIFY", now: NOW });
    const peerDraft = await save(o.peer, o.peerIkis[0]!, { value: "3", submit: true }); // submitted, not verified → 0

    const staf = await verifiedCapaianOfMonth(db, { employeeId: o.staf.employee.id, year: YEAR, month: 3 });
    expect(staf.targetCount).toBe(2); // the June-only IKI has no target in March
    expect(staf.targets.map((t) => [t.ikiId, t.status, t.target])).toEqual([
      [o.stafIkis[0], "TERVERIFIKASI", "4.0000"],
      [o.stafIkis[1], "TERVERIFIKASI", "2.0000"],
    ]);
    expect(compare(staf.targets[0]!.capped, fraction(100n))).toBe(0);
    expect(compare(staf.targets[1]!.capped, fraction(200n, 3n))).toBe(0);
    expect(compare(staf.mean!, fraction(250n, 3n))).toBe(0); // (100 + 66⅔) / 2

    const many = await verifiedCapaianOfMonths(db, { employeeIds: [o.staf.employee.id, o.peer.employee.id, o.kabid.employee.id], year: YEAR, month: 3 });
    const peer = many.get(o.peer.employee.id)!;
    expect(peer.targets.map((t) => [t.realisationId, t.status])).toEqual([[peerDraft.id, "DIAJUKAN"]]);
    expect(compare(peer.mean!, fraction(0n))).toBe(0);
    expect(many.get(o.kabid.employee.id)).toMatchObject({ targetCount: 0, mean: null }); // no SKP: no basis
    expect(compare(many.get(o.staf.employee.id)!.mean!, staf.mean!)).toBe(0);
    // Another month: the IKI with a target in April has no realisation → 0 for a basis of one.
    const april = await verifiedCapaianOfMonth(db, { employeeId: o.staf.employee.id, year: YEAR, month: 4 });
    expect(april).toMatchObject({ targetCount: 1 });
    expect(compare(april.mean!, fraction(0n))).toBe(0);
  });

  it("after a revision, a realisation entered against the earlier IKI counts for its copy and is edited, not duplicated", async () => {
    const o = await org();
    const saved = await save(o.staf, o.stafIkis[0]!, { value: "2", submit: true });
    await reviewRealisations({ actor: actorOf(o.kabid), ids: [saved.id], decision: "VERIFY", now: NOW });
    const revised = await skpInForce(o.staf, [{ description: "Jumlah modul aplikasi yang selesai", targets: { 3: "4", 5: "4" }, copiedFromId: o.stafIkis[0] }], {
      existingSkpId: o.stafSkp.skpId,
      number: 2,
    });
    const result = await verifiedCapaianOfMonth(db, { employeeId: o.staf.employee.id, year: YEAR, month: 3 });
    expect(result.targets.map((t) => [t.ikiId, t.realisationId])).toEqual([[revised.ikiIds[0], saved.id]]);
    expect(compare(result.mean!, fraction(50n))).toBe(0);
    const month = await listOwnMonth(actorOf(o.staf), { year: YEAR, month: 3, now: NOW });
    expect(month.items.map((i) => [i.ikiId, i.realisation?.id, i.capaian?.percentText])).toEqual([[revised.ikiIds[0], saved.id, "50,00"]]);
    // Still verified, so still unchangeable through the copy.
    await expect(save(o.staf, revised.ikiIds[0]!, { value: "4" })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db.ikiRealisation.count()).toBe(1);
  });
});
