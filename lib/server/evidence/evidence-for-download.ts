import "server-only";
import type { EvidenceMimeType } from "@/lib/domain/evidence";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { notFound } from "../errors";
import { objectStorage } from "../storage/storage";
import { viewableEvidenceWhere } from "./access";

export const EVIDENCE_NOT_FOUND_MESSAGE = "Berkas bukti tidak ditemukan.";

export type EvidenceDownload = {
  id: number;
  name: string;
  mimeType: EvidenceMimeType;
  sizeBytes: number;
  sha256: string;
  bytes: Buffer;
};

/**
 * One evidence file with its bytes, for the owner, the owner's current direct supervisor, an
 * Admin OPD of the owner's agency, or Admin BKD. Access is part of the query: for anyone else
 * the file simply is not found (NOT_FOUND), so a guessed id reveals nothing.
 */
export async function evidenceForDownload(input: { actor: ServiceActor; id: number }): Promise<EvidenceDownload> {
  const { actor, id } = input;
  const access = viewableEvidenceWhere(actor);
  if (!access || !Number.isSafeInteger(id) || id <= 0) throw notFound(EVIDENCE_NOT_FOUND_MESSAGE);
  const row = await db.evidenceFile.findFirst({
    where: { AND: [{ id }, access] },
    select: { id: true, originalName: true, mimeType: true, sizeBytes: true, sha256: true, storageKey: true },
  });
  if (!row) throw notFound(EVIDENCE_NOT_FOUND_MESSAGE);
  const bytes = await objectStorage().get(row.storageKey);
  if (!bytes) {
    console.error("[evidence] stored object missing", { id: row.id, storageKey: row.storageKey });
    throw notFound(EVIDENCE_NOT_FOUND_MESSAGE);
  }
  return {
    id: row.id,
    name: row.originalName,
    mimeType: row.mimeType as EvidenceMimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    bytes,
  };
}
