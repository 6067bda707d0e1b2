import type { ParseResult } from "./employee-input";

const clean = (value: string | null | undefined): string => (value ?? "").trim().replace(/\s+/g, " ");

/** Unit and position names: 3–150 characters after trimming and collapsing spaces. */
export function parseOrgName(input: string, what: "Nama unit kerja" | "Nama jabatan"): ParseResult<string> {
  const name = clean(input);
  if (name === "") return { ok: false, message: `${what} wajib diisi.` };
  if (name.length < 3 || name.length > 150) return { ok: false, message: `${what} harus 3 sampai 150 karakter.` };
  return { ok: true, value: name };
}

/** Optional unit code as in SIAp ("03.01"): letters, digits, dots and dashes, at most 20. */
export function parseUnitCode(input: string | null | undefined): ParseResult<string | null> {
  const code = clean(input);
  if (code === "") return { ok: true, value: null };
  if (!/^[0-9A-Za-z.-]{1,20}$/.test(code)) {
    return { ok: false, message: "Kode unit hanya boleh berisi huruf, angka, titik dan tanda hubung (paling banyak 20)." };
  }
  return { ok: true, value: code };
}

export const POSITION_KINDS = ["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];
export const POSITION_KIND_LABEL: Record<PositionKind, string> = {
  STRUKTURAL: "Struktural",
  FUNGSIONAL: "Fungsional",
  PELAKSANA: "Pelaksana",
};

export function parsePositionKind(input: string): ParseResult<PositionKind> {
  const kind = clean(input).toUpperCase();
  return (POSITION_KINDS as readonly string[]).includes(kind)
    ? { ok: true, value: kind as PositionKind }
    : { ok: false, message: "Jenis jabatan harus Struktural, Fungsional atau Pelaksana." };
}
