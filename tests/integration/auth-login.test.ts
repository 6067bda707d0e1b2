import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/server/auth/authenticate";
import { changeOwnPassword } from "@/lib/server/auth/change-password";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

const IP = "10.0.0.1";
const minutes = (base: Date, m: number) => new Date(base.getTime() + m * 60_000);

beforeEach(resetDatabase);

describe("login with NIP and password", () => {
  it("accepts the right password and records the login in the audit log", async () => {
    const agency = await createAgency();
    const { employee, password } = await createPerson(agency);
    const result = await authenticate({ nip: employee.nip, password: password!, ip: IP });
    expect(result).toMatchObject({ ok: true, user: { name: employee.name, mustChangePassword: false } });
    const audit = await db.auditLog.findFirst({ where: { action: "auth.login" } });
    expect(audit?.actorNip).toBe(employee.nip);
    expect(audit?.ip).toBe(IP);
  });

  it("gives the same answer for a wrong password, an unknown NIP and a never-activated account", async () => {
    const agency = await createAgency();
    const active = await createPerson(agency);
    const neverActivated = await createPerson(agency, { status: "INACTIVE", password: null });
    const wrong = await authenticate({ nip: active.employee.nip, password: "Salah#12345", ip: IP });
    const unknown = await authenticate({ nip: "199001012015031999", password: "Salah#12345", ip: IP });
    const inactive = await authenticate({ nip: neverActivated.employee.nip, password: "Apapun#12345", ip: IP });
    expect(wrong).toEqual({ ok: false, code: "INVALID_CREDENTIALS" });
    expect(unknown).toEqual(wrong);
    expect(inactive).toEqual(wrong);
  });

  it.each([
    ["17 digits", "19920315201503100"],
    ["letters", "19920315201503100A"],
    ["impossible birth date", "19920230201503100"],
  ])("refuses a malformed NIP (%s) before looking anything up", async (_label, nip) => {
    expect(await authenticate({ nip, password: "Apapun#12345", ip: IP })).toEqual({ ok: false, code: "INVALID_INPUT" });
    expect(await db.loginAttempt.count()).toBe(0);
  });

  it("refuses a deactivated account even with the right password", async () => {
    const agency = await createAgency();
    const { employee, password } = await createPerson(agency, { status: "DEACTIVATED" });
    expect(await authenticate({ nip: employee.nip, password: password!, ip: IP })).toEqual({ ok: false, code: "INACTIVE" });
  });

  it("locks the NIP for 15 minutes after five wrong passwords, then lets the right one in", async () => {
    const agency = await createAgency();
    const { employee, password, user } = await createPerson(agency);
    const t0 = new Date("2026-12-03T02:00:00Z");
    for (let i = 0; i < 4; i++) {
      expect(await authenticate({ nip: employee.nip, password: "Salah#12345", ip: IP, now: minutes(t0, i) })).toEqual({
        ok: false,
        code: "INVALID_CREDENTIALS",
      });
    }
    expect(await authenticate({ nip: employee.nip, password: "Salah#12345", ip: IP, now: minutes(t0, 4) })).toEqual({
      ok: false,
      code: "LOCKED",
    });
    // Locked: even the right password is refused for 15 minutes.
    expect(await authenticate({ nip: employee.nip, password: password!, ip: IP, now: minutes(t0, 10) })).toEqual({
      ok: false,
      code: "LOCKED",
    });
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil?.toISOString()).toBe(minutes(t0, 19).toISOString());
    expect(await db.auditLog.count({ where: { action: "auth.locked" } })).toBe(1);
    const later = await authenticate({ nip: employee.nip, password: password!, ip: IP, now: minutes(t0, 19) });
    expect(later.ok).toBe(true);
  });

  it("locks an unknown NIP the same way (no enumeration through the lock)", async () => {
    const t0 = new Date("2026-12-03T02:00:00Z");
    const nip = "199001012015031999";
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await authenticate({ nip, password: "Salah#12345", ip: `10.0.1.${i}`, now: minutes(t0, i) });
      codes.push(r.ok ? "OK" : r.code);
    }
    expect(codes).toEqual(["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "LOCKED", "LOCKED"]);
  });

  it("limits failed attempts per IP address across NIPs", async () => {
    const agency = await createAgency();
    const { employee, password } = await createPerson(agency);
    const t0 = new Date("2026-12-03T02:00:00Z");
    // 30 failures (the default limit) spread over many NIPs from one address, within 15 minutes.
    await db.loginAttempt.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ ip: IP, nip: `19900101201503100${i % 10}`, success: false, createdAt: minutes(t0, i * 0.3) })),
    });
    expect(await authenticate({ nip: employee.nip, password: password!, ip: IP, now: minutes(t0, 10) })).toEqual({
      ok: false,
      code: "IP_LIMITED",
    });
    // Another address is not affected, and the window passes.
    expect((await authenticate({ nip: employee.nip, password: password!, ip: "10.0.0.2", now: minutes(t0, 10) })).ok).toBe(true);
    expect((await authenticate({ nip: employee.nip, password: password!, ip: IP, now: minutes(t0, 40) })).ok).toBe(true);
  });
});

describe("changing the temporary password", () => {
  it("enforces the password rule, clears the flag and ends other sessions", async () => {
    const agency = await createAgency();
    const { user, employee } = await createPerson(agency, { mustChangePassword: true });
    const base = { userId: user.id, requireCurrent: false, ip: IP };
    await expect(changeOwnPassword({ ...base, newPassword: "pendek1A", confirmPassword: "pendek1A" })).rejects.toThrow(/10 karakter/);
    await expect(
      changeOwnPassword({ ...base, newPassword: `Ab${employee.nip}`, confirmPassword: `Ab${employee.nip}` }),
    ).rejects.toThrow(/NIP/);
    await expect(
      changeOwnPassword({ ...base, newPassword: "BaruSekali2026", confirmPassword: "BaruSekali2027" }),
    ).rejects.toThrow(/tidak sama/);
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unchanged.mustChangePassword).toBe(true);
    expect(unchanged.sessionVersion).toBe(0);

    const { sessionVersion } = await changeOwnPassword({ ...base, newPassword: "BaruSekali2026", confirmPassword: "BaruSekali2026" });
    const changed = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(changed.mustChangePassword).toBe(false);
    expect(sessionVersion).toBe(1);
    expect(changed.sessionVersion).toBe(1);
    expect(await db.auditLog.count({ where: { action: "auth.password_changed", targetId: String(user.id) } })).toBe(1);
    expect((await authenticate({ nip: employee.nip, password: "BaruSekali2026", ip: IP })).ok).toBe(true);
  });

  it("requires the current password when asked to", async () => {
    const agency = await createAgency();
    const { user } = await createPerson(agency);
    await expect(
      changeOwnPassword({ userId: user.id, requireCurrent: true, currentPassword: "Salah#12345", newPassword: "BaruSekali2026", confirmPassword: "BaruSekali2026", ip: IP }),
    ).rejects.toThrow(/saat ini salah/);
  });
});
