import type { EvidenceRefusal } from "@/lib/domain/evidence";
import { AppError } from "../errors";

export type EvidenceRefusalReason = EvidenceRefusal | "IMAGE_CANNOT_FIT" | "IMAGE_UNREADABLE";

/** A refused upload: a VALIDATION error whose reason lets the route pick an HTTP status. */
export class EvidenceRefusedError extends AppError {
  readonly reason: EvidenceRefusalReason;

  constructor(reason: EvidenceRefusalReason, message: string) {
    super("VALIDATION", message, { berkas: [message] });
    this.name = "EvidenceRefusedError";
    this.reason = reason;
  }
}
