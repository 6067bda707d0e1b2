const cell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A downloadable import template: the header row and example rows, CRLF-separated as spreadsheets write them. */
export function csvTemplate(columns: readonly string[], examples: readonly (readonly string[])[]): string {
  return [columns.join(","), ...examples.map((row) => row.map(cell).join(","))].join("\r\n") + "\r\n";
}
