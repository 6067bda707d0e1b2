import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/prisma/factories";
import { db, resetDatabase } from "../support/db";

const TABLES = ["opd", "unit", "position", "employee", "user_account", "holiday", "working_hours", "period", "remuneration_policy", "org_target", "rater_assignment"];

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*)::bigint AS n FROM "${t}"`);
    out[t] = Number(rows[0]!.n);
  }
  return out;
}

function seed(): string {
  return execFileSync(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"], { env: process.env, encoding: "utf8" });
}

describe("seed", () => {
  it("is idempotent and keeps a password the user changed", async () => {
    await resetDatabase();
    seed();
    const first = await counts();
    expect(first.opd).toBe(40);
    expect(first.employee).toBeGreaterThanOrEqual(45);
    expect(first.period).toBe(12);
    // The demo agency's raters of the current WIB month (DESIGN.md §7): the staff member is rated by the Kepala Seksi.
    expect(first.rater_assignment).toBeGreaterThan(50);
    const wib = new Date(Date.now() + 7 * 3600_000);
    const staffRaters = await db.raterAssignment.findMany({
      where: { year: wib.getUTCFullYear(), month: wib.getUTCMonth() + 1, ratee: { nip: DEMO_ACCOUNTS.staf.nip } },
      select: { role: true, rater: { select: { nip: true } } },
    });
    expect(staffRaters).toContainEqual({ role: "ATASAN", rater: { nip: DEMO_ACCOUNTS.kepalaSeksi.nip } });
    expect(staffRaters.filter((r) => r.role === "REKAN").length).toBeGreaterThanOrEqual(1);
    const someone = await db.user.findFirstOrThrow({ where: { status: "ACTIVE" }, select: { id: true } });
    await db.user.update({ where: { id: someone.id }, data: { passwordHash: "$2b$12$changedchangedchangedchangedchangedchangedchangedchang" } });

    seed();
    expect(await counts()).toEqual(first);
    const after = await db.user.findUniqueOrThrow({ where: { id: someone.id }, select: { passwordHash: true } });
    expect(after.passwordHash).toBe("$2b$12$changedchangedchangedchangedchangedchangedchangedchang");
  }, 120_000);
});
