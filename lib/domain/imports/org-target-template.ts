import { csvTemplate } from "./csv-template";
import { ORG_TARGET_IMPORT_COLUMNS } from "./org-target-row";

/** Two example rows of the Dinas Pemuda dan Olahraga (2.17); the figures are illustrative. */
const EXAMPLES: string[][] = [
  ["2.17", "2026", "Meningkatnya prestasi olahraga Jawa Barat", "Persentase atlet berprestasi tingkat nasional dan internasional", "12,5", "persen"],
  ["2.17", "2026", "Meningkatnya peran serta pemuda dalam pembangunan", "Indeks Pembangunan Pemuda", "58.75", "indeks"],
];

/** The downloadable template of the organisation target import: header row and two examples. */
export function orgTargetImportTemplate(): string {
  return csvTemplate(ORG_TARGET_IMPORT_COLUMNS, EXAMPLES);
}
