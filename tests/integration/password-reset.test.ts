import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { RESET_MAX_PER_ACCOUNT_PER_HOUR, RESET_MAX_PER_IP_PER_HOUR } from "@/lib/domain/accounts/password-reset";
import { completePasswordReset } from "@/lib/server/accounts/complete-password-reset";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { isResetTokenUsable } from "@/lib/server/accounts/reset-token";
import { authenticate } from "@/lib/server/auth/authenticate";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";
import { resetTokenIn, useSmtpSink } from "../support/mail-sink";

const IP = "10.0.3.1";
const APP_URL = process.env.APP_URL!;
const NEW_PASSWORD = "LupaSandiBaru2026";
const mail = useSmtpSink();
const minutes = (base: Date, m: number) => new Date(base.getTime() + m * 60_000);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

beforeEach(resetDatabase);

/** Request a link and deliver it as the app does after answering; returns the token from the e-mail. */
async function requestLink(identifier: string, options: { ip?: string; now?: Date } = {}): Promise<string | null> {
  const before = mail.messages().length;
  const { deliver } = await requestPasswordReset({ identifier, ip: options.ip ?? IP, now: options.now });
  await deliver();
  const received = mail.messages().slice(before);
  if (received.length === 0) return null;
  expect(received).toHaveLength(1);
  return resetTokenIn(received[0]!.text);
}

