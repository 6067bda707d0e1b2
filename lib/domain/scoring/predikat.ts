/**
 * Predikat kinerja (DESIGN.md §8.2): from the rating of results (hasil kerja) and of behaviour
 * (perilaku) against expectation. The supervisor decides both ratings; the system proposes them.
 */
import { cmp, rational, type Rational } from "../rational";

export const EXPECTATIONS = ["DI_ATAS", "SESUAI", "DI_BAWAH"] as const;
export type Expectation = (typeof EXPECTATIONS)[number];
export const PREDIKATS = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const;
export type Predikat = (typeof PREDIKATS)[number];

export const EXPECTATION_LABELS: Record<Expectation, string> = { DI_ATAS: "Di atas ekspektasi", SESUAI: "Sesuai ekspektasi", DI_BAWAH: "Di bawah ekspektasi" };
export const PREDIKAT_LABELS: Record<Predikat, string> = {
  SANGAT_BAIK: "Sangat Baik",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG: "Kurang/Misconduct",
  SANGAT_KURANG: "Sangat Kurang",
};

/** The matrix of §8.2: rows hasil kerja, columns perilaku. */
const MATRIX: Record<Expectation, Record<Expectation, Predikat>> = {
  DI_ATAS: { DI_BAWAH: "KURANG", SESUAI: "BAIK", DI_ATAS: "SANGAT_BAIK" },
  SESUAI: { DI_BAWAH: "KURANG", SESUAI: "BAIK", DI_ATAS: "BAIK" },
  DI_BAWAH: { DI_BAWAH: "SANGAT_KURANG", SESUAI: "BUTUH_PERBAIKAN", DI_ATAS: "BUTUH_PERBAIKAN" },
};

export function predikat(hasil: Expectation, perilaku: Expectation): Predikat {
  return MATRIX[hasil][perilaku];
}

/**
 * The system's proposal from a score 0–100 (configurable thresholds; defaults: ≥ 90 above
 * expectation, ≥ 70 as expected, below 70 below). The supervisor may decide otherwise.
 */
export function proposeExpectation(score: Rational | null, thresholds = { above: 90, meets: 70 }): Expectation | null {
  if (!score) return null;
  if (cmp(score, rational(thresholds.above)) >= 0) return "DI_ATAS";
  if (cmp(score, rational(thresholds.meets)) >= 0) return "SESUAI";
  return "DI_BAWAH";
}
