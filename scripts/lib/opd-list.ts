/**
 * The provincial agencies of prisma/data/opd-jabar.csv, for scripts and tests that need them
 * without running the whole seed (sample generator, import benchmark, integration tests).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

export type OpdListEntry = {
  code: string;
  name: string;
  shortName: string;
  kind: "SEKRETARIAT" | "INSPEKTORAT" | "DINAS" | "BADAN" | "RUMAH_SAKIT";
};

export function readOpdList(file = fileURLToPath(new URL("../../prisma/data/opd-jabar.csv", import.meta.url))): OpdListEntry[] {
  const rows = parse(readFileSync(file, "utf8"), { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return rows.map((r) => ({ code: r.kode!, name: r.nama!, shortName: r.singkatan!, kind: r.jenis as OpdListEntry["kind"] }));
}
