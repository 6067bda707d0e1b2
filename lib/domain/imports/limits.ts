/** Largest employee file accepted (about 60,000 rows of SIAp data fit easily). */
export const EMPLOYEE_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Largest number of data rows in one employee file (DESIGN.md §13: 60,000 employees). */
export const EMPLOYEE_IMPORT_MAX_ROWS = 100_000;
/** Largest organisation target file accepted (all agencies' targets for several years fit in far less). */
export const ORG_TARGET_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** Largest number of data rows in one organisation target file (40 agencies × a few dozen indicators × years). */
export const ORG_TARGET_IMPORT_MAX_ROWS = 10_000;

/** "10 MB": an import's size limit as the messages name it. */
export function importSizeLimitText(maxBytes: number): string {
  return `${maxBytes / 1024 / 1024} MB`;
}

/** The message for a file over the limit, on the upload form and in the upload action. */
export function importFileTooLargeMessage(maxBytes: number): string {
  return `Berkas terlalu besar. Ukuran paling besar ${importSizeLimitText(maxBytes)}; bagi berkas per perangkat daerah.`;
}
/** Largest attendance file accepted: a month of a large agency (3,000 × 22 days, ~45 bytes a row) fits well. */
export const ATTENDANCE_IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Largest number of data rows in one attendance file (3,000 employees × 22 working days = 66,000, with room). */
export const ATTENDANCE_IMPORT_MAX_ROWS = 200_000;
/** Largest sanctions file accepted (sanctions are few: a province-wide year fits in far less). */
export const SANCTION_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
/** Largest number of data rows in one sanctions file. */
export const SANCTION_IMPORT_MAX_ROWS = 10_000;
