/**
 * Evidence files (DESIGN.md §5) against a real PostgreSQL and a temporary storage folder:
 * storing (by content type, downscaling photos, refusing the rest without a trace), access to a
 * download in the query, attaching to a record (owner's orphans only, at most five) and clean-up.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { can } from "@/lib/domain/authz";
import { resetEnvCache } from "@/lib/env";
import type { ServiceActor } from "@/lib/server/authz";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { deleteOrphanEvidence } from "@/lib/server/evidence/delete-orphan-evidence";
import { evidenceForDownload } from "@/lib/server/evidence/evidence-for-download";
import { storeEvidence } from "@/lib/server/evidence/store-evidence";
import { readLimitedBody } from "@/lib/server/http/read-limited-body";
import { actorOf } from "../support/actors";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

const MIB = 1024 * 1024;
let storageDir: string;

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), "trk-evidence-"));
});
afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
  delete process.env.STORAGE_DIR;
  resetEnvCache();
});

beforeEach(async () => {
  await resetDatabase();
  await rm(storageDir, { recursive: true, force: true });
  process.env.STORAGE_DIR = storageDir;
  delete process.env.EVIDENCE_MAX_BYTES;
  delete process.env.EVIDENCE_UPLOAD_MAX_BYTES;
  resetEnvCache();
});
afterEach(() => {
  delete process.env.EVIDENCE_MAX_BYTES;
  resetEnvCache();
});

function setMaxBytes(bytes: number) {
  process.env.EVIDENCE_MAX_BYTES = String(bytes);
  resetEnvCache();
}

/** Every file under the storage folder, relative paths. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(storageDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(storageDir, path.join(e.parentPath, e.name)));
}

/** A small but real PDF of about `size` bytes (padding in a comment). */
function pdf(size = 2_000): Uint8Array {
  const head = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n";
  const tail = "trailer << /Root 1 0 R >>\n%%EOF\n";
  const padding = Math.max(0, size - head.length - tail.length);
  return new TextEncoder().encode(head + `%${"x".repeat(Math.max(0, padding - 2))}\n` + tail);
}

/** Random colour noise, the hardest content to compress. */
function noise(width: number, height: number) {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });
}

async function person() {
  const agency = await createAgency();
  const boss = await createPerson(agency);
  const owner = await createPerson(agency, { supervisorId: boss.employee.id });
  return { agency, boss, owner, actor: actorOf(owner) };
}

