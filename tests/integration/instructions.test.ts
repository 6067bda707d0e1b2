import { beforeEach, describe, expect, it } from "vitest";
import { cancelInstruction } from "@/lib/server/instructions/cancel-instruction";
import { subordinatesInChain, unitsInChain } from "@/lib/server/instructions/chain";
import { issueInstruction } from "@/lib/server/instructions/issue-instruction";
import { markInstructionDone } from "@/lib/server/instructions/mark-instruction-done";
import { getInstruction, listIssuedInstructions, listReceivedInstructions } from "@/lib/server/instructions/queries";
import { actorOf } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase, type Agency } from "../support/db";
import { useSmtpSink } from "../support/mail-sink";

const mail = useSmtpSink();
beforeEach(resetDatabase);

const NOW = new Date("2026-03-10T03:00:00Z"); // 10 Maret 2026 10.00 WIB
const DEADLINE = new Date("2026-03-12T09:00:00Z"); // 12 Maret 2026 16.00 WIB
const BASE = { title: "Siapkan paparan rapat", description: "Siapkan bahan paparan untuk rapat koordinasi pimpinan.", deadline: DEADLINE, now: NOW };

/**
 * head ← kabid ← kasi ← staf (+ staf2 under kasi), kasi2 a peer of kasi under kabid, a former
 * employee under kasi, an Admin OPD, someone of another agency. Units: bidang ⊃ seksi.
 */
async function org() {
  const agency = await createAgency();
  const other = await createAgency();
  const bidang = await db.unit.create({ data: { opdId: agency.opd.id, name: "Bidang Aplikasi" } });
  const seksi = await db.unit.create({ data: { opdId: agency.opd.id, name: "Seksi Pengembangan", parentId: bidang.id } });
  const inUnit = (unitId: number): Agency => ({ ...agency, unit: { ...agency.unit, id: unitId } });
  const head = await createPerson(agency, { employee: { name: "Kepala Dinas" } });
  const kabid = await createPerson(inUnit(bidang.id), { supervisorId: head.employee.id, employee: { name: "Kepala Bidang", email: "kabid@example.go.id" } });
  const kasi = await createPerson(inUnit(seksi.id), { supervisorId: kabid.employee.id, employee: { name: "Kepala Seksi", email: "kasi@example.go.id" } });
  const kasi2 = await createPerson(inUnit(bidang.id), { supervisorId: kabid.employee.id, employee: { name: "Kepala Seksi Dua" } });
  const staf = await createPerson(inUnit(seksi.id), { supervisorId: kasi.employee.id, employee: { name: "Staf Satu", email: "staf@example.go.id" } });
  const staf2 = await createPerson(inUnit(seksi.id), { supervisorId: kasi.employee.id, employee: { name: "Staf Dua", email: "staf2@example.go.id" } });
  const former = await createPerson(inUnit(seksi.id), { supervisorId: kasi.employee.id, employee: { name: "Sudah Pensiun", endDate: new Date("2026-01-31") } });
  const adminOpd = await createPerson(agency, { role: "ADMIN_OPD", employee: { name: "Admin OPD" } });
  const stranger = await createPerson(other, { employee: { name: "Pegawai Lain" } });
  return { agency, bidang, seksi, head, kabid, kasi, kasi2, staf, staf2, former, adminOpd, stranger };
}

async function written() {
  return { instructions: await db.instruction.count(), recipients: await db.instructionRecipient.count(), audits: await db.auditLog.count(), notifications: await db.notification.count() };
}

