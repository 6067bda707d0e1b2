import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { decideEvidence, evidenceMessages, safeEvidenceName, type EvidenceMimeType } from "@/lib/domain/evidence";
import { env } from "@/lib/env";
import { writeAudit } from "../audit";
import { auditActor, type ServiceActor } from "../authz";
import { db } from "../db";
import { newStorageKey, objectStorage } from "../storage/storage";
import { EvidenceRefusedError } from "./refusal";
import { shrinkImage, UnreadableImageError, verifyImage } from "./shrink-image";

export type StoredEvidence = {
  id: number;
  name: string;
  mimeType: EvidenceMimeType;
  sizeBytes: number;
  originalSizeBytes: number;
  downscaled: boolean;
};

/** The bytes to keep: the upload itself, or a downscaled copy of a JPEG/PNG over the limit. */
async function bytesToKeep(bytes: Uint8Array, maxBytes: number, uploadMaxBytes: number) {
  const detected = await fileTypeFromBuffer(bytes);
  const decision = decideEvidence({ detectedMimeType: detected?.mime, sizeBytes: bytes.length, maxBytes, uploadMaxBytes });
  if (decision.action === "refuse") throw new EvidenceRefusedError(decision.reason, decision.message);
  const mimeType = decision.kind.mimeType;
  try {
    if (decision.action === "accept") {
      // The content starts like an image; make sure all of it decodes before keeping it.
      if (decision.kind.image) await verifyImage(bytes);
      return { mimeType, bytes, downscaled: false };
    }
    const shrunk = await shrinkImage({ bytes, format: mimeType === "image/png" ? "png" : "jpeg", maxBytes });
    if (!shrunk) throw new EvidenceRefusedError("IMAGE_CANNOT_FIT", evidenceMessages.imageCannotFit(maxBytes));
    return { mimeType, bytes: new Uint8Array(shrunk.bytes), downscaled: true };
  } catch (error) {
    if (error instanceof UnreadableImageError) {
      throw new EvidenceRefusedError("IMAGE_UNREADABLE", evidenceMessages.imageUnreadable());
    }
    throw error;
  }
}

/**
 * Stores an uploaded evidence file for the actor (DESIGN.md §5) as an orphan, to be attached to
 * an activity, IKI realisation or instruction report later (attachEvidence). The type comes from
 * the content; a JPEG/PNG over EVIDENCE_MAX_BYTES is downscaled; anything refused throws an
 * EvidenceRefusedError and stores nothing. The object is written first and removed again if the
 * row cannot be written, so no row ever points at a missing object.
 */
export async function storeEvidence(input: {
  actor: ServiceActor;
  file: { name: string; bytes: Uint8Array };
}): Promise<StoredEvidence> {
  const { actor, file } = input;
  const { EVIDENCE_MAX_BYTES, EVIDENCE_UPLOAD_MAX_BYTES } = env();
  const kept = await bytesToKeep(file.bytes, EVIDENCE_MAX_BYTES, EVIDENCE_UPLOAD_MAX_BYTES);
  const name = safeEvidenceName(file.name, kept.mimeType);
  const sha256 = createHash("sha256").update(kept.bytes).digest("hex");
  const storageKey = newStorageKey("bukti");
  const storage = objectStorage();

  await storage.put(storageKey, kept.bytes, kept.mimeType);
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.evidenceFile.create({
        data: {
          ownerEmployeeId: actor.employeeId,
          storageKey,
          originalName: name,
          mimeType: kept.mimeType,
          sizeBytes: kept.bytes.length,
          originalSizeBytes: file.bytes.length,
          sha256,
        },
        select: { id: true },
      });
      await writeAudit(tx, auditActor(actor), {
        action: "evidence.uploaded",
        targetType: "EvidenceFile",
        targetId: created.id,
        after: { name, mimeType: kept.mimeType, sizeBytes: kept.bytes.length, originalSizeBytes: file.bytes.length, downscaled: kept.downscaled, sha256 },
      });
      return created;
    });
    return {
      id: row.id,
      name,
      mimeType: kept.mimeType,
      sizeBytes: kept.bytes.length,
      originalSizeBytes: file.bytes.length,
      downscaled: kept.downscaled,
    };
  } catch (error) {
    await storage.delete(storageKey).catch((cleanup: unknown) => {
      console.error("[evidence] could not remove the object of a failed upload", storageKey, cleanup);
    });
    throw error;
  }
}
