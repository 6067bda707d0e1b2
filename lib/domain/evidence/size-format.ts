const MIB = 1024 * 1024;

/** "2", "1,5", "0,5": at most one decimal, Indonesian comma, no trailing ",0". */
function oneDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded.toLocaleString("id-ID", { maximumFractionDigits: 1, useGrouping: false });
}

/**
 * A limit in megabytes as users read it ("2 MB" for 2 MiB). Sizes are binary (MiB) as the
 * setting is; users know the unit as "MB".
 */
export function formatMegabytes(bytes: number): string {
  // A limit below 0.1 MB would read "0 MB"; say it in KB instead.
  if (bytes < 0.1 * MIB) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${oneDecimal(bytes / MIB)} MB`;
}

/** A file's size for a list: bytes, KB below one megabyte, MB above. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MIB) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return formatMegabytes(bytes);
}