describe("storeEvidence", () => {
  it("keeps a small PDF as it is: bytes on disk, a row with its hash, an audit entry", async () => {
    const { owner, actor } = await person();
    const bytes = pdf(5_000);
    const stored = await storeEvidence({ actor, file: { name: "C:\\Dokumen\\Surat Tugas.pdf", bytes } });
    expect(stored).toMatchObject({ name: "Surat Tugas.pdf", mimeType: "application/pdf", sizeBytes: bytes.length, originalSizeBytes: bytes.length, downscaled: false });

    const row = await db.evidenceFile.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ ownerEmployeeId: owner.employee.id, originalName: "Surat Tugas.pdf", mimeType: "application/pdf", activityId: null });
    expect(row.storageKey).toMatch(/^bukti\/\d{4}-\d{2}\/[0-9a-f]{32}$/);
    const onDisk = await readFile(path.join(storageDir, row.storageKey));
    expect(Buffer.compare(onDisk, Buffer.from(bytes))).toBe(0);
    const { createHash } = await import("node:crypto");
    expect(row.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(await db.auditLog.findFirst({ where: { action: "evidence.uploaded", targetId: String(stored.id) } })).not.toBeNull();
  });

  it("downscales a 4000×3000 noise JPEG over the limit; it still decodes with the same aspect ratio", async () => {
    const { actor } = await person();
    const big = await noise(4000, 3000).jpeg({ quality: 95 }).toBuffer();
    expect(big.length).toBeGreaterThan(2 * MIB);

    const stored = await storeEvidence({ actor, file: { name: "IMG_2041.JPG", bytes: big } });
    expect(stored).toMatchObject({ mimeType: "image/jpeg", name: "IMG_2041.JPG", downscaled: true, originalSizeBytes: big.length });
    expect(stored.sizeBytes).toBeLessThanOrEqual(2 * MIB);

    const row = await db.evidenceFile.findUniqueOrThrow({ where: { id: stored.id } });
    const onDisk = await readFile(path.join(storageDir, row.storageKey));
    expect(onDisk.length).toBe(stored.sizeBytes);
    expect(row.sizeBytes).toBe(onDisk.length);
    const meta = await sharp(onDisk).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.width! / meta.height!).toBeCloseTo(4 / 3, 2);
    expect(meta.width!).toBeGreaterThanOrEqual(640);
    await sharp(onDisk).raw().toBuffer(); // decodes in full
  });

  it("downscales a large PNG and keeps it a PNG", async () => {
    const { actor } = await person();
    const big = await noise(1000, 750).resize(4000, 3000, { kernel: "nearest" }).png().toBuffer();
    expect(big.length).toBeGreaterThan(2 * MIB);

    const stored = await storeEvidence({ actor, file: { name: "tangkapan.png", bytes: big } });
    expect(stored).toMatchObject({ mimeType: "image/png", name: "tangkapan.png", downscaled: true });
    const row = await db.evidenceFile.findUniqueOrThrow({ where: { id: stored.id } });
    const onDisk = await readFile(path.join(storageDir, row.storageKey));
    expect(onDisk.length).toBeLessThanOrEqual(2 * MIB);
    const meta = await sharp(onDisk).metadata();
    expect(meta.format).toBe("png");
    expect(meta.width! / meta.height!).toBeCloseTo(4 / 3, 2);
  });

  it("turns a photo upright by its EXIF orientation and drops its metadata", async () => {
    const { actor } = await person();
    // Stored sideways (400×300) with orientation 6: displayed 300 wide, 400 high.
    const photo = await noise(400, 300)
      .jpeg({ quality: 95 })
      .withExif({ IFD0: { Make: "Kamera Uji", Copyright: "Lokasi rahasia" } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(photo).metadata()).orientation).toBe(6);
    setMaxBytes(photo.length - 1);

    const stored = await storeEvidence({ actor, file: { name: "foto.jpg", bytes: photo } });
    expect(stored.downscaled).toBe(true);
    const row = await db.evidenceFile.findUniqueOrThrow({ where: { id: stored.id } });
    const meta = await sharp(await readFile(path.join(storageDir, row.storageKey))).metadata();
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 300, height: 400 });
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
  });

  it.each([
    ["a PDF over the limit", "laporan.pdf", () => pdf(2 * MIB + 100), "PDF lebih dari 2 MB"],
    ["a text file renamed x.pdf", "x.pdf", () => new TextEncoder().encode("Ini bukan PDF, hanya teks biasa.\n".repeat(20)), "Berkas harus PDF, JPG atau PNG"],
    ["an executable renamed x.pdf", "x.pdf", () => new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...randomBytes(4000)]), "Berkas harus PDF, JPG atau PNG"],
    ["a GIF", "animasi.png", () => new TextEncoder().encode(`GIF89a${"\u0001".repeat(100)}`), "Berkas harus PDF, JPG atau PNG"],
    ["an empty file", "kosong.pdf", () => new Uint8Array(0), "Berkas kosong"],
    ["a PNG signature followed by garbage", "rusak.png", () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(3000)]), "Berkas harus PDF, JPG atau PNG"],
    ["a truncated PNG (valid header)", "potong.png", async () => (await noise(300, 200).png().toBuffer()).subarray(0, 1000), "Gambar tidak dapat dibaca"],
    ["a truncated JPEG (valid header)", "potong.jpg", async () => (await noise(300, 200).jpeg().toBuffer()).subarray(0, 1000), "Gambar tidak dapat dibaca"],
  ])("refuses %s: a message, no file on disk, no row", async (_label, name, bytes, message) => {
    const { actor } = await person();
    const error = await storeEvidence({ actor, file: { name, bytes: await bytes() } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect((error as Error).message.startsWith(message)).toBe(true);
    expect(await storedFiles()).toEqual([]);
    expect(await db.evidenceFile.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses a photo that cannot be made to fit at a legible size", async () => {
    const { actor } = await person();
    setMaxBytes(2_000);
    const photo = await noise(1600, 1200).jpeg({ quality: 90 }).toBuffer();
    const error = await storeEvidence({ actor, file: { name: "foto.jpg", bytes: photo } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", reason: "IMAGE_CANNOT_FIT" });
    expect((error as Error).message).toMatch(/^Gambar tidak dapat diperkecil hingga 2 KB\./);
    expect(await storedFiles()).toEqual([]);
    expect(await db.evidenceFile.count()).toBe(0);
  });

  it("removes the stored object again when the row cannot be written", async () => {
    const { actor } = await person();
    const ghost: ServiceActor = { ...actor, employeeId: 987_654 }; // no such employee: the insert fails
    await expect(storeEvidence({ actor: ghost, file: { name: "a.pdf", bytes: pdf() } })).rejects.toThrow();
    expect(await storedFiles()).toEqual([]);
    expect(await db.evidenceFile.count()).toBe(0);
  });
});

describe("evidenceForDownload: who may open a file", () => {
  async function world() {
    const a = await createAgency();
    const b = await createAgency();
    const head = await createPerson(a);
    const formerBoss = await createPerson(a, { supervisorId: head.employee.id });
    const boss = await createPerson(a, { supervisorId: head.employee.id });
    const owner = await createPerson(a, { supervisorId: formerBoss.employee.id });
    // The owner moved from formerBoss to boss.
    await db.employee.update({ where: { id: owner.employee.id }, data: { supervisorId: boss.employee.id } });
    const colleague = await createPerson(a, { supervisorId: boss.employee.id });
    const subordinate = await createPerson(a, { supervisorId: owner.employee.id });
    const adminOpd = await createPerson(a, { role: "ADMIN_OPD" });
    const adminOpdOther = await createPerson(b, { role: "ADMIN_OPD" });
    const adminBkd = await createPerson(b, { role: "ADMIN_BKD" });
    const outsider = await createPerson(b);
    const file = await storeEvidence({ actor: actorOf(owner), file: { name: "bukti.pdf", bytes: pdf(3_000) } });
    const people = { owner, boss, head, formerBoss, colleague, subordinate, adminOpd, adminOpdOther, adminBkd, outsider };
    return { file, people };
  }

  it.each([
    ["the owner", "owner", true],
    ["the owner's current direct supervisor", "boss", true],
    ["the supervisor's supervisor (not direct)", "head", false],
    ["a former supervisor", "formerBoss", false],
    ["a colleague under the same supervisor", "colleague", false],
    ["the owner's own subordinate", "subordinate", false],
    ["Admin OPD of the owner's agency", "adminOpd", true],
    ["Admin OPD of another agency", "adminOpdOther", false],
    ["Admin BKD", "adminBkd", true],
    ["an employee of another agency", "outsider", false],
  ] as const)("%s → %s", async (_label, who, allowed) => {
    const { file, people } = await world();
    const actor = actorOf(people[who]);
    // The query and the permission table agree.
    const owner = await db.employee.findUniqueOrThrow({ where: { id: people.owner.employee.id } });
    expect(can(actor, "evidence.view", { employeeId: owner.id, opdId: owner.opdId, supervisorId: owner.supervisorId })).toBe(allowed);
    const result = evidenceForDownload({ actor, id: file.id });
    if (allowed) {
      const download = await result;
      expect(download).toMatchObject({ id: file.id, name: "bukti.pdf", mimeType: "application/pdf", sizeBytes: file.sizeBytes });
      expect(download.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    } else {
      await expect(result).rejects.toMatchObject({ code: "NOT_FOUND", message: "Berkas bukti tidak ditemukan." });
    }
  });

  it("answers a missing id exactly like a forbidden one", async () => {
    const { file, people } = await world();
    const forbidden = await evidenceForDownload({ actor: actorOf(people.outsider), id: file.id }).catch((e: unknown) => e);
    const missing = await evidenceForDownload({ actor: actorOf(people.owner), id: file.id + 1000 }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: (forbidden as { code: string }).code, message: (forbidden as Error).message });
  });
});

describe("attachEvidence", () => {
  async function setup() {
    const { agency, boss, owner, actor } = await person();
    const other = await createPerson(agency, { supervisorId: boss.employee.id });
    const activity = await db.activity.create({
      data: { employeeId: owner.employee.id, date: new Date("2026-12-01"), startMinute: 480, endMinute: 540, description: "Menyusun laporan harian", outputQuantity: 1, outputUnit: "dokumen" },
    });
    const upload = async (who = owner) => (await storeEvidence({ actor: actorOf(who), file: { name: "b.pdf", bytes: pdf() } })).id;
    return { boss, owner, other, actor, activity, upload };
  }

  const attachedTo = (activityId: number) =>
    db.evidenceFile.findMany({ where: { activityId }, select: { id: true }, orderBy: { id: "asc" } }).then((r) => r.map((x) => x.id));

  it("attaches the owner's orphan files, and attaching them again changes nothing", async () => {
    const { owner, activity, upload } = await setup();
    const ids = [await upload(), await upload()];
    const result = await db.$transaction((tx) => attachEvidence(tx, { ids, ownerEmployeeId: owner.employee.id, target: { activityId: activity.id } }));
    expect(result).toEqual({ attachedIds: ids, total: 2 });
    expect(await attachedTo(activity.id)).toEqual(ids);
    const again = await db.$transaction((tx) => attachEvidence(tx, { ids, ownerEmployeeId: owner.employee.id, target: { activityId: activity.id } }));
    expect(again.total).toBe(2);
  });

  it("refuses someone else's file and rolls back the whole attach", async () => {
    const { owner, other, activity, upload } = await setup();
    const mine = await upload();
    const theirs = await upload(other);
    const error = await db
      .$transaction((tx) => attachEvidence(tx, { ids: [mine, theirs], ownerEmployeeId: owner.employee.id, target: { activityId: activity.id } }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", message: "Berkas bukti tidak ditemukan atau sudah dipakai. Unggah ulang berkasnya." });
    expect(await attachedTo(activity.id)).toEqual([]);
  });

  it("refuses a sixth file on the same activity", async () => {
    const { owner, activity, upload } = await setup();
    const five: number[] = [];
    for (let i = 0; i < 5; i += 1) five.push(await upload());
    await db.$transaction((tx) => attachEvidence(tx, { ids: five, ownerEmployeeId: owner.employee.id, target: { activityId: activity.id } }));
    const sixth = await upload();
    const error = await db
      .$transaction((tx) => attachEvidence(tx, { ids: [sixth], ownerEmployeeId: owner.employee.id, target: { activityId: activity.id } }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", message: "Paling banyak 5 berkas bukti untuk satu isian." });
    expect(await attachedTo(activity.id)).toEqual(five);
    expect((await db.evidenceFile.findUniqueOrThrow({ where: { id: sixth } })).activityId).toBeNull();
  });

  it("refuses six files at once", async () => {
    const { owner, activity, upload } = await setup();
    const six: number[] = [];
    for (let i = 0; i < 6; i += 1) six.push(await upload());
    await expect(
      db.$transaction((tx) => attachEvidence(tx, { ids: six, ownerEmployeeId: owner.employee.id, target: { activityId: activity.id } })),
    ).rejects.toMatchObject({ code: "VALIDATION", message: "Paling banyak 5 berkas bukti untuk satu isian." });
    expect(await attachedTo(activity.id)).toEqual([]);
  });

  it("refuses a file already attached elsewhere, and a target of another employee", async () => {
    const { boss, owner, other, activity, upload } = await setup();
    const used = await upload();
    await db.$transaction((tx) => attachEvidence(tx, { ids: [used], ownerEmployeeId: owner.employee.id, target: { activityId: activity.id } }));
    const instruction = await db.instruction.create({
      data: { issuerEmployeeId: boss.employee.id, title: "Rapat koordinasi", description: "Hadiri rapat", deadline: new Date("2026-12-10") },
    });
    const recipient = await db.instructionRecipient.create({ data: { instructionId: instruction.id, employeeId: owner.employee.id } });
    await expect(
      db.$transaction((tx) => attachEvidence(tx, { ids: [used], ownerEmployeeId: owner.employee.id, target: { instructionRecipientId: recipient.id } })),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await db.evidenceFile.findUniqueOrThrow({ where: { id: used } })).activityId).toBe(activity.id);

    // other's file onto owner's activity, claimed as other's: the activity is not theirs.
    const theirs = await upload(other);
    await expect(
      db.$transaction((tx) => attachEvidence(tx, { ids: [theirs], ownerEmployeeId: other.employee.id, target: { activityId: activity.id } })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.evidenceFile.findUniqueOrThrow({ where: { id: theirs } })).activityId).toBeNull();

    const fresh = await upload();
    const done = await db.$transaction((tx) => attachEvidence(tx, { ids: [fresh], ownerEmployeeId: owner.employee.id, target: { instructionRecipientId: recipient.id } }));
    expect(done.total).toBe(1);
  });
});

describe("deleteOrphanEvidence", () => {
  it("deletes old orphans with their objects, keeps attached and recent files", async () => {
    const { owner, actor } = await person();
    const activity = await db.activity.create({
      data: { employeeId: owner.employee.id, date: new Date("2026-12-01"), startMinute: 480, endMinute: 540, description: "Menyusun laporan harian", outputQuantity: 1, outputUnit: "dokumen" },
    });
    const store = async () => (await storeEvidence({ actor, file: { name: "b.pdf", bytes: pdf() } })).id;
    const oldOrphan = await store();
    const oldAttached = await store();
    const recentOrphan = await store();
    await db.$transaction((tx) => attachEvidence(tx, { ids: [oldAttached], ownerEmployeeId: owner.employee.id, target: { activityId: activity.id } }));
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await db.evidenceFile.updateMany({ where: { id: { in: [oldOrphan, oldAttached] } }, data: { createdAt: twoDaysAgo } });
    const oldKey = (await db.evidenceFile.findUniqueOrThrow({ where: { id: oldOrphan } })).storageKey;

    const result = await deleteOrphanEvidence({ olderThan: new Date(Date.now() - 86_400_000) });
    expect(result).toEqual({ deleted: 1 });
    expect((await db.evidenceFile.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id)).toEqual([oldAttached, recentOrphan]);
    const files = await storedFiles();
    expect(files).toHaveLength(2);
    expect(files).not.toContain(oldKey);
    expect(await db.auditLog.findFirst({ where: { action: "evidence.orphans_deleted" } })).toMatchObject({ after: { count: 1, ids: [oldOrphan] } });
  });
});

describe("readLimitedBody (the upload route's body limit)", () => {
  /** A streamed body of `chunks` × 64 KiB, counting how many chunks were pulled. */
  function streamed(chunks: number, headers: Record<string, string> = {}) {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === chunks) return controller.close();
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const request = new Request("http://localhost/api/bukti", { method: "POST", body, headers, duplex: "half" } as RequestInit);
    return { request, pulled: () => pulled };
  }

  it("returns a body within the limit whole", async () => {
    const { request } = streamed(4);
    expect((await readLimitedBody(request, 256 * 1024))?.byteLength).toBe(256 * 1024);
  });

  it("refuses by the declared Content-Length before reading anything", async () => {
    const { request, pulled } = streamed(100, { "content-length": String(100 * 64 * 1024) });
    expect(await readLimitedBody(request, 1024 * 1024)).toBeNull();
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading a body without a length as soon as it passes the limit", async () => {
    const { request, pulled } = streamed(1000);
    expect(await readLimitedBody(request, 1024 * 1024)).toBeNull();
    expect(pulled()).toBeLessThan(20);
  });
});

describe("local object storage", () => {
  it("stores, reads and deletes under generated keys only", async () => {
    const { createLocalStorage } = await import("@/lib/server/storage/local-storage");
    const { newStorageKey } = await import("@/lib/server/storage/keys");
    const storage = createLocalStorage(storageDir);
    const key = newStorageKey("bukti", new Date("2026-12-04T00:00:00Z"));
    expect(key).toMatch(/^bukti\/2026-12\/[0-9a-f]{32}$/);
    expect(newStorageKey("bukti")).not.toBe(key);

    await storage.put(key, new Uint8Array([1, 2, 3]), "application/pdf");
    expect([...((await storage.get(key)) ?? [])]).toEqual([1, 2, 3]);
    expect(await storedFiles()).toEqual([key]); // no temporary file left behind
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key); // deleting twice is fine

    for (const bad of ["../escape", "/etc/passwd", "bukti/2026-12/../../x", "bukti/2026-12/ABC", ""]) {
      await expect(storage.put(bad, new Uint8Array([1]), "application/pdf")).rejects.toThrow(/Invalid storage key/);
      await expect(storage.get(bad)).rejects.toThrow(/Invalid storage key/);
    }
    expect(await storedFiles()).toEqual([]);
  });
});
