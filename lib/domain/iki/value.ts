/**
 * The realised value of an IKI as typed: a non-negative decimal with at most four decimals
 * (stored as DECIMAL(18,4)), "4,5" or "4.5". Thousands separators are not accepted: "1.500" would
 * mean 1500 to one reader and 1.5 to another, so only one separator, as the decimal point.
 */
export const REALISATION_MAX_DECIMALS = 4;
export const REALISATION_MAX_INTEGER_DIGITS = 14;

export type RealisationValueResult = { ok: true; value: string } | { ok: false; message: string };

export function parseRealisationValue(raw: string): RealisationValueResult {
  const typed = raw.trim().replace(/\s/g, "");
  if (typed === "") return { ok: false, message: "Isi nilai realisasi, misalnya 12 atau 4,5." };
  if (/^[-−]/.test(typed)) return { ok: false, message: "Nilai realisasi tidak boleh negatif." };
  const match = /^([0-9]+)(?:[.,]([0-9]+))?$/.exec(typed);
  if (!match) return { ok: false, message: "Nilai realisasi harus berupa angka, misalnya 12 atau 4,5 (tanpa pemisah ribuan)." };
  const fraction = match[2] ?? "";
  if (fraction.length > REALISATION_MAX_DECIMALS) return { ok: false, message: "Nilai realisasi paling banyak empat angka di belakang koma." };
  const whole = match[1]!.replace(/^0+(?=\d)/, "");
  if (whole.length > REALISATION_MAX_INTEGER_DIGITS) return { ok: false, message: "Nilai realisasi terlalu besar." };
  const trimmed = fraction.replace(/0+$/, "");
  return { ok: true, value: trimmed ? `${whole}.${trimmed}` : whole };
}

/** A stored or canonical decimal ("4.5000", "1500000.25") for people: "4,5", "1.500.000,25". */
export function formatDecimalId(text: string): string {
  const match = /^([0-9]+)(?:\.([0-9]*))?$/.exec(text);
  if (!match) return text;
  const whole = match[1]!.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const fraction = (match[2] ?? "").replace(/0+$/, "");
  return fraction ? `${whole},${fraction}` : whole;
}
