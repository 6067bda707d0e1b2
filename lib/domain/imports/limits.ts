/** Largest employee file accepted (about 60,000 rows of SIAp data fit easily). */
export const EMPLOYEE_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Largest number of data rows in one employee file (DESIGN.md §13: 60,000 employees). */
export const EMPLOYEE_IMPORT_MAX_ROWS = 100_000;
