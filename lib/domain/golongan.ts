import type { EmployeeStatus } from "./employee-status";

/** The golongan group that sets the PPh 21 rate (DESIGN.md §8.3 step 6). */
export type GolonganGroup = "I" | "II" | "III" | "IV";

/** PNS/CPNS ranks (DESIGN.md §2): I/a–I/d, II/a–II/d, III/a–III/d, IV/a–IV/e. */
export const PNS_GOLONGAN: readonly string[] = [
  ...["a", "b", "c", "d"].map((letter) => `I/${letter}`),
  ...["a", "b", "c", "d"].map((letter) => `II/${letter}`),
  ...["a", "b", "c", "d"].map((letter) => `III/${letter}`),
  ...["a", "b", "c", "d", "e"].map((letter) => `IV/${letter}`),
];

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
  "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"] as const;

/** PPPK pay grades I–XVII. */
export const PPPK_GOLONGAN: readonly string[] = ROMAN;

/**
 * Assumption, configurable: PPPK grades map onto the PNS groups for the tax rate as
 * I–IV → I, V–VIII → II, IX–XII → III, XIII–XVII → IV. Change here if BKD rules otherwise.
 */
const PPPK_GROUP_BY_GRADE: readonly GolonganGroup[] = [
  "I", "I", "I", "I", "II", "II", "II", "II", "III", "III", "III", "III", "IV", "IV", "IV", "IV", "IV",
];

export type GolonganParseResult =
  | { readonly ok: true; readonly golongan: string; readonly group: GolonganGroup }
  | { readonly ok: false; readonly message: string };

/**
 * Parses a golongan as written in SIAp exports or typed by an admin, and normalises it:
 * PNS/CPNS "III/b" (also "iii/B", "III-b", "III b", "IIIb"); PPPK "IX" (also "ix" or "9").
 */
export function parseGolongan(input: string, status: EmployeeStatus): GolonganParseResult {
  const text = input.trim();
  if (text === "") return { ok: false, message: "Golongan wajib diisi." };
  return status === "PPPK" ? parsePppk(text) : parsePns(text);
}

function parsePns(text: string): GolonganParseResult {
  const match = /^(I{1,3}|IV)\s*[/-]?\s*([A-E])$/i.exec(text);
  const golongan = match ? `${match[1]!.toUpperCase()}/${match[2]!.toLowerCase()}` : "";
  if (!PNS_GOLONGAN.includes(golongan)) {
    return {
      ok: false,
      message: "Golongan PNS/CPNS harus salah satu dari I/a sampai IV/e (misalnya III/b); huruf e hanya untuk golongan IV.",
    };
  }
  return { ok: true, golongan, group: match![1]!.toUpperCase() as GolonganGroup };
}

function parsePppk(text: string): GolonganParseResult {
  const upper = text.toUpperCase();
  const grade = /^[0-9]{1,2}$/.test(upper)
    ? Number(upper)
    : (ROMAN as readonly string[]).indexOf(upper) + 1;
  const golongan = ROMAN[grade - 1];
  const group = PPPK_GROUP_BY_GRADE[grade - 1];
  if (grade < 1 || golongan === undefined || group === undefined) {
    return { ok: false, message: "Golongan PPPK harus angka Romawi I sampai XVII (misalnya IX)." };
  }
  return { ok: true, golongan, group };
}

export function isValidGolongan(input: string, status: EmployeeStatus): boolean {
  return parseGolongan(input, status).ok;
}

/** The tax group of a golongan; throws on an invalid golongan, which validated data never holds. */
export function golonganGroup(golongan: string, status: EmployeeStatus): GolonganGroup {
  const parsed = parseGolongan(golongan, status);
  if (!parsed.ok) throw new Error(`Invalid golongan "${golongan}" for status ${status}`);
  return parsed.group;
}
