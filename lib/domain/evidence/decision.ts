import { evidenceKind, type EvidenceKind } from "./kinds";
import { formatMegabytes } from "./size-format";

export type EvidenceRefusal = "EMPTY" | "TOO_LARGE_UPLOAD" | "NOT_ALLOWED_TYPE" | "PDF_TOO_LARGE";

export type EvidenceDecision =
  | { action: "accept"; kind: EvidenceKind }
  | { action: "downscale"; kind: EvidenceKind }
  | { action: "refuse"; reason: EvidenceRefusal; message: string };

export const evidenceMessages = {
  empty: () => "Berkas kosong. Pilih berkas PDF, JPG atau PNG yang berisi bukti.",
  tooLargeUpload: (uploadMaxBytes: number) =>
    `Berkas lebih dari ${formatMegabytes(uploadMaxBytes)} dan tidak dapat diunggah. Perkecil atau pisahkan berkasnya lalu unggah lagi.`,
  notAllowedType: () =>
    "Berkas harus PDF, JPG atau PNG. Isi berkas ini bukan salah satunya (yang diperiksa isi berkas, bukan namanya).",
  pdfTooLarge: (maxBytes: number) =>
    `PDF lebih dari ${formatMegabytes(maxBytes)}. Perkecil PDF-nya (misalnya simpan ulang dengan kualitas lebih rendah) atau pisahkan halamannya, lalu unggah lagi.`,
  imageCannotFit: (maxBytes: number) =>
    `Gambar tidak dapat diperkecil hingga ${formatMegabytes(maxBytes)}. Potong atau perkecil gambarnya lalu unggah lagi.`,
  imageUnreadable: () => "Gambar tidak dapat dibaca; berkasnya mungkin rusak. Pilih berkas lain.",
  tooManyFiles: (max: number) => `Paling banyak ${max} berkas bukti untuk satu isian.`,
  unavailable: () => "Berkas bukti tidak ditemukan atau sudah dipakai. Unggah ulang berkasnya.",
} as const;

/**
 * What to do with an uploaded file (DESIGN.md §5), given the type detected from its content, its
 * size and the stored-size limit: keep it as it is; downscale it (a JPEG or PNG over the limit);
 * or refuse it with a message (empty, not PDF/JPEG/PNG, a PDF over the limit, or anything over
 * the upload limit, which bounds the work the server does for one request).
 */
export function decideEvidence(input: {
  detectedMimeType: string | null | undefined;
  sizeBytes: number;
  maxBytes: number;
  uploadMaxBytes?: number;
}): EvidenceDecision {
  const { detectedMimeType, sizeBytes, maxBytes, uploadMaxBytes } = input;
  if (sizeBytes <= 0) return { action: "refuse", reason: "EMPTY", message: evidenceMessages.empty() };
  if (uploadMaxBytes !== undefined && sizeBytes > uploadMaxBytes) {
    return { action: "refuse", reason: "TOO_LARGE_UPLOAD", message: evidenceMessages.tooLargeUpload(uploadMaxBytes) };
  }
  const kind = evidenceKind(detectedMimeType);
  if (!kind) return { action: "refuse", reason: "NOT_ALLOWED_TYPE", message: evidenceMessages.notAllowedType() };
  if (sizeBytes <= maxBytes) return { action: "accept", kind };
  if (kind.image) return { action: "downscale", kind };
  return { action: "refuse", reason: "PDF_TOO_LARGE", message: evidenceMessages.pdfTooLarge(maxBytes) };
}
