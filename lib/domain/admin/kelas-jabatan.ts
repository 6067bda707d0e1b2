/** Kelas jabatan, the grade of a position that sets its base allowance (DESIGN.md §2, §8.3). */
export const KELAS_JABATAN_MIN = 1;
export const KELAS_JABATAN_MAX = 17;

export const KELAS_JABATAN_MESSAGE = "Kelas jabatan harus bilangan bulat 1 sampai 17.";

export type KelasParseResult = { readonly ok: true; readonly kelas: number } | { readonly ok: false; readonly message: string };

/** Accepts a number or its decimal text ("9", " 12 "); anything else, fractions included, fails. */
export function parseKelasJabatan(input: string | number): KelasParseResult {
  const text = typeof input === "number" ? String(input) : input.trim();
  if (!/^[0-9]{1,2}$/.test(text)) return { ok: false, message: KELAS_JABATAN_MESSAGE };
  const kelas = Number(text);
  if (kelas < KELAS_JABATAN_MIN || kelas > KELAS_JABATAN_MAX) return { ok: false, message: KELAS_JABATAN_MESSAGE };
  return { ok: true, kelas };
}
