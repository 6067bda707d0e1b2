/**
 * The S3 driver of ObjectStorage (DESIGN.md §13) against a local S3-compatible server (s3rver, from
 * the npm registry) started in this file: a put/get/delete round trip, and evidence stored through
 * storeEvidence with STORAGE_DRIVER=s3 lands in the bucket, not on disk, and is served back.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { evidenceForDownload } from "@/lib/server/evidence/evidence-for-download";
import { storeEvidence } from "@/lib/server/evidence/store-evidence";
import { newStorageKey } from "@/lib/server/storage/keys";
import { createS3Storage } from "@/lib/server/storage/s3-storage";
import { objectStorage } from "@/lib/server/storage/storage";
import { actorOf } from "../support/actors";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

const BUCKET = "trk-bukti-test";
const S3_VARS = ["STORAGE_DRIVER", "STORAGE_DIR", "S3_ENDPOINT", "S3_REGION", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"];

let server: S3rver;
let serverDir: string;
let localDir: string;
let endpoint: string;

beforeAll(async () => {
  serverDir = await mkdtemp(path.join(tmpdir(), "trk-s3rver-"));
  localDir = await mkdtemp(path.join(tmpdir(), "trk-s3-local-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: serverDir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const address = (await server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
  Object.assign(process.env, {
    STORAGE_DRIVER: "s3",
    // Where the local driver would write: it must stay empty.
    STORAGE_DIR: localDir,
    S3_ENDPOINT: endpoint,
    S3_REGION: "us-east-1",
    S3_BUCKET: BUCKET,
    // s3rver's fixed development credentials.
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "true",
  });
  resetEnvCache();
});

afterAll(async () => {
  for (const name of S3_VARS) delete process.env[name];
  resetEnvCache();
  await server?.close();
  await rm(serverDir, { recursive: true, force: true });
  await rm(localDir, { recursive: true, force: true });
});

beforeEach(resetDatabase);

function storage() {
  return createS3Storage({ endpoint, region: "us-east-1", bucket: BUCKET, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true });
}

/** A small but real PDF. */
function pdf(): Uint8Array {
  return new TextEncoder().encode(
    "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n%" +
      "x".repeat(1500) +
      "\ntrailer << /Root 1 0 R >>\n%%EOF\n",
  );
}

describe("S3 object storage", () => {
  it("puts, gets and deletes an object; a missing object reads as null and deletes without error", async () => {
    const s3 = storage();
    const key = newStorageKey("bukti");
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, ...new TextEncoder().encode("bukti kegiatan")]);
    await s3.put(key, bytes, "application/octet-stream");
    const read = await s3.get(key);
    expect(read).not.toBeNull();
    expect(Buffer.compare(read!, Buffer.from(bytes))).toBe(0);

    await s3.delete(key);
    expect(await s3.get(key)).toBeNull();
    await expect(s3.delete(key)).resolves.toBeUndefined();
    expect(await s3.get(newStorageKey("bukti"))).toBeNull();
  });

  it("refuses a key it did not make, before any request", async () => {
    const s3 = storage();
    await expect(s3.put("../etc/passwd", new Uint8Array([1]), "text/plain")).rejects.toThrow("Invalid storage key");
    await expect(s3.get("bukti/2026-12/not-a-uuid")).rejects.toThrow("Invalid storage key");
  });

  it("with STORAGE_DRIVER=s3, evidence stored through storeEvidence is kept in the bucket and served back", async () => {
    const agency = await createAgency();
    const boss = await createPerson(agency);
    const owner = await createPerson(agency, { supervisorId: boss.employee.id });
    const bytes = pdf();

    const stored = await storeEvidence({ actor: actorOf(owner), file: { name: "Surat Tugas.pdf", bytes } });
    const row = await db.evidenceFile.findUniqueOrThrow({ where: { id: stored.id } });

    // In the bucket (read with a separate client), not in the local folder.
    const object = await storage().get(row.storageKey);
    expect(object && Buffer.compare(object, Buffer.from(bytes))).toBe(0);
    expect(await readdir(localDir, { recursive: true })).toEqual([]);

    // Served back to the owner's supervisor through the configured storage.
    const download = await evidenceForDownload({ actor: actorOf(boss), id: stored.id });
    expect(download).toMatchObject({ id: stored.id, name: "Surat Tugas.pdf", mimeType: "application/pdf", sizeBytes: bytes.length });
    expect(Buffer.compare(download.bytes, Buffer.from(bytes))).toBe(0);

    await objectStorage().delete(row.storageKey);
    expect(await storage().get(row.storageKey)).toBeNull();
  });
});
