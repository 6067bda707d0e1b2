import { beforeEach, describe, expect, it } from "vitest";
import { activeAnnouncements, createAnnouncement, endAnnouncement } from "@/lib/server/announcements/service";
import { actorOf } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

const NOW = new Date("2026-03-10T03:00:00Z");
const data = (over: Record<string, string> = {}) => ({ title: "Libur Nyepi", body: "Kantor tutup pada hari raya Nyepi.", validFrom: "2026-03-09", validUntil: "2026-03-20", ...over });

describe("announcements (DESIGN.md §10)", () => {
  it("Admin BKD posts for everyone, Admin OPD for their agency only; each employee sees what applies to them while valid", async () => {
    const a = await createAgency();
    const b = await createAgency();
    const bkd = await createPerson(a, { role: "ADMIN_BKD" });
    const opdA = await createPerson(a, { role: "ADMIN_OPD" });
    const pegawai = await createPerson(a);
    await createAnnouncement({ actor: actorOf(bkd), opdId: null, data: data({ title: "Untuk semua" }) });
    await createAnnouncement({ actor: actorOf(opdA), opdId: null, data: data({ title: "Untuk dinas A" }) });
    await expect(createAnnouncement({ actor: actorOf(opdA), opdId: b.opd.id, data: data() })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createAnnouncement({ actor: actorOf(pegawai), opdId: null, data: data() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await createAnnouncement({ actor: actorOf(bkd), opdId: null, data: data({ title: "Kedaluwarsa", validFrom: "2026-01-01", validUntil: "2026-01-31" }) });

    expect((await activeAnnouncements({ opdId: a.opd.id, now: NOW })).map((x) => x.title).sort()).toEqual(["Untuk dinas A", "Untuk semua"]);
    expect((await activeAnnouncements({ opdId: b.opd.id, now: NOW })).map((x) => x.title)).toEqual(["Untuk semua"]);
    expect((await db.announcement.findFirstOrThrow({ where: { title: "Untuk dinas A" } })).opdId).toBe(a.opd.id);
    expect(await db.auditLog.count({ where: { action: "announcement.create" } })).toBe(3);
  });

  it("refuses bad input with messages and writes nothing; ending stops it showing", async () => {
    const a = await createAgency();
    const bkd = await createPerson(a, { role: "ADMIN_BKD" });
    const opdOther = await createPerson(await createAgency(), { role: "ADMIN_OPD" });
    const error = await createAnnouncement({ actor: actorOf(bkd), opdId: null, data: data({ title: "x", validUntil: "2026-03-01" }) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { title: [expect.any(String)], validUntil: ["Tanggal berakhir tidak boleh sebelum tanggal mulai."] } });
    expect(await db.announcement.count()).toBe(0);
    const { id } = await createAnnouncement({ actor: actorOf(bkd), opdId: null, data: data() });
    await expect(endAnnouncement({ actor: actorOf(opdOther), id, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await endAnnouncement({ actor: actorOf(bkd), id, now: NOW });
    expect(await activeAnnouncements({ opdId: a.opd.id, now: NOW })).toEqual([]);
  });
});
