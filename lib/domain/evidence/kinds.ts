/**
 * The kinds of evidence file DESIGN.md §5 allows: PDF, JPEG, PNG. A kind is decided from the type
 * detected in the file's content (its magic bytes), never from its name or the type the browser
 * sent, so a renamed program or text file is not a "PDF".
 */
export const EVIDENCE_KINDS = {
  "application/pdf": { mimeType: "application/pdf", label: "PDF", extension: "pdf", extensions: ["pdf"], image: false },
  "image/jpeg": { mimeType: "image/jpeg", label: "JPG", extension: "jpg", extensions: ["jpg", "jpeg", "jpe", "jfif"], image: true },
  "image/png": { mimeType: "image/png", label: "PNG", extension: "png", extensions: ["png"], image: true },
} as const;

export type EvidenceMimeType = keyof typeof EVIDENCE_KINDS;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[EvidenceMimeType];

/** For a file input's `accept`: a hint to the browser only; the server checks the content. */
export const EVIDENCE_ACCEPT = "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png";

/** The evidence kind of a detected content type, or null when it is not one we accept. */
export function evidenceKind(detectedMimeType: string | null | undefined): EvidenceKind | null {
  if (!detectedMimeType) return null;
  return Object.hasOwn(EVIDENCE_KINDS, detectedMimeType) ? EVIDENCE_KINDS[detectedMimeType as EvidenceMimeType] : null;
}

/** Most files a single activity, IKI realisation or instruction report may carry (DESIGN.md §5: 0–5). */
export const MAX_EVIDENCE_PER_TARGET = 5;
