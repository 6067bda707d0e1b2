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
