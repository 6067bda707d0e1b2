export { decideEvidence, evidenceMessages, type EvidenceDecision, type EvidenceRefusal } from "./decision";
export {
  type DownscaleAttempt,
  firstDownscaleAttempt,
  MAX_ATTEMPTS,
  MAX_LONG_EDGE,
  MIN_LONG_EDGE,
  nextDownscaleAttempt,
} from "./downscale-plan";
export {
  EVIDENCE_ACCEPT,
  EVIDENCE_KINDS,
  evidenceKind,
  MAX_EVIDENCE_PER_TARGET,
  type EvidenceKind,
  type EvidenceMimeType,
} from "./kinds";
export { contentDisposition, safeEvidenceName } from "./safe-name";
export { formatFileSize, formatMegabytes } from "./size-format";
