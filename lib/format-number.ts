/**
 * An exact decimal as text ("1500000.25", as the data layer returns organisation targets) in the
 * Indonesian way: "1.500.000,25". Works on the digits, so no precision is lost to floating point.
 */
export function formatDecimalText(value: string): string {
  const match = /^(-?)([0-9]+)(?:\.([0-9]+))?$/.exec(value);
  if (!match) return value;
  const [, sign, whole, fraction] = match;
  const grouped = whole!.replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ".");
  return `${sign}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** Whole rupiah the Indonesian way: 5654400 → "Rp 5.654.400". */
export function formatRupiah(value: number | bigint): string {
  return `Rp ${formatDecimalText(String(value))}`;
}

/** A whole number with Indonesian grouping: 60000 → "60.000". */
export function formatInteger(value: number | bigint): string {
  return formatDecimalText(String(value));
}
