import { EVIDENCE_KINDS, type EvidenceMimeType } from "./kinds";

const MAX_BASE_LENGTH = 120;
const FALLBACK_BASE = "bukti";

// C0/C1 control characters, and the bidirectional overrides and isolates that can make
// "gpj.exe" display as "exe.jpg".
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters that are not allowed in file names on common systems.
const RESERVED = /[<>:"|?*]/g;
const ANY_EVIDENCE_EXTENSION = /\.(pdf|jpe?g|jpe|jfif|png)$/i;

/**
 * The name a stored evidence file is shown and downloaded under: the uploaded name without any
 * folder part, control or direction-changing characters, reserved characters or leading dots,
 * shortened, and ending with an extension that matches the type detected from the content (the
 * uploaded extension is kept when it already matches, e.g. ".jpeg" or ".JPG").
 */
export function safeEvidenceName(uploadedName: string, mimeType: EvidenceMimeType): string {
  const kind = EVIDENCE_KINDS[mimeType];
  const lastSegment = uploadedName.split(/[\\/]/).pop() ?? "";
  const cleaned = lastSegment
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    .trim();

  const dot = cleaned.lastIndexOf(".");
  const currentExtension = dot > 0 ? cleaned.slice(dot + 1) : "";
  const keepsExtension = (kind.extensions as readonly string[]).includes(currentExtension.toLowerCase());
  let base = keepsExtension ? cleaned.slice(0, dot) : cleaned.replace(ANY_EVIDENCE_EXTENSION, "");
  const extension = keepsExtension ? currentExtension : kind.extension;

  base = base.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  base = Array.from(base).slice(0, MAX_BASE_LENGTH).join("").trim();
  return `${base || FALLBACK_BASE}.${extension}`;
}

// RFC 8187 attr-char: everything else is percent-encoded (encodeURIComponent leaves ' ( ) * !).
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `Content-Disposition` for serving a stored file: the UTF-8 name per RFC 6266/8187 with a plain
 * ASCII fallback for old clients. `name` should already be a safeEvidenceName.
 */
export function contentDisposition(name: string, disposition: "inline" | "attachment" = "inline"): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}