describe("issuing", () => {
  it.each([
    ["a peer", (o: Awaited<ReturnType<typeof org>>) => o.kasi2],
    ["the leader's own supervisor", (o: Awaited<ReturnType<typeof org>>) => o.kabid],
    ["someone of another agency", (o: Awaited<ReturnType<typeof org>>) => o.stranger],
    ["the leader themself", (o: Awaited<ReturnType<typeof org>>) => o.kasi],
    ["a former subordinate", (o: Awaited<ReturnType<typeof org>>) => o.former],
  ])("refuses %s, naming them by NIP, and writes nothing", async (_label, pick) => {
    const o = await org();
    const outsider = pick(o);
    const before = await written();
    const call = issueInstruction({ ...BASE, actor: actorOf(o.kasi), recipientEmployeeIds: [o.staf.employee.id, outsider.employee.id] });
    await expect(call).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(call).rejects.toThrow(new RegExp(`NIP ${outsider.employee.nip}`));
    expect(await written()).toEqual(before);
    expect(mail.messages()).toHaveLength(0);
  });

  it("gives an Admin OPD no reach beyond their own chain", async () => {
    const o = await org();
    await expect(issueInstruction({ ...BASE, actor: actorOf(o.adminOpd), recipientEmployeeIds: [o.staf.employee.id] })).rejects.toThrow(new RegExp(`NIP ${o.staf.employee.nip}`));
    await expect(issueInstruction({ ...BASE, actor: actorOf(o.adminOpd), unitId: o.seksi.id })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.instruction.count()).toBe(0);
  });

  it("refuses bad input with messages by field and writes nothing", async () => {
    const o = await org();
    const call = issueInstruction({ actor: actorOf(o.kasi), title: "Abc", description: "pendek", deadline: new Date(NOW.getTime() - 60_000), recipientEmployeeIds: [], now: NOW });
    await expect(call).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { title: [expect.stringMatching(/5 karakter/)], description: [expect.any(String)], deadline: [expect.stringMatching(/sudah lewat/)], recipients: [expect.any(String)] } });
    expect(await written()).toEqual({ instructions: 0, recipients: 0, audits: 0, notifications: 0 });
  });

  it("reaches grand-subordinates down the whole chain, audits, and notifies each recipient (e-mail per preference)", async () => {
    const o = await org();
    await db.employee.update({ where: { id: o.staf2.employee.id }, data: { emailNotifications: [] } });
    const { instructionId, recipientCount } = await issueInstruction({ ...BASE, actor: actorOf(o.kabid), recipientEmployeeIds: [o.staf.employee.id, o.staf2.employee.id, o.kasi.employee.id] });
    expect(recipientCount).toBe(3);
    const rows = await db.instructionRecipient.findMany({ where: { instructionId }, orderBy: { employeeId: "asc" } });
    expect(rows.map((r) => [r.employeeId, r.status])).toEqual([[o.kasi.employee.id, "PENDING"], [o.staf.employee.id, "PENDING"], [o.staf2.employee.id, "PENDING"]]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "instruction.issue" } });
    expect(audit).toMatchObject({ actorUserId: o.kabid.user.id, targetType: "Instruction", targetId: String(instructionId) });
    expect(audit.after).toMatchObject({ recipientEmployeeIds: [o.kasi.employee.id, o.staf.employee.id, o.staf2.employee.id] });
    const notes = await db.notification.findMany({ where: { kind: "INSTRUCTION_RECEIVED" }, orderBy: { employeeId: "asc" } });
    expect(notes.map((n) => [n.employeeId, n.link])).toEqual([o.kasi.employee.id, o.staf.employee.id, o.staf2.employee.id].map((id) => [id, `/instruksi/${instructionId}`]));
    expect(notes.filter((n) => n.emailedAt).map((n) => n.employeeId).sort()).toEqual([o.kasi.employee.id, o.staf.employee.id].sort());
    const mails = mail.messages();
    expect(mails.map((m) => m.envelopeTo[0]).sort()).toEqual(["kasi@example.go.id", "staf@example.go.id"]);
    expect(mails[0]!.subject).toBe("Instruksi khusus: Siapkan paparan rapat");
    expect(mails[0]!.text).toContain("12 Maret 2026 pukul 16.00 WIB");
  });

  it("to a unit: its current employees below the leader; with sub-units on request; a unit with nobody below is refused", async () => {
    const o = await org();
    // Bidang alone: kabid is not below themself, kasi2 is below; kasi and staf sit in the sub-unit.
    const bidangOnly = await issueInstruction({ ...BASE, actor: actorOf(o.kabid), unitId: o.bidang.id });
    expect((await db.instructionRecipient.findMany({ where: { instructionId: bidangOnly.instructionId } })).map((r) => r.employeeId)).toEqual([o.kasi2.employee.id]);
    const withSub = await issueInstruction({ ...BASE, actor: actorOf(o.kabid), unitId: o.bidang.id, includeSubunits: true });
    const ids = (await db.instructionRecipient.findMany({ where: { instructionId: withSub.instructionId } })).map((r) => r.employeeId).sort((a, b) => a - b);
    expect(ids).toEqual([o.kasi.employee.id, o.kasi2.employee.id, o.staf.employee.id, o.staf2.employee.id].sort((a, b) => a - b)); // not the former employee
    expect((await db.instruction.findUniqueOrThrow({ where: { id: withSub.instructionId } })).targetUnitId).toBe(o.bidang.id);

    // Kasi's own unit holds kasi's people; the bidang holds only kasi2 (not below kasi) → refused.
    const before = await written();
    await expect(issueInstruction({ ...BASE, actor: actorOf(o.kasi), unitId: o.bidang.id })).rejects.toThrow(/Tidak ada pegawai di bawah Anda di unit Bidang Aplikasi/);
    await expect(issueInstruction({ ...BASE, actor: actorOf(o.staf), unitId: o.seksi.id })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(issueInstruction({ ...BASE, actor: actorOf(o.kasi), unitId: 999_999 })).rejects.toThrow(/Unit kerja tidak ditemukan/);
    expect(await written()).toEqual(before);
  });

  it("offers the chain and its units to the issue form", async () => {
    const o = await org();
    const people = await subordinatesInChain(actorOf(o.kabid), NOW);
    expect(people.map((p) => p.nip).sort()).toEqual([o.kasi, o.kasi2, o.staf, o.staf2].map((p) => p.employee.nip).sort());
    const units = await unitsInChain(actorOf(o.kabid), NOW);
    expect(units.find((u) => u.id === o.bidang.id)).toMatchObject({ direct: 1, withSubunits: 4 });
    expect(units.find((u) => u.id === o.seksi.id)).toMatchObject({ direct: 3, withSubunits: 3 });
    expect(await subordinatesInChain(actorOf(o.staf), NOW)).toEqual([]);
  });
});

