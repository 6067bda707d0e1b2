import { beforeEach, describe, expect, it } from "vitest";
import { setSupervisor } from "@/lib/server/admin/employees/set-supervisor";
import { getOwnSkp, getSkpVersion, listSkpApprovalQueue } from "@/lib/server/skp/queries";
import { reviewSkp } from "@/lib/server/skp/review-skp";
import { saveSkpDraft } from "@/lib/server/skp/save-draft";
import { startRevision } from "@/lib/server/skp/start-revision";
import { startSkp } from "@/lib/server/skp/start-skp";
import { submitSkp } from "@/lib/server/skp/submit-skp";
import type { SkpDocumentInput } from "@/lib/domain/skp/document";
import { actorOf } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";
import { useSmtpSink } from "../support/mail-sink";

const mail = useSmtpSink();
beforeEach(resetDatabase);

const YEAR = 2026;
const NOW = new Date("2026-03-10T03:00:00Z"); // January and February 2026 are locked by then.

/** head ← kabid ← staf, a peer of staf, an Admin OPD, and an Admin BKD in another agency. */
async function org() {
  const agency = await createAgency();
  const other = await createAgency();
  const head = await createPerson(agency, { employee: { name: "Kepala Dinas", email: "kadis@example.go.id" } });
  const kabid = await createPerson(agency, { supervisorId: head.employee.id, employee: { name: "Kepala Bidang", email: "kabid@example.go.id" } });
  const kabid2 = await createPerson(agency, { supervisorId: head.employee.id, employee: { name: "Kepala Bidang Dua" } });
  const staf = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Staf Pelaksana", email: "staf@example.go.id" } });
  const peer = await createPerson(agency, { supervisorId: kabid.employee.id, employee: { name: "Rekan Kerja" } });
  const adminOpd = await createPerson(agency, { role: "ADMIN_OPD", employee: { name: "Admin OPD" } });
  const otherAdmin = await createPerson(other, { role: "ADMIN_OPD", employee: { name: "Admin OPD Lain" } });
  const bkd = await createPerson(other, { role: "ADMIN_BKD", employee: { name: "Admin BKD", email: "bkd@example.go.id" } });
  return { agency, head, kabid, kabid2, staf, peer, adminOpd, otherAdmin, bkd };
}

const iki = (description: string, targets: Record<string, string>) => ({ description, aspect: "KUANTITAS" as const, unit: "dokumen", polarity: "MAKIN_TINGGI" as const, targets });

/** A complete SKP: one UTAMA and one TAMBAHAN RHK with IKI and targets. */
function docFor(parentRhkId: number | null = null): SkpDocumentInput {
  return {
    rhks: [
      { kind: "UTAMA", description: "Tersusunnya aplikasi layanan perizinan daring", parentRhkId, ikis: [iki("Jumlah modul aplikasi yang selesai", { "1": "1", "3": "2", "4": "2" })] },
      { kind: "TAMBAHAN", description: "Terlaksananya pendampingan teknis perangkat daerah", ikis: [iki("Jumlah pendampingan", { "3": "4" })] },
    ],
  };
}

async function approvedSkp(owner: { employee: { id: number; nip: string; opdId: number }; user: { id: number; role: "PEGAWAI" | "ADMIN_OPD" | "ADMIN_BKD" } }, approver: typeof owner, document: SkpDocumentInput = docFor()) {
  await startSkp({ actor: actorOf(owner), year: YEAR, now: NOW });
  const skp = await getOwnSkp(actorOf(owner), YEAR);
  await saveSkpDraft({ actor: actorOf(owner), versionId: skp!.open!.id, document, now: NOW });
  await submitSkp({ actor: actorOf(owner), versionId: skp!.open!.id, now: NOW });
  await reviewSkp({ actor: actorOf(approver), versionId: skp!.open!.id, decision: "APPROVE", now: NOW });
  return skp!.open!.id;
}

async function draftOf(person: Parameters<typeof approvedSkp>[0], document: SkpDocumentInput = docFor()) {
  await startSkp({ actor: actorOf(person), year: YEAR, now: NOW });
  const versionId = (await getOwnSkp(actorOf(person), YEAR))!.open!.id;
  const saved = await saveSkpDraft({ actor: actorOf(person), versionId, document, now: NOW });
  return { versionId, saved };
}

