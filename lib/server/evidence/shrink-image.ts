import "server-only";
import sharp from "sharp";
import { firstDownscaleAttempt, nextDownscaleAttempt, type DownscaleAttempt } from "@/lib/domain/evidence";

/**
 * Largest image we decode (pixels). A small file can declare huge dimensions (a decompression
 * bomb); sharp refuses to decode past this instead of filling the memory.
 */
const MAX_INPUT_PIXELS = 60_000_000;

export type ImageFormat = "jpeg" | "png";

export class UnreadableImageError extends Error {}

function pipeline(bytes: Uint8Array) {
  return sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" });
}

/** Width and height as displayed (EXIF orientations 5–8 swap them), from the header only. */
async function imageDimensions(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  const meta = await pipeline(bytes).metadata();
  if (!meta.width || !meta.height) throw new UnreadableImageError("no dimensions");
  const swapped = (meta.orientation ?? 1) >= 5;
  return swapped ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };
}

function unreadable(error: unknown): UnreadableImageError {
  return error instanceof UnreadableImageError ? error : new UnreadableImageError(String(error));
}

/**
 * Checks that the whole image decodes (a right header over truncated or corrupt data fails here),
 * by rendering a small thumbnail so memory stays bounded; throws UnreadableImageError otherwise.
 */
export async function verifyImage(bytes: Uint8Array): Promise<{ width: number; height: number }> {
  try {
    const size = await imageDimensions(bytes);
    await pipeline(bytes).resize({ width: 256, height: 256, fit: "inside" }).png({ compressionLevel: 0 }).toBuffer();
    return size;
  } catch (error) {
    throw unreadable(error);
  }
}

async function encode(bytes: Uint8Array, format: ImageFormat, attempt: DownscaleAttempt): Promise<Buffer> {
  // rotate() applies the EXIF orientation to the pixels; the output carries no metadata
  // (sharp drops EXIF, GPS, XMP and ICC unless asked to keep them) and is in sRGB.
  const resized = pipeline(bytes)
    .rotate()
    .resize({ width: attempt.longEdge, height: attempt.longEdge, fit: "inside", withoutEnlargement: true });
  if (format === "jpeg") return resized.jpeg({ quality: attempt.quality, progressive: true }).toBuffer();
  return resized.png({ compressionLevel: 9 }).toBuffer();
}

/**
 * Re-encodes a JPEG or PNG, stepping down quality and then dimensions (lib/domain/evidence
 * downscale-plan), until it is at most `maxBytes`. The format stays the same. Returns null when
 * it cannot be made to fit at a legible size; throws UnreadableImageError for a broken image.
 */
export async function shrinkImage(input: {
  bytes: Uint8Array;
  format: ImageFormat;
  maxBytes: number;
}): Promise<{ bytes: Buffer; width: number; height: number } | null> {
  const { bytes, format, maxBytes } = input;
  const { width, height } = await imageDimensions(bytes).catch((error: unknown) => {
    throw unreadable(error);
  });
  let attempt: DownscaleAttempt | null = firstDownscaleAttempt({ format, longEdge: Math.max(width, height) });
  for (let made = 1; attempt; made += 1) {
    let output: Buffer;
    try {
      output = await encode(bytes, format, attempt);
    } catch (error) {
      throw unreadable(error);
    }
    if (output.length <= maxBytes) return { bytes: output, ...(await verifyImage(output)) };
    attempt = nextDownscaleAttempt({ format, previous: attempt, producedBytes: output.length, maxBytes, attemptsMade: made });
  }
  return null;
}
