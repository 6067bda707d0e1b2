import { csvTemplate } from "./csv-template";
import { ATTENDANCE_IMPORT_COLUMNS } from "./attendance-row";

/** Two example rows: a late arrival and a day of leave (fictitious NIP). */
const EXAMPLES: string[][] = [
  ["198503122010011002", "2026-11-02", "07:48", "16:05", "HADIR"],
  ["198503122010011002", "2026-11-03", "", "", "CUTI"],
];

/** The downloadable template of the K-MOB attendance import: header row and two examples. */
export function attendanceImportTemplate(): string {
  return csvTemplate(ATTENDANCE_IMPORT_COLUMNS, EXAMPLES);
}
