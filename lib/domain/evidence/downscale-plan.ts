/**
 * How a JPEG or PNG over the limit is made to fit (DESIGN.md §5). Each attempt re-encodes the
 * image with its longer edge at most `longEdge` pixels and the given quality. A JPEG first gets a
 * lower quality at the same size; a PNG stays lossless (quality 100: reducing it to a palette was
 * slower than everything else together on a 12 MP photo and often no smaller) and is recompressed
 * at the highest level. After that the dimensions shrink, scaled by the square root of how far
 * the last attempt missed (bytes grow with the pixel count).
 */
export type DownscaleAttempt = { longEdge: number; quality: number };

/** Photos are never kept larger than this on the long edge (about 12 MP at 4:3). */
export const MAX_LONG_EDGE = 4096;
/** Below this the evidence is no longer legible; such a file is refused instead. */
export const MIN_LONG_EDGE = 640;
export const MAX_ATTEMPTS = 8;

const FIRST_QUALITY = { jpeg: 82, png: 100 } as const;
const LOWER_QUALITY = { jpeg: 70, png: 100 } as const;
/** Aim a little below the limit, so one step usually suffices. */
const MARGIN = 0.9;
/** Each smaller attempt shrinks the long edge by at least this factor. */
const MIN_SHRINK = 0.85;

export function firstDownscaleAttempt(input: { format: "jpeg" | "png"; longEdge: number }): DownscaleAttempt {
  return { longEdge: Math.min(input.longEdge, MAX_LONG_EDGE), quality: FIRST_QUALITY[input.format] };
}

/** The attempt after one that produced `producedBytes`, or null when there is none left. */
export function nextDownscaleAttempt(input: {
  format: "jpeg" | "png";
  previous: DownscaleAttempt;
  producedBytes: number;
  maxBytes: number;
  attemptsMade: number;
}): DownscaleAttempt | null {
  const { format, previous, producedBytes, maxBytes, attemptsMade } = input;
  if (attemptsMade >= MAX_ATTEMPTS) return null;
  if (previous.quality > LOWER_QUALITY[format]) {
    return { longEdge: previous.longEdge, quality: LOWER_QUALITY[format] };
  }
  const ratio = Math.sqrt((maxBytes * MARGIN) / Math.max(producedBytes, 1));
  const longEdge = Math.floor(previous.longEdge * Math.min(ratio, MIN_SHRINK));
  if (longEdge < MIN_LONG_EDGE) {
    // One last try at the smallest legible size, unless that was the previous attempt.
    return previous.longEdge > MIN_LONG_EDGE ? { longEdge: MIN_LONG_EDGE, quality: previous.quality } : null;
  }
  return { longEdge, quality: previous.quality };
}