describe("marking done", () => {
  it("is the recipient's alone; late done shows as Selesai terlambat; the issuer is notified", async () => {
    const o = await org();
    await db.employee.update({ where: { id: o.kasi.employee.id }, data: { emailNotifications: ["INSTRUCTION_DONE"] } });
    const { instructionId } = await issueInstruction({ ...BASE, actor: actorOf(o.kasi), recipientEmployeeIds: [o.staf.employee.id, o.staf2.employee.id] });
    const sentBefore = mail.messages().length;
    const before = await written();
    for (const someone of [o.kasi, o.kabid, o.kasi2, o.adminOpd]) {
      await expect(markInstructionDone({ actor: actorOf(someone), instructionId, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await written()).toEqual(before);

    await markInstructionDone({ actor: actorOf(o.staf), instructionId, note: "Paparan sudah dikirim.", now: NOW });
    const lateAt = new Date(DEADLINE.getTime() + 60_000);
    expect(await markInstructionDone({ actor: actorOf(o.staf2), instructionId, now: lateAt })).toMatchObject({ late: true });
    await expect(markInstructionDone({ actor: actorOf(o.staf), instructionId, now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });

    const detail = await getInstruction(actorOf(o.kasi), instructionId, lateAt);
    expect(detail.viewer).toBe("ISSUER");
    // By name: "Staf Dua" before "Staf Satu".
    expect(detail.recipients.map((r) => [r.employee.nip, r.state, r.note])).toEqual([
      [o.staf2.employee.nip, "SELESAI_TERLAMBAT", null],
      [o.staf.employee.nip, "SELESAI", "Paparan sudah dikirim."],
    ]);
    const done = await db.notification.findMany({ where: { kind: "INSTRUCTION_DONE" }, orderBy: { id: "asc" } });
    expect(done.map((n) => n.employeeId)).toEqual([o.kasi.employee.id, o.kasi.employee.id]);
    expect(done[1]!.body).toContain("terlambat");
    expect(mail.messages().slice(sentBefore).map((m) => m.envelopeTo[0])).toEqual(["kasi@example.go.id", "kasi@example.go.id"]);
    expect(await db.auditLog.count({ where: { action: "instruction.done" } })).toBe(2);
  });

  it("attaches only the recipient's own unattached evidence, all or nothing, at most five", async () => {
    const o = await org();
    const { instructionId } = await issueInstruction({ ...BASE, actor: actorOf(o.kasi), recipientEmployeeIds: [o.staf.employee.id] });
    const file = (owner: number, n: number) =>
      db.evidenceFile.create({ data: { ownerEmployeeId: owner, storageKey: `k-${owner}-${n}`, originalName: "bukti.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "a".repeat(64) } });
    const mine = await file(o.staf.employee.id, 1);
    const theirs = await file(o.staf2.employee.id, 2);
    await expect(markInstructionDone({ actor: actorOf(o.staf), instructionId, evidenceIds: [mine.id, theirs.id], now: NOW })).rejects.toThrow(/tidak ditemukan atau sudah dipakai/);
    await expect(markInstructionDone({ actor: actorOf(o.staf), instructionId, evidenceIds: [1, 2, 3, 4, 5, 6], now: NOW })).rejects.toThrow(/paling banyak 5/);
    const row = await db.instructionRecipient.findFirstOrThrow({ where: { instructionId } });
    expect(row.status).toBe("PENDING");
    expect((await db.evidenceFile.findUniqueOrThrow({ where: { id: mine.id } })).instructionRecipientId).toBeNull();

    await markInstructionDone({ actor: actorOf(o.staf), instructionId, evidenceIds: [mine.id], now: NOW });
    expect((await db.evidenceFile.findUniqueOrThrow({ where: { id: mine.id } })).instructionRecipientId).toBe(row.id);
    expect((await getInstruction(actorOf(o.kasi), instructionId, NOW)).recipients[0]!.evidenceCount).toBe(1);
  });
});

describe("cancelling", () => {
  it("by the issuer only; audited; recipients notified; no longer open; cannot be marked done", async () => {
    const o = await org();
    const { instructionId } = await issueInstruction({ ...BASE, actor: actorOf(o.kasi), recipientEmployeeIds: [o.staf.employee.id] });
    expect(await listReceivedInstructions(db, { employeeId: o.staf.employee.id, openOnly: true })).toHaveLength(1);
    const sentBefore = mail.messages().length;
    await expect(cancelInstruction({ actor: actorOf(o.kabid), instructionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelInstruction({ actor: actorOf(o.staf), instructionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.instruction.findUniqueOrThrow({ where: { id: instructionId } })).cancelledAt).toBeNull();

    await cancelInstruction({ actor: actorOf(o.kasi), instructionId, now: NOW });
    expect((await db.instruction.findUniqueOrThrow({ where: { id: instructionId } })).cancelledAt).toEqual(NOW);
    expect(await db.auditLog.count({ where: { action: "instruction.cancel", targetId: String(instructionId) } })).toBe(1);
    expect(mail.messages().slice(sentBefore).map((m) => [m.envelopeTo[0], m.subject])).toEqual([["staf@example.go.id", "Instruksi khusus dibatalkan: Siapkan paparan rapat"]]);
    await expect(cancelInstruction({ actor: actorOf(o.kasi), instructionId, now: NOW })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(markInstructionDone({ actor: actorOf(o.staf), instructionId, now: NOW })).rejects.toThrow(/dibatalkan/);
    expect(await listReceivedInstructions(db, { employeeId: o.staf.employee.id, openOnly: true })).toEqual([]);
    expect(await listReceivedInstructions(db, { employeeId: o.staf.employee.id, openOnly: false })).toHaveLength(1);
  });
});

describe("reading", () => {
  it("issuer, recipients and Admin OPD of the agency only; counts per state; activity minutes by status", async () => {
    const o = await org();
    const { instructionId } = await issueInstruction({ ...BASE, actor: actorOf(o.kasi), recipientEmployeeIds: [o.staf.employee.id, o.staf2.employee.id] });
    const activity = (employeeId: number, startMinute: number, endMinute: number, status: "DRAFT" | "DIAJUKAN" | "DISETUJUI") =>
      db.activity.create({ data: { employeeId, date: new Date("2026-03-10"), startMinute, endMinute, instructionId, description: "Menyusun paparan rapat", outputQuantity: 1, outputUnit: "dokumen", status } });
    await activity(o.staf.employee.id, 480, 540, "DISETUJUI");
    await activity(o.staf.employee.id, 540, 570, "DISETUJUI");
    await activity(o.staf.employee.id, 600, 645, "DIAJUKAN");
    await markInstructionDone({ actor: actorOf(o.staf), instructionId, now: NOW });

    for (const outsider of [o.kabid, o.kasi2, o.stranger]) {
      await expect(getInstruction(actorOf(outsider), instructionId, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await getInstruction(actorOf(o.adminOpd), instructionId, NOW)).viewer).toBe("ADMIN");

    const issuerView = await getInstruction(actorOf(o.kasi), instructionId, NOW);
    const staf = issuerView.recipients.find((r) => r.employee.id === o.staf.employee.id)!;
    expect(staf.minutes).toEqual({ DRAFT: 0, DIAJUKAN: 45, DISETUJUI: 90, DITOLAK: 0 });
    expect(issuerView.counts).toEqual({ SELESAI: 1, SELESAI_TERLAMBAT: 0, TERLAMBAT: 0, BERJALAN: 1 });

    const recipientView = await getInstruction(actorOf(o.staf), instructionId, NOW);
    expect(recipientView.viewer).toBe("RECIPIENT");
    expect(recipientView.recipients.map((r) => r.employee.id)).toEqual([o.staf.employee.id]);
    expect(recipientView.ownActivities).toHaveLength(3);

    const issued = await listIssuedInstructions(actorOf(o.kasi), new Date(DEADLINE.getTime() + 1));
    expect(issued).toHaveLength(1);
    expect(issued[0]!.counts).toEqual({ SELESAI: 1, SELESAI_TERLAMBAT: 0, TERLAMBAT: 1, BERJALAN: 0 });
    expect(await listIssuedInstructions(actorOf(o.staf))).toEqual([]);
  });
});
