import { beforeEach, describe, expect, it } from "vitest";
import { getOwnProfile } from "@/lib/server/profile/queries";
import { updateOwnContact } from "@/lib/server/profile/update-contact";
import { updateOwnEmailPreferences } from "@/lib/server/profile/update-email-preferences";
import { actorOf } from "../support/actors";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

const IP = "10.0.5.1";

beforeEach(resetDatabase);

async function someone() {
  const agency = await createAgency();
  const boss = await createPerson(agency);
  const person = await createPerson(agency, { supervisorId: boss.employee.id, employee: { email: "lama@jabarprov.go.id", phone: "081234567890" } });
  return { agency, boss, person, actor: actorOf(person, IP) };
}

describe("Profil: own contact details", () => {
  it("saves a valid e-mail and phone in their normal form and audits the change", async () => {
    const { person, actor } = await someone();
    const result = await updateOwnContact({ actor, email: "  Baru.Sekali@Jabarprov.go.id ", phone: "+62 812-3456-7891" });
    expect(result).toEqual({ changed: true, email: "baru.sekali@jabarprov.go.id", phone: "081234567891" });
    const employee = await db.employee.findUniqueOrThrow({ where: { id: person.employee.id } });
    expect(employee).toMatchObject({ email: "baru.sekali@jabarprov.go.id", phone: "081234567891" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "profile.contact_updated" } });
    expect(audit).toMatchObject({ actorUserId: person.user.id, ip: IP, targetType: "Employee", targetId: String(person.employee.id) });
    expect(audit.before).toEqual({ email: "lama@jabarprov.go.id", phone: "081234567890" });
    expect(audit.after).toEqual({ email: "baru.sekali@jabarprov.go.id", phone: "081234567891" });
  });

  it.each([
    ["an e-mail without a domain", { email: "nama@", phone: "081234567890" }, "email"],
    ["an e-mail with a space", { email: "nama saya@jabarprov.go.id", phone: "081234567890" }, "email"],
    ["a landline-style number", { email: "lama@jabarprov.go.id", phone: "0221234567" }, "phone"],
    ["a phone of 9 digits", { email: "lama@jabarprov.go.id", phone: "081234567" }, "phone"],
    ["a phone of 16 digits", { email: "lama@jabarprov.go.id", phone: "0812345678901234" }, "phone"],
    ["a phone with letters", { email: "lama@jabarprov.go.id", phone: "0812-abc-4567" }, "phone"],
  ])("refuses %s with a message on the field, changing nothing", async (_label, input, field) => {
    const { person, actor } = await someone();
    const error = await updateOwnContact({ actor, ...input }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } });
    const employee = await db.employee.findUniqueOrThrow({ where: { id: person.employee.id } });
    expect(employee).toMatchObject({ email: "lama@jabarprov.go.id", phone: "081234567890" });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("writes nothing when nothing changed, and lets both fields be cleared", async () => {
    const { person, actor } = await someone();
    expect(await updateOwnContact({ actor, email: "lama@jabarprov.go.id", phone: "0812 3456 7890" })).toMatchObject({ changed: false });
    expect(await db.auditLog.count()).toBe(0);
    expect(await updateOwnContact({ actor, email: "", phone: "" })).toEqual({ changed: true, email: null, phone: null });
    expect(await db.employee.findUniqueOrThrow({ where: { id: person.employee.id } })).toMatchObject({ email: null, phone: null });
  });

  it("a new e-mail address cancels reset links sent to the old one", async () => {
    const { person, actor } = await someone();
    const link = await db.passwordResetToken.create({
      data: { userId: person.user.id, tokenHash: "b".repeat(64), expiresAt: new Date(Date.now() + 20 * 60_000) },
    });
    const now = new Date();
    await updateOwnContact({ actor, email: "alamat.baru@jabarprov.go.id", phone: "081234567890", now });
    expect((await db.passwordResetToken.findUniqueOrThrow({ where: { id: link.id } })).expiresAt.getTime()).toBe(now.getTime());
  });

  it("only ever changes the actor's own record", async () => {
    const { boss, actor } = await someone();
    await updateOwnContact({ actor, email: "saya@jabarprov.go.id", phone: "" });
    const untouched = await db.employee.findUniqueOrThrow({ where: { id: boss.employee.id } });
    expect(untouched.email).toBe(boss.employee.email);
  });
});

describe("Profil: notifications by e-mail", () => {
  it("stores the chosen kinds in a fixed order and audits the change", async () => {
    const { person, actor } = await someone();
    const result = await updateOwnEmailPreferences({ actor, kinds: ["SKP_RETURNED", "ACTIVITY_REMINDER", "SKP_APPROVED"] });
    expect(result).toEqual({ changed: true, kinds: ["SKP_APPROVED", "SKP_RETURNED", "ACTIVITY_REMINDER"] });
    const employee = await db.employee.findUniqueOrThrow({ where: { id: person.employee.id } });
    expect(employee.emailNotifications).toEqual(["SKP_APPROVED", "SKP_RETURNED", "ACTIVITY_REMINDER"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "profile.email_notifications_updated" } });
    expect(audit.after).toEqual({ emailNotifications: ["SKP_APPROVED", "SKP_RETURNED", "ACTIVITY_REMINDER"] });
    expect(audit.before).toMatchObject({ emailNotifications: expect.arrayContaining(["SKP_SUBMITTED"]) });

    expect(await updateOwnEmailPreferences({ actor, kinds: ["ACTIVITY_REMINDER", "SKP_APPROVED", "SKP_RETURNED"] })).toMatchObject({ changed: false });
    expect(await db.auditLog.count()).toBe(1);
    expect(await updateOwnEmailPreferences({ actor, kinds: [] })).toEqual({ changed: true, kinds: [] });
  });

  it.each([["PASSWORD_RESET"], ["ACCOUNT_ACTIVATED"], ["NOT_A_KIND"]])("refuses %s as a choice (security mail is not optional)", async (kind) => {
    const { person, actor } = await someone();
    await expect(updateOwnEmailPreferences({ actor, kinds: ["SKP_APPROVED", kind] })).rejects.toMatchObject({ code: "VALIDATION" });
    const employee = await db.employee.findUniqueOrThrow({ where: { id: person.employee.id } });
    expect(employee.emailNotifications).toEqual(person.employee.emailNotifications);
  });

  it("the profile query returns the personnel data with supervisor, position class and TMT", async () => {
    const { boss, person, actor } = await someone();
    const profile = await getOwnProfile(actor);
    expect(profile).toMatchObject({
      nip: person.employee.nip,
      golongan: "III/b",
      position: { kelasJabatan: 8 },
      supervisor: { nip: boss.employee.nip },
      startDate: person.employee.startDate,
    });
  });
});
