import { describe, expect, it } from "vitest";
import {
  contentDisposition,
  decideEvidence,
  evidenceKind,
  firstDownscaleAttempt,
  formatFileSize,
  formatMegabytes,
  MAX_ATTEMPTS,
  MIN_LONG_EDGE,
  nextDownscaleAttempt,
  safeEvidenceName,
} from "@/lib/domain/evidence";

const MIB = 1024 * 1024;
const LIMIT = 2 * MIB;

describe("evidence kinds: decided by the detected content type", () => {
  it.each([
    ["PDF", "application/pdf", "PDF"],
    ["JPEG", "image/jpeg", "JPG"],
    ["PNG", "image/png", "PNG"],
    ["GIF", "image/gif", null],
    ["WebP", "image/webp", null],
    ["HEIC (iPhone)", "image/heic", null],
    ["Windows executable", "application/x-msdownload", null],
    ["ZIP / DOCX", "application/zip", null],
    ["SVG (scriptable)", "image/svg+xml", null],
    ["nothing detected (plain text)", undefined, null],
    ["empty string", "", null],
    ["an inherited object key", "constructor", null],
  ])("%s → %s", (_label, mime, expected) => {
    expect(evidenceKind(mime)?.label ?? null).toBe(expected);
  });
});

describe("decideEvidence", () => {
  it.each([
    ["PDF under the limit", "application/pdf", 500_000, "accept", undefined],
    ["PDF exactly at the limit", "application/pdf", LIMIT, "accept", undefined],
    ["PDF one byte over", "application/pdf", LIMIT + 1, "refuse", "PDF_TOO_LARGE"],
    ["JPEG at the limit", "image/jpeg", LIMIT, "accept", undefined],
    ["JPEG one byte over", "image/jpeg", LIMIT + 1, "downscale", undefined],
    ["PNG of 9 MB", "image/png", 9 * MIB, "downscale", undefined],
    ["PNG of 1 byte", "image/png", 1, "accept", undefined],
    ["empty JPEG", "image/jpeg", 0, "refuse", "EMPTY"],
    ["empty, type unknown", undefined, 0, "refuse", "EMPTY"],
    ["text file named x.pdf", undefined, 1200, "refuse", "NOT_ALLOWED_TYPE"],
    ["executable named x.pdf", "application/x-msdownload", 40_000, "refuse", "NOT_ALLOWED_TYPE"],
    ["GIF under the limit", "image/gif", 1000, "refuse", "NOT_ALLOWED_TYPE"],
    ["photo over the upload limit", "image/jpeg", 15 * MIB + 1, "refuse", "TOO_LARGE_UPLOAD"],
    ["photo exactly at the upload limit", "image/jpeg", 15 * MIB, "downscale", undefined],
  ])("%s → %s", (_label, detectedMimeType, sizeBytes, action, reason) => {
    const decision = decideEvidence({ detectedMimeType, sizeBytes, maxBytes: LIMIT, uploadMaxBytes: 15 * MIB });
    expect(decision.action).toBe(action);
    if (decision.action === "refuse") expect(decision.reason).toBe(reason);
  });

  it.each([
    ["a wrong type", { detectedMimeType: "image/gif", sizeBytes: 10, maxBytes: LIMIT }, "Berkas harus PDF, JPG atau PNG"],
    ["a PDF over 2 MiB", { detectedMimeType: "application/pdf", sizeBytes: 3 * MIB, maxBytes: LIMIT }, "PDF lebih dari 2 MB"],
    ["a PDF over 1.5 MiB (configured)", { detectedMimeType: "application/pdf", sizeBytes: 2 * MIB, maxBytes: 1.5 * MIB }, "PDF lebih dari 1,5 MB"],
    ["an empty file", { detectedMimeType: undefined, sizeBytes: 0, maxBytes: LIMIT }, "Berkas kosong"],
    ["an upload over 15 MiB", { detectedMimeType: "image/png", sizeBytes: 20 * MIB, maxBytes: LIMIT, uploadMaxBytes: 15 * MIB }, "Berkas lebih dari 15 MB"],
  ])("refuses %s in Indonesian", (_label, input, start) => {
    const decision = decideEvidence(input);
    expect(decision.action).toBe("refuse");
    if (decision.action === "refuse") expect(decision.message.startsWith(start)).toBe(true);
  });

  it("does not look at the upload limit when none is given", () => {
    expect(decideEvidence({ detectedMimeType: "image/jpeg", sizeBytes: 100 * MIB, maxBytes: LIMIT }).action).toBe("downscale");
  });
});

describe("sizes in Indonesian", () => {
  it.each([
    [2 * MIB, "2 MB"],
    [1.5 * MIB, "1,5 MB"],
    [10 * MIB, "10 MB"],
    [2_000_000, "1,9 MB"],
    [512 * 1024, "0,5 MB"],
    [0.1 * MIB, "0,1 MB"],
    [2_000, "2 KB"],
    [100, "1 KB"],
  ])("formatMegabytes(%i) = %s", (bytes, text) => {
    expect(formatMegabytes(bytes)).toBe(text);
  });

  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1 KB"],
    [850 * 1024, "850 KB"],
    [MIB - 1, "1024 KB"],
    [MIB, "1 MB"],
    [1.25 * MIB, "1,3 MB"],
  ])("formatFileSize(%i) = %s", (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});

