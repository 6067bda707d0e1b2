/**
 * Writes prisma/data/siap-pegawai-sample.csv: 250 fictitious employees of five agencies in the
 * SIAp Jabar import format, always the same file for the same code (fixed seed).
 * Run: npx tsx scripts/generate-siap-sample.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readOpdList } from "./lib/opd-list";
import { generateSiapRows, SAMPLE_OPD_CODES, toSiapCsv } from "./lib/siap-sample";

const target = fileURLToPath(new URL("../prisma/data/siap-pegawai-sample.csv", import.meta.url));
const opds = readOpdList();
const agencies = SAMPLE_OPD_CODES.map((code) => {
  const opd = opds.find((o) => o.code === code);
  if (!opd) throw new Error(`OPD ${code} tidak ada di opd-jabar.csv`);
  return opd;
});
const rows = generateSiapRows({ agencies, perAgency: 50, seed: 2026 });
writeFileSync(target, toSiapCsv(rows));
console.log(`${rows.length} pegawai dari ${agencies.length} perangkat daerah ditulis ke ${target}`);
