/** Builds the production bundle when the sources changed since the last build. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { log, run } from "./run";

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs", "prisma/schema.prisma"];
const STAMP = ".next/trk-source-fingerprint";

function walk(entry: string, hash: ReturnType<typeof createHash>): void {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    if (entry.endsWith("generated")) return;
    for (const name of readdirSync(entry).sort()) walk(path.join(entry, name), hash);
  } else {
    hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
  }
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const s of SOURCES) walk(s, hash);
  return hash.digest("hex");
}

export async function buildIfNeeded(options: { force?: boolean } = {}): Promise<void> {
  const fingerprint = sourceFingerprint();
  const built = existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint;
  if (built && !options.force) {
    log("Build produksi sudah mutakhir, dilewati.");
    return;
  }
  log("Membangun aplikasi (next build)…");
  await run("next", ["build"], { label: "next build" });
  writeFileSync(STAMP, fingerprint);
}
