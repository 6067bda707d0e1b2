import { csvTemplate } from "./csv-template";
import { EMPLOYEE_IMPORT_COLUMNS } from "./employee-row";

/** Two example rows (fictitious): a head of agency and a staff member reporting to them. */
const EXAMPLES: string[][] = [
  ["197005121996031001", "Asep Saepudin", "", "S.Pd., M.Si.", "IV/c", "PNS", "Kepala Dinas Pemuda dan Olahraga", "14", "STRUKTURAL",
    "Dinas Pemuda dan Olahraga", "2.17", "", "asep.saepudin@jabarprov.go.id", "081234567801", "1996-03-01", "2022-01-03"],
  ["199008172015032001", "Neneng Hasanah", "", "S.Or.", "III/b", "PNS", "Analis Kebijakan Ahli Pertama", "8", "FUNGSIONAL",
    "Bidang Keolahragaan", "2.17", "197005121996031001", "neneng.hasanah@jabarprov.go.id", "081234567802", "2015-03-01", "2020-01-02"],
];

/** The downloadable template of the employee import: header row and the two examples. */
export function employeeImportTemplate(): string {
  return csvTemplate(EMPLOYEE_IMPORT_COLUMNS, EXAMPLES);
}