describe("safeEvidenceName", () => {
  it.each([
    ["a plain PDF name", "Laporan Kegiatan.pdf", "application/pdf", "Laporan Kegiatan.pdf"],
    ["keeps .jpeg for a JPEG", "foto rapat.jpeg", "image/jpeg", "foto rapat.jpeg"],
    ["keeps upper-case .JPG", "IMG_0001.JPG", "image/jpeg", "IMG_0001.JPG"],
    ["a PNG named .jpg gets .png", "tangkapan.jpg", "image/png", "tangkapan.png"],
    ["a JPEG named .pdf gets .jpg", "scan.pdf", "image/jpeg", "scan.jpg"],
    ["an unknown extension is kept in the name, the real one appended", "laporan.docx", "application/pdf", "laporan.docx.pdf"],
    ["no extension", "bukti-kegiatan", "application/pdf", "bukti-kegiatan.pdf"],
    ["a Unix path", "/home/user/../../etc/passwd.pdf", "application/pdf", "passwd.pdf"],
    ["a Windows path", "C:\\Users\\asep\\Desktop\\surat tugas.pdf", "application/pdf", "surat tugas.pdf"],
    ["control characters and a newline", "sur\u0000at\r\n tugas.pdf", "application/pdf", "surat tugas.pdf"],
    ["a right-to-left override", "foto\u202Egpj.exe", "image/jpeg", "fotogpj.exe.jpg"],
    ["reserved characters", 'a<b>c:"d"|e?f*.png', "image/png", "a_b_c__d__e_f_.png"],
    ["leading dots (hidden file)", "..rahasia.pdf", "application/pdf", "rahasia.pdf"],
    ["only an extension", ".pdf", "application/pdf", "bukti.pdf"],
    ["an empty name", "", "image/png", "bukti.png"],
    ["only a path", "folder/", "image/jpeg", "bukti.jpg"],
    ["spaces collapsed and trimmed", "  notulen   rapat  .pdf ", "application/pdf", "notulen rapat.pdf"],
    ["Indonesian and other letters are kept", "Surat Ñusantara – Dinas.pdf", "application/pdf", "Surat Ñusantara – Dinas.pdf"],
  ] as const)("%s", (_label, name, mime, expected) => {
    expect(safeEvidenceName(name, mime)).toBe(expected);
  });

  it("shortens a very long name to 120 characters plus the extension", () => {
    const name = safeEvidenceName(`${"a".repeat(300)}.pdf`, "application/pdf");
    expect(name).toBe(`${"a".repeat(120)}.pdf`);
  });

  it("never cuts an emoji in half", () => {
    const name = safeEvidenceName(`${"😀".repeat(200)}.png`, "image/png");
    expect(Array.from(name.slice(0, -4))).toHaveLength(120);
    expect(name.isWellFormed()).toBe(true);
  });
});

describe("contentDisposition", () => {
  it.each([
    ["plain ASCII", "laporan.pdf", `inline; filename="laporan.pdf"; filename*=UTF-8''laporan.pdf`],
    ["spaces and parentheses", "surat (1).pdf", `inline; filename="surat (1).pdf"; filename*=UTF-8''surat%20%281%29.pdf`],
    ["an apostrophe and a star", "it's*.png", `inline; filename="it's*.png"; filename*=UTF-8''it%27s%2A.png`],
    ["non-ASCII gets an ASCII fallback", "Ñusantara–1.pdf", `inline; filename="Nusantara_1.pdf"; filename*=UTF-8''%C3%91usantara%E2%80%931.pdf`],
    ["a quote or backslash cannot end the fallback early", 'a"b\\c.pdf', `inline; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`],
  ])("%s", (_label, name, header) => {
    expect(contentDisposition(name)).toBe(header);
  });
});

describe("downscale plan", () => {
  it.each([
    ["a 12 MP JPEG keeps its size at first", "jpeg", 4000, { longEdge: 4000, quality: 82 }],
    ["a 48 MP JPEG starts at 4096 px", "jpeg", 8000, { longEdge: 4096, quality: 82 }],
    ["a PNG starts lossless", "png", 3000, { longEdge: 3000, quality: 100 }],
  ] as const)("first attempt: %s", (_label, format, longEdge, expected) => {
    expect(firstDownscaleAttempt({ format, longEdge })).toEqual(expected);
  });

  it.each([
    ["JPEG: lower quality first, same size", "jpeg", { longEdge: 4000, quality: 82 }, 3 * MIB, 1, { longEdge: 4000, quality: 70 }],
    // sqrt(0.9 × 2 / 3) = 0.775 → 3098
    ["PNG stays lossless and shrinks right away", "png", { longEdge: 4000, quality: 100 }, 3 * MIB, 1, { longEdge: 3098, quality: 100 }],
    // sqrt(0.9 × 2 / 8) = 0.474 → 1897
    ["then smaller, by the square root of the miss", "jpeg", { longEdge: 4000, quality: 70 }, 8 * MIB, 2, { longEdge: 1897, quality: 70 }],
    // sqrt(0.9 × 2 / 2.05) = 0.937 > 0.85 → at least 15% smaller
    ["a near miss still shrinks by 15%", "jpeg", { longEdge: 2000, quality: 70 }, 2.05 * MIB, 3, { longEdge: 1700, quality: 70 }],
    ["below the legible size, one last try at 640 px", "png", { longEdge: 1000, quality: 100 }, 40 * MIB, 4, { longEdge: MIN_LONG_EDGE, quality: 100 }],
    ["nothing after 640 px", "png", { longEdge: MIN_LONG_EDGE, quality: 100 }, 3 * MIB, 5, null],
    ["nothing after the last attempt", "jpeg", { longEdge: 3000, quality: 70 }, 3 * MIB, MAX_ATTEMPTS, null],
  ] as const)("%s", (_label, format, previous, producedBytes, attemptsMade, expected) => {
    expect(nextDownscaleAttempt({ format, previous, producedBytes, maxBytes: LIMIT, attemptsMade })).toEqual(expected);
  });
});
