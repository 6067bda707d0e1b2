import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { CLI_SYSTEM_ACTOR } from "@/lib/server/imports/import-actor";
import { importSanctions } from "@/lib/server/imports/sanctions";
import { DEMO_EMPLOYEES } from "@/prisma/factories";
import { actorOf } from "../support/actors";
import { createAgency, createPerson, db, resetDatabase, type Agency } from "../support/db";

const SAMPLE = readFileSync(path.resolve("prisma/data/sanksi-sample.csv"));
const HEADER = "nip,jenis,persen,bulan_mulai,jumlah_bulan,nomor_sk";
const bytes = (lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join("\n") + "\n");

let agency: Agency;
beforeEach(async () => {
  await resetDatabase();
  agency = await createAgency();
});

describe("sanctions import", () => {
  it("refuses an Admin OPD (Admin BKD only) and writes nothing", async () => {
    const adminOpd = actorOf(await createPerson(agency, { role: "ADMIN_OPD" }));
    const { employee } = await createPerson(agency);
    await expect(
      importSanctions({ actor: adminOpd, fileName: "sanksi.csv", content: bytes([`${employee.nip},Teguran tertulis,25,2026-11,3,`]) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: "Hanya Admin BKD yang dapat mengimpor hukuman disiplin." });
    expect(await db.sanction.count()).toBe(0);
    expect(await db.importBatch.count()).toBe(0);
  });

  it("imports, is idempotent on (employee, jenis, bulan_mulai), and updates a changed percentage, term or decree", async () => {
    const admin = actorOf(await createPerson(agency, { role: "ADMIN_BKD" }));
    const { employee: a } = await createPerson(agency);
    const { employee: b } = await createPerson(agency);
    const file = bytes([`${a.nip},Teguran tertulis,"12,5",2026-11,3,800/1/BKD`, `${b.nip},Penundaan kenaikan gaji berkala,,2026-10,12,`]);
    const first = await importSanctions({ actor: admin, fileName: "sanksi.csv", content: file });
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, errors: [], written: true });
    const stored = await db.sanction.findMany({ orderBy: { employeeId: "asc" } });
    expect(stored.map((s) => [s.employeeId, s.kind, s.percentBp, s.startYear, s.startMonth, s.months, s.reference, s.createdByUserId, s.importBatchId])).toEqual([
      [a.id, "Teguran tertulis", 1250, 2026, 11, 3, "800/1/BKD", admin.userId, first.batchId],
      // No policy for 2026 in this database: the default of DESIGN.md §8.3 step 5, 25%.
      [b.id, "Penundaan kenaikan gaji berkala", 2500, 2026, 10, 12, null, admin.userId, first.batchId],
    ]);
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: first.batchId! } })).toMatchObject({ kind: "SANCTIONS" });

    const again = await importSanctions({ actor: admin, fileName: "sanksi.csv", content: file });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

    const changed = await importSanctions({ actor: admin, fileName: "sanksi-2.csv", content: bytes([`${a.nip},Teguran tertulis,25,2026-11,6,800/1/BKD`]) });
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(await db.sanction.findFirstOrThrow({ where: { employeeId: a.id } })).toMatchObject({ percentBp: 2500, months: 6 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "sanction.import.update" } });
    expect(audit.before).toEqual({ persen_bp: 1250, jumlah_bulan: 3 });
    expect(audit.after).toEqual({ persen_bp: 2500, jumlah_bulan: 6 });
    expect(await db.sanction.count()).toBe(2);
  });

  it("imports nothing from a file with a bad row, and never revives a cancelled sanction", async () => {
    const admin = actorOf(await createPerson(agency, { role: "ADMIN_BKD" }));
    const { employee: a } = await createPerson(agency);
    await db.sanction.create({ data: { employeeId: a.id, kind: "Teguran lisan", percentBp: 2500, startYear: 2026, startMonth: 1, months: 3, cancelledAt: new Date() } });
    const result = await importSanctions({
      actor: admin,
      fileName: "salah.csv",
      content: bytes([`${a.nip},Teguran tertulis,25,2026-11,3,`, `${a.nip},Teguran lisan,25,2026-01,3,`, `${a.nip},Teguran keras,0,2026-11,40,`]),
    });
    expect(result).toMatchObject({ written: false, invalidRowCount: 2 });
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([[3, "jenis"], [4, "persen"], [4, "jumlah_bulan"]]);
    expect(await db.sanction.count()).toBe(1);
  });

  it("imports the committed sample for the demo employees it names", async () => {
    const nips = SAMPLE.toString("utf8").trim().split("\n").slice(1).map((l) => l.split(",")[0]!);
    expect(nips).toHaveLength(3);
    for (const nip of nips) await createPerson(agency, { employee: { nip } });
    // The sample names demo employees (prisma/data/demo-roster.ts), so it also imports after `npm run db:seed`.
    const demoNips = new Set(DEMO_EMPLOYEES.map((e) => e.nip));
    expect(nips.every((nip) => demoNips.has(nip))).toBe(true);
    const result = await importSanctions({ actor: CLI_SYSTEM_ACTOR, fileName: "sanksi-sample.csv", content: SAMPLE });
    expect(result).toMatchObject({ created: 3, errors: [], written: true });
    expect((await db.sanction.findMany({ orderBy: { percentBp: "asc" } })).map((s) => s.percentBp)).toEqual([1250, 2500, 2500]);
  });
});