describe("drafting", () => {
  it("starts once per year even when asked twice at once, and keeps what was typed", async () => {
    const o = await org();
    const results = await Promise.all([0, 1, 2].map(() => startSkp({ actor: actorOf(o.staf), year: YEAR, now: NOW })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.skpVersion.count()).toBe(1);
    const { versionId, saved } = await draftOf(o.staf);
    expect(saved).toMatchObject({ saved: true, changed: true, errors: {} });
    const detail = await getSkpVersion(actorOf(o.staf), versionId);
    expect(detail.rhks.map((r) => r.kind)).toEqual(["UTAMA", "TAMBAHAN"]);
    expect(detail.rhks[0]!.ikis[0]!.targets).toEqual([{ month: 1, value: "1" }, { month: 3, value: "2" }, { month: 4, value: "2" }]);
    // The same content again changes nothing and writes no audit row.
    const audits = await db.auditLog.count();
    expect((await saveSkpDraft({ actor: actorOf(o.staf), versionId, document: docFor(), now: NOW })).changed).toBe(false);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("stores the valid part of a draft and reports a negative or non-numeric target by its field", async () => {
    const o = await org();
    const document = docFor();
    document.rhks![0]!.ikis![0]!.targets = { "1": "-3", "2": "abc", "3": "4,5" };
    const { versionId, saved } = await draftOf(o.staf, document);
    expect(saved.errors["rhks.0.ikis.0.targets.1"]).toEqual(["Januari: Target tidak boleh negatif."]);
    expect(saved.errors["rhks.0.ikis.0.targets.2"]).toEqual(["Februari: Target harus berupa angka, misalnya 12 atau 4,5."]);
    const detail = await getSkpVersion(actorOf(o.staf), versionId);
    expect(detail.rhks[0]!.ikis[0]!.targets).toEqual([{ month: 3, value: "4.5" }]);
  });

  it("refuses a cascaded parent that is not an RHK of the supervisor's SKP in force", async () => {
    const o = await org();
    await approvedSkp(o.kabid2, o.head); // a peer of the supervisor, not the supervisor
    const foreign = await db.rhk.findFirstOrThrow({ where: { skpVersion: { skp: { employeeId: o.kabid2.employee.id } } } });
    const { versionId, saved } = await draftOf(o.staf, docFor(foreign.id));
    expect(saved.errors["rhks.0.parentRhkId"]?.[0]).toMatch(/atasan langsung/);
    expect((await getSkpVersion(actorOf(o.staf), versionId)).rhks[0]!.parent).toBeNull();
  });

  it("only the owner edits, and only while DRAFT or DIKEMBALIKAN", async () => {
    const o = await org();
    const { versionId } = await draftOf(o.staf);
    for (const someone of [o.kabid, o.peer, o.adminOpd, o.bkd]) {
      await expect(saveSkpDraft({ actor: actorOf(someone), versionId, document: { rhks: [] }, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await submitSkp({ actor: actorOf(o.staf), versionId, now: NOW });
    await expect(saveSkpDraft({ actor: actorOf(o.staf), versionId, document: { rhks: [] }, now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await getSkpVersion(actorOf(o.staf), versionId)).rhks).toHaveLength(2);
  });
});

describe("submitting", () => {
  it.each([
    ["an empty SKP", { rhks: [] }, /SKP masih kosong/],
    ["no RHK UTAMA", { rhks: [{ kind: "TAMBAHAN", description: "Terlaksananya pendampingan teknis", ikis: [iki("Jumlah pendampingan", { "3": "1" })] }] }, /RHK Utama/],
    ["an RHK without IKI", { rhks: [{ kind: "UTAMA", description: "Tersusunnya aplikasi layanan", ikis: [] }] }, /paling sedikit satu IKI/],
    ["an IKI without target", { rhks: [{ kind: "UTAMA", description: "Tersusunnya aplikasi layanan", ikis: [iki("Jumlah modul", {})] }] }, /target untuk paling sedikit satu bulan/],
  ] as const)("refuses %s with a clear message and changes nothing", async (_label, document, message) => {
    const o = await org();
    const { versionId } = await draftOf(o.staf, document as unknown as SkpDocumentInput);
    const audits = await db.auditLog.count();
    await expect(submitSkp({ actor: actorOf(o.staf), versionId, now: NOW })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(message) });
    expect((await db.skpVersion.findUniqueOrThrow({ where: { id: versionId } })).status).toBe("DRAFT");
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("goes to the supervisor's queue and mails them; a head of agency's goes to Admin BKD", async () => {
    const o = await org();
    const { versionId } = await draftOf(o.staf);
    await submitSkp({ actor: actorOf(o.staf), versionId, now: NOW });
    expect((await listSkpApprovalQueue(actorOf(o.kabid))).map((q) => q.versionId)).toEqual([versionId]);
    expect(await listSkpApprovalQueue(actorOf(o.peer))).toEqual([]);
    expect(await listSkpApprovalQueue(actorOf(o.head))).toEqual([]);
    expect(mail.messages().map((m) => m.envelopeTo[0])).toEqual(["kabid@example.go.id"]);
    expect(await db.notification.count({ where: { employeeId: o.kabid.employee.id, kind: "SKP_SUBMITTED" } })).toBe(1);

    const head = await draftOf(o.head);
    await submitSkp({ actor: actorOf(o.head), versionId: head.versionId, now: NOW });
    expect((await listSkpApprovalQueue(actorOf(o.bkd))).map((q) => q.versionId)).toEqual([head.versionId]);
    expect(await listSkpApprovalQueue(actorOf(o.adminOpd))).toEqual([]);
    expect(mail.messages().map((m) => m.envelopeTo[0])).toContain("bkd@example.go.id");
  });
});

describe("reviewing", () => {
  it("only the current direct supervisor approves: a peer, an admin of another agency, the owner and a former supervisor are refused", async () => {
    const o = await org();
    const { versionId } = await draftOf(o.staf);
    await submitSkp({ actor: actorOf(o.staf), versionId, now: NOW });
    for (const someone of [o.peer, o.otherAdmin, o.adminOpd, o.bkd, o.head, o.staf]) {
      await expect(reviewSkp({ actor: actorOf(someone), versionId, decision: "APPROVE", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // The supervisor changes: the pending SKP moves to the new one, the former can no longer decide.
    await setSupervisor(actorOf(o.adminOpd), { employeeId: o.staf.employee.id, supervisorId: o.kabid2.employee.id });
    expect((await db.skpVersion.findUniqueOrThrow({ where: { id: versionId } })).approverEmployeeId).toBe(o.kabid2.employee.id);
    expect(await listSkpApprovalQueue(actorOf(o.kabid))).toEqual([]);
    expect((await listSkpApprovalQueue(actorOf(o.kabid2))).map((q) => q.versionId)).toEqual([versionId]);
    await expect(reviewSkp({ actor: actorOf(o.kabid), versionId, decision: "APPROVE", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await reviewSkp({ actor: actorOf(o.kabid2), versionId, decision: "APPROVE", now: NOW });
    const skp = await getOwnSkp(actorOf(o.staf), YEAR);
    expect(skp!.inForce!.id).toBe(versionId);
  });

  it("returning needs a note; the employee fixes and resubmits; every transition is reviewed and audited", async () => {
    const o = await org();
    const { versionId } = await draftOf(o.staf);
    await submitSkp({ actor: actorOf(o.staf), versionId, now: NOW });
    await expect(reviewSkp({ actor: actorOf(o.kabid), versionId, decision: "RETURN", note: "  ", now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await db.skpVersion.findUniqueOrThrow({ where: { id: versionId } })).status).toBe("DIAJUKAN");
    await reviewSkp({ actor: actorOf(o.kabid), versionId, decision: "RETURN", note: "Target Maret terlalu rendah, naikkan.", now: NOW });
    expect(mail.messages().at(-1)!.text).toContain("Target Maret terlalu rendah");
    const doc = docFor();
    doc.rhks![0]!.ikis![0]!.targets = { "3": "5" };
    await saveSkpDraft({ actor: actorOf(o.staf), versionId, document: doc, now: NOW });
    await submitSkp({ actor: actorOf(o.staf), versionId, now: NOW });
    await reviewSkp({ actor: actorOf(o.kabid), versionId, decision: "APPROVE", now: NOW });
    // Approved: nobody edits it any more, the owner neither.
    await expect(saveSkpDraft({ actor: actorOf(o.staf), versionId, document: doc, now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });

    const skp = await getOwnSkp(actorOf(o.staf), YEAR);
    expect(skp!.reviews.map((r) => r.action).reverse()).toEqual(["SUBMIT", "RETURN", "SUBMIT", "APPROVE"]);
    expect(skp!.reviews.find((r) => r.action === "RETURN")!.note).toBe("Target Maret terlalu rendah, naikkan.");
    const actions = (await db.auditLog.findMany({ where: { targetType: "SkpVersion" }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["skp.create", "skp.draft_saved", "skp.submit", "skp.return", "skp.draft_saved", "skp.submit", "skp.approve"]);
    expect(await db.notification.count({ where: { employeeId: o.staf.employee.id, kind: { in: ["SKP_RETURNED", "SKP_APPROVED"] } } })).toBe(2);
  });

  it("Admin BKD approves a head of agency's SKP, but not their own", async () => {
    const o = await org();
    await approvedSkp(o.head, o.bkd);
    expect((await getOwnSkp(actorOf(o.head), YEAR))!.inForce).not.toBeNull();
    // An Admin BKD who heads an agency does not approve their own SKP.
    await db.employee.update({ where: { id: o.bkd.employee.id }, data: { supervisorId: null } });
    const own = await draftOf(o.bkd);
    await submitSkp({ actor: actorOf(o.bkd), versionId: own.versionId, now: NOW });
    await expect(reviewSkp({ actor: actorOf(o.bkd), versionId: own.versionId, decision: "APPROVE", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("revision", () => {
  it("copies the version in force, which stays in force until the revision is approved", async () => {
    const o = await org();
    const kabidRhk = await approvedSkp(o.kabid, o.head).then(() => db.rhk.findFirstOrThrow({ where: { skpVersion: { skp: { employeeId: o.kabid.employee.id } }, kind: "UTAMA" } }));
    const v1 = await approvedSkp(o.staf, o.kabid, docFor(kabidRhk.id));
    const { versionId: v2 } = await startRevision({ actor: actorOf(o.staf), year: YEAR, now: NOW });
    await expect(startRevision({ actor: actorOf(o.staf), year: YEAR, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });

    const copy = await getSkpVersion(actorOf(o.staf), v2);
    expect(copy.rhks[0]!.parent?.id).toBe(kabidRhk.id);
    const doc: SkpDocumentInput = {
      rhks: copy.rhks.map((r) => ({
        kind: r.kind,
        description: r.description,
        parentRhkId: r.parent?.id ?? null,
        copiedFromId: r.copiedFromId,
        ikis: r.ikis.map((i) => ({ ...i, evidenceExpected: i.evidenceExpected ?? "", targets: Object.fromEntries(i.targets.map((t) => [String(t.month), t.value])) })),
      })),
    };
    doc.rhks![0]!.ikis![0]!.targets!["4"] = "7"; // April is open
    await saveSkpDraft({ actor: actorOf(o.staf), versionId: v2, document: doc, now: NOW });
    await submitSkp({ actor: actorOf(o.staf), versionId: v2, now: NOW });
    expect((await getOwnSkp(actorOf(o.staf), YEAR))!.inForce!.id).toBe(v1);
    await reviewSkp({ actor: actorOf(o.kabid), versionId: v2, decision: "APPROVE", now: NOW });
    const after = await getOwnSkp(actorOf(o.staf), YEAR);
    expect(after!.inForce!.id).toBe(v2);
    expect(after!.versions.map((v) => [v.number, v.status, v.inForce])).toEqual([[2, "DISETUJUI", true], [1, "DISETUJUI", false]]);
    // The old version is untouched, so what was entered against it keeps pointing at it.
    expect((await getSkpVersion(actorOf(o.staf), v1)).rhks[0]!.ikis[0]!.targets.find((t) => t.month === 4)!.value).toBe("2");
  });

  it("a locked month cannot lose or change its target", async () => {
    const o = await org();
    await approvedSkp(o.staf, o.kabid);
    const { versionId } = await startRevision({ actor: actorOf(o.staf), year: YEAR, now: NOW });
    const copy = await getSkpVersion(actorOf(o.staf), versionId);
    const doc = (targets: Record<string, string>): SkpDocumentInput => ({
      rhks: copy.rhks.map((r, index) => ({
        kind: r.kind,
        description: r.description,
        copiedFromId: r.copiedFromId,
        ikis: r.ikis.map((i) => ({ ...i, evidenceExpected: "", targets: index === 0 ? targets : Object.fromEntries(i.targets.map((t) => [String(t.month), t.value])) })),
      })),
    });
    // January 2026 is locked on 10 March: dropping or changing its target is refused whole.
    await expect(saveSkpDraft({ actor: actorOf(o.staf), versionId, document: doc({ "3": "2", "4": "2" }), now: NOW })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/Januari 2026.*dikunci/) });
    await expect(saveSkpDraft({ actor: actorOf(o.staf), versionId, document: doc({ "1": "3", "3": "2" }), now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
    // Removing the whole RHK would lose it too.
    await expect(saveSkpDraft({ actor: actorOf(o.staf), versionId, document: { rhks: doc({}).rhks!.slice(1) }, now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
    // An open month may change; "1.0" is the same target as "1".
    expect((await saveSkpDraft({ actor: actorOf(o.staf), versionId, document: doc({ "1": "1,0", "3": "9" }), now: NOW })).saved).toBe(true);
  });
});

describe("reading", () => {
  it("the owner, the supervisor and admins of the agency read an SKP; others find nothing", async () => {
    const o = await org();
    const { versionId } = await draftOf(o.staf);
    for (const reader of [o.staf, o.kabid, o.adminOpd, o.bkd]) {
      expect((await getSkpVersion(actorOf(reader), versionId)).id).toBe(versionId);
    }
    for (const stranger of [o.peer, o.otherAdmin, o.head]) {
      await expect(getSkpVersion(actorOf(stranger), versionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
