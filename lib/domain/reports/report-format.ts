/** Texts of the performance report shared by the print page and the PDF (one wording for both). */
import { formatRational, type Rational } from "../rational";
import { MONTH_LABELS } from "../period";
import type { CalendarDate } from "../calendar-date";

/** A measured value with up to two decimals, without trailing zeros: 20 → "20", 2.5 → "2,5". */
export function formatQuantity(x: Rational | null): string {
  if (!x) return "—";
  return formatRational(x, 2).replace(/(,\d*?)0+$/, "$1").replace(/,$/, "");
}

/** A score 0–100 to two decimals, "—" without basis. */
export const formatScore = (x: Rational | null): string => (x ? formatRational(x, 2) : "—");

/** "4 Desember 2026" (a WIB calendar date). */
export const formatLongDate = (d: CalendarDate): string => `${d.day} ${MONTH_LABELS[d.month - 1]} ${d.year}`;

/** Minutes as "5.714 menit" (thousands point). */
export const formatMinutes = (m: number): string => `${String(m).replace(/\B(?=(\d{3})+(?!\d))/g, ".")} menit`;

export const REALISATION_STATUS_LABELS: Record<string, string> = {
  DRAFT: "Draf",
  DIAJUKAN: "Diajukan",
  TERVERIFIKASI: "Terverifikasi",
  DIKEMBALIKAN: "Dikembalikan",
};

export const SIGNATURE_PLACE = "Bandung";
