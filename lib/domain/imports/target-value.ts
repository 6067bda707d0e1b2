/**
 * The `target` cell of an organisation target (e-SAKIP): a non-negative number with at most four
 * decimals, stored exactly as DECIMAL(18,4) (prisma/schema.prisma OrgTarget.target). Both "4.2"
 * and the Indonesian "4,2" are accepted. Thousands separators are refused: "1.500" means 1500 to
 * an Indonesian reader and 1.5 to a spreadsheet in English, so a number whose only separator is
 * followed by exactly three digits (and whose whole part is not 0) is refused as ambiguous rather
 * than guessed.
 */

/** DECIMAL(18,4): 14 digits before the decimal point. */
export const TARGET_MAX_INTEGER_DIGITS = 14;
export const TARGET_MAX_DECIMALS = 4;

export type TargetValueResult = { ok: true; value: string } | { ok: false; message: string };

const PLAIN = /^([0-9]+)(?:[.,]([0-9]+))?$/;
const GROUPED = /^[0-9]{1,3}(?:([.,])[0-9]{3})(?:\1[0-9]{3})*(?:[.,][0-9]+)?$/;

/**
 * "0042.50" → "42.5": no leading zeros in the whole part, no trailing zeros in the fraction, a
 * point as the decimal separator. The form in which a target is compared and returned.
 */
export function canonicalDecimal(whole: string, fraction = ""): string {
  const w = whole.replace(/^0+(?=[0-9])/, "");
  const f = fraction.replace(/0+$/, "");
  return f === "" ? w : `${w}.${f}`;
}

/** A stored DECIMAL as text ("4.2000", "95") in the canonical form ("4.2", "95"). */
export function canonicalStoredDecimal(text: string): string {
  const [whole = "0", fraction = ""] = text.split(".");
  return canonicalDecimal(whole, fraction);
}

export function parseTargetValue(raw: string): TargetValueResult {
  const text = raw.trim();
  if (text === "") return { ok: false, message: "target wajib diisi (angka, misalnya 4.2 atau 4,2)." };
  const plain = PLAIN.exec(text);
  if (!plain) {
    if (/^[-−]/.test(text)) return { ok: false, message: `target tidak boleh negatif (tertulis "${text}").` };
    if (GROUPED.test(text)) {
      return { ok: false, message: `target "${text}" memakai pemisah ribuan; tulis tanpa pemisah ribuan, misalnya 1500000 atau 1500000,5.` };
    }
    return { ok: false, message: `target harus berupa angka, misalnya 4.2 atau 4,2 (tertulis "${text}").` };
  }
  const whole = plain[1]!;
  const fraction = plain[2] ?? "";
  if (fraction.length > TARGET_MAX_DECIMALS) {
    return { ok: false, message: `target paling banyak ${TARGET_MAX_DECIMALS} angka di belakang koma (tertulis "${text}").` };
  }
  if (fraction.length === 3 && /^[1-9][0-9]{0,2}$/.test(whole)) {
    return {
      ok: false,
      message:
        `target "${text}" meragukan: tiga angka setelah titik atau koma bisa berarti pemisah ribuan. ` +
        `Tulis bilangan bulat tanpa pemisah ribuan (misalnya ${whole}${fraction}), atau desimal dengan empat angka di belakang koma (misalnya ${whole},${fraction}0).`,
    };
  }
  const value = canonicalDecimal(whole, fraction);
  if (value.split(".")[0]!.length > TARGET_MAX_INTEGER_DIGITS) {
    return { ok: false, message: `target terlalu besar: paling banyak ${TARGET_MAX_INTEGER_DIGITS} angka sebelum koma (tertulis "${text}").` };
  }
  return { ok: true, value };
}