describe("Lupa Kata Sandi: the link", () => {
  it("e-mails a link whose token works once; only its SHA-256 is stored; other sessions end", async () => {
    const agency = await createAgency();
    const person = await createPerson(agency);
    const before = await db.user.findUniqueOrThrow({ where: { id: person.user.id } });

    const token = (await requestLink(person.employee.nip))!;
    const [message] = mail.messages();
    expect(message!.envelopeTo).toEqual([person.employee.email]);
    expect(message!.subject).toBe("Tautan pengaturan ulang kata sandi TRK Jabar");
    expect(message!.text).toContain(`${APP_URL}/reset-kata-sandi/${token}`);
    expect(message!.text).toContain("30 menit");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // Only the hash is in the database: no column of any row holds the token itself.
    const rows = await db.passwordResetToken.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(sha256(token));
    const dump = await db.$queryRawUnsafe<{ dump: string }[]>(
      `SELECT (SELECT coalesce(json_agg(t)::text, '') FROM password_reset_token t) || (SELECT coalesce(json_agg(a)::text, '') FROM audit_log a) AS dump`,
    );
    expect(dump[0]!.dump).not.toContain(token);
    expect(dump[0]!.dump).toContain(sha256(token));
    expect(await isResetTokenUsable(token)).toBe(true);

    await completePasswordReset({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ip: IP });

    const after = await db.user.findUniqueOrThrow({ where: { id: person.user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(false);
    expect((await db.passwordResetToken.findFirstOrThrow()).usedAt).not.toBeNull();
    expect((await authenticate({ nip: person.employee.nip, password: NEW_PASSWORD, ip: IP })).ok).toBe(true);
    expect(await authenticate({ nip: person.employee.nip, password: person.password!, ip: IP })).toEqual({ ok: false, code: "INVALID_CREDENTIALS" });
    expect(await db.auditLog.count({ where: { action: "auth.password_reset_completed", targetId: String(person.user.id) } })).toBe(1);

    // Single use.
    expect(await isResetTokenUsable(token)).toBe(false);
    await expect(
      completePasswordReset({ token, newPassword: "LainLagi2026x", confirmPassword: "LainLagi2026x", ip: IP }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await authenticate({ nip: person.employee.nip, password: NEW_PASSWORD, ip: IP })).ok).toBe(true);

    // The employee is told that the password changed.
    const confirmation = mail.messages().at(-1)!;
    expect(confirmation.subject).toBe("Kata sandi TRK Jabar Anda telah diubah");
    expect(confirmation.to).toEqual([person.employee.email]);
  });

  it("finds the account by e-mail too, whatever its letter case", async () => {
    const agency = await createAgency();
    const person = await createPerson(agency, { employee: { email: "Rina.Marlina@Jabarprov.go.id" } });
    const token = await requestLink("  rina.marlina@JABARPROV.go.id ");
    expect(token).not.toBeNull();
    expect(mail.messages()[0]!.to).toEqual(["rina.marlina@jabarprov.go.id"]);
    expect((await db.passwordResetToken.findFirstOrThrow()).userId).toBe(person.user.id);
  });

  it("expires 30 minutes after it was issued", async () => {
    const agency = await createAgency();
    const person = await createPerson(agency);
    const t0 = new Date();
    const late = (await requestLink(person.employee.nip, { now: t0 }))!;
    expect(await isResetTokenUsable(late, minutes(t0, 29.9))).toBe(true);
    expect(await isResetTokenUsable(late, minutes(t0, 30))).toBe(false);
    await expect(
      completePasswordReset({ token: late, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ip: IP, now: minutes(t0, 30) }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await authenticate({ nip: person.employee.nip, password: NEW_PASSWORD, ip: IP })).toEqual({ ok: false, code: "INVALID_CREDENTIALS" });

    const t1 = minutes(t0, 31);
    const inTime = (await requestLink(person.employee.nip, { now: t1 }))!;
    await completePasswordReset({ token: inTime, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ip: IP, now: minutes(t1, 29) });
    expect((await authenticate({ nip: person.employee.nip, password: NEW_PASSWORD, ip: IP })).ok).toBe(true);
  });

  it("issuing a new link makes the older unused one invalid", async () => {
    const agency = await createAgency();
    const person = await createPerson(agency);
    const first = (await requestLink(person.employee.nip))!;
    const second = (await requestLink(person.employee.nip))!;
    expect(second).not.toBe(first);
    expect(await isResetTokenUsable(first)).toBe(false);
    await expect(
      completePasswordReset({ token: first, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ip: IP }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    await completePasswordReset({ token: second, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ip: IP });
    expect((await authenticate({ nip: person.employee.nip, password: NEW_PASSWORD, ip: IP })).ok).toBe(true);
  });

  it("applies the password rule and keeps the link usable after a refused attempt", async () => {
    const agency = await createAgency();
    const person = await createPerson(agency);
    const token = (await requestLink(person.employee.nip))!;
    await expect(completePasswordReset({ token, newPassword: "pendek1A", confirmPassword: "pendek1A", ip: IP })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { newPassword: expect.arrayContaining(["Kata sandi minimal 10 karakter."]) },
    });
    const withNip = `Ab${person.employee.nip}`;
    await expect(completePasswordReset({ token, newPassword: withNip, confirmPassword: withNip, ip: IP })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(completePasswordReset({ token, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}x`, ip: IP })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { confirmPassword: ["Ulangan kata sandi tidak sama."] },
    });
    expect(await isResetTokenUsable(token)).toBe(true);
    await completePasswordReset({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ip: IP });
  });

  it("clears a lock: the new password logs in within what would have been the 15 locked minutes", async () => {
    const agency = await createAgency();
    const person = await createPerson(agency);
    const t0 = new Date(Date.now() - 5 * 60_000);
    for (let i = 0; i < 5; i++) await authenticate({ nip: person.employee.nip, password: "Salah#12345", ip: IP, now: minutes(t0, i * 0.1) });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.user.id } })).lockedUntil).not.toBeNull();
    const token = (await requestLink(person.employee.nip))!;
    await completePasswordReset({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ip: IP });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.user.id } })).lockedUntil).toBeNull();
    expect((await authenticate({ nip: person.employee.nip, password: NEW_PASSWORD, ip: IP })).ok).toBe(true);
  });

  it("stops working when the account is deactivated", async () => {
    const agency = await createAgency();
    const person = await createPerson(agency);
    const token = (await requestLink(person.employee.nip))!;
    await db.user.update({ where: { id: person.user.id }, data: { status: "DEACTIVATED" } });
    await expect(
      completePasswordReset({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ip: IP }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
  });
});

describe("Lupa Kata Sandi: the same answer whatever the input", () => {
  it.each([
    ["an unknown NIP", async () => "199001012015031999"],
    ["an unknown e-mail", async () => "tidak.ada@jabarprov.go.id"],
    ["a NIP of a never-activated account", async (agency: Awaited<ReturnType<typeof createAgency>>) =>
      (await createPerson(agency, { status: "INACTIVE", password: null })).employee.nip],
    ["a NIP of a deactivated account", async (agency: Awaited<ReturnType<typeof createAgency>>) =>
      (await createPerson(agency, { status: "DEACTIVATED" })).employee.nip],
    ["a NIP of an account without an e-mail address", async (agency: Awaited<ReturnType<typeof createAgency>>) =>
      (await createPerson(agency, { employee: { email: null } })).employee.nip],
    ["an e-mail shared by two employees", async (agency: Awaited<ReturnType<typeof createAgency>>) => {
      await createPerson(agency, { employee: { email: "bersama@jabarprov.go.id" } });
      await createPerson(agency, { employee: { email: "bersama@jabarprov.go.id" } });
      return "bersama@jabarprov.go.id";
    }],
  ])("%s: a result of the same shape, no token, no e-mail, only an audit row", async (_label, identifierFor) => {
    const agency = await createAgency();
    const identifier = await identifierFor(agency);
    const result = await requestPasswordReset({ identifier, ip: IP });
    expect(Object.keys(result)).toEqual(["deliver"]);
    await result.deliver();
    expect(mail.messages()).toHaveLength(0);
    expect(await db.passwordResetToken.count()).toBe(0);
    const audit = await db.auditLog.findMany({ where: { action: "auth.password_reset_requested" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).not.toMatchObject({ outcome: "SENT" });
  });

  it(`sends at most ${RESET_MAX_PER_ACCOUNT_PER_HOUR} e-mails per account per hour, silently`, async () => {
    const agency = await createAgency();
    const person = await createPerson(agency);
    const t0 = new Date();
    for (let i = 0; i < RESET_MAX_PER_ACCOUNT_PER_HOUR; i++) {
      expect(await requestLink(person.employee.nip, { ip: `10.0.4.${i}`, now: minutes(t0, i) })).not.toBeNull();
    }
    expect(await requestLink(person.employee.nip, { ip: "10.0.4.99", now: minutes(t0, 10) })).toBeNull();
    // An hour after the first, one more is allowed.
    expect(await requestLink(person.employee.nip, { ip: "10.0.4.99", now: minutes(t0, 61) })).not.toBeNull();
  });

  it(`sends at most ${RESET_MAX_PER_IP_PER_HOUR} e-mails per IP address per hour, whatever the accounts, silently`, async () => {
    const agency = await createAgency();
    const t0 = new Date();
    for (let i = 0; i < RESET_MAX_PER_IP_PER_HOUR; i++) {
      const someone = await createPerson(agency);
      // Requests that match nothing do not use up the allowance.
      await requestPasswordReset({ identifier: `19900101201503199${i % 10}`, ip: IP, now: t0 });
      expect(await requestLink(someone.employee.nip, { ip: IP, now: minutes(t0, i) })).not.toBeNull();
    }
    const person = await createPerson(agency);
    expect(await requestLink(person.employee.nip, { ip: IP, now: minutes(t0, 30) })).toBeNull();
    expect(await requestLink(person.employee.nip, { ip: "10.0.3.2", now: minutes(t0, 30) })).not.toBeNull();
    expect(await requestLink((await createPerson(agency)).employee.nip, { ip: IP, now: minutes(t0, 61) })).not.toBeNull();
  });
});
