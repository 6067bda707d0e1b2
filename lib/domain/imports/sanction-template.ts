import { csvTemplate } from "./csv-template";
import { SANCTION_IMPORT_COLUMNS } from "./sanction-row";

/** Two example rows (fictitious NIP and decree numbers). */
const EXAMPLES: string[][] = [
  ["198503122010011002", "Penundaan kenaikan gaji berkala", "25", "2026-11", "12", "800/123/BKD/2026"],
  ["198503122010011002", "Teguran tertulis", "12,5", "2026-12", "3", ""],
];

/** The downloadable template of the sanctions import: header row and two examples. */
export function sanctionImportTemplate(): string {
  return csvTemplate(SANCTION_IMPORT_COLUMNS, EXAMPLES);
}
