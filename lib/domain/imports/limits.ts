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
