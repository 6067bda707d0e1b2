/**
 * The columns of the team/agency recap (DESIGN.md §11), shared by the page and both exports so
 * that they always show the same rows: one definition of header, value and text per column.
 */
import { formatRational, toDecimalString, type Rational } from "../rational";
import { PREDIKAT_LABELS, type Predikat } from "../scoring/predikat";

export type RecapRow = {
  rank: number;
  employeeId: number;
  nip: string;
  name: string;
  position: string;
  unit: string;
  aktivitas: Rational | null;
  capaianIki: Rational | null;
  perilaku: Rational | null;
  nilai: Rational | null;
  /** The latest predikat of the year the supervisor set (annual before quarters, later quarters first). */
  predikat: { value: Predikat; periodLabel: string } | null;
};

export type RecapColumn = {
  key: string;
  header: string;
  kind: "int" | "text" | "score";
  /** Exact score as a number rounded to 2 decimals (xlsx), or the text / integer. */
  value: (row: RecapRow) => string | number | null;
};

/** A score to 2 decimals as a JS number, for spreadsheets (the page shows formatRational). */
export const scoreNumber = (x: Rational | null): number | null => (x ? Number(toDecimalString(x, 2)) : null);
/** "90,33", or "—" when the component had no basis. */
export const scoreText = (x: Rational | null): string => (x ? formatRational(x, 2) : "—");
export const predikatText = (p: RecapRow["predikat"]): string => (p ? `${PREDIKAT_LABELS[p.value]} (${p.periodLabel})` : "—");

export const RECAP_COLUMNS: readonly RecapColumn[] = [
  { key: "rank", header: "Peringkat", kind: "int", value: (r) => r.rank },
  { key: "nip", header: "NIP", kind: "text", value: (r) => r.nip },
  { key: "name", header: "Nama", kind: "text", value: (r) => r.name },
  { key: "position", header: "Jabatan", kind: "text", value: (r) => r.position },
  { key: "unit", header: "Unit Kerja", kind: "text", value: (r) => r.unit },
  { key: "aktivitas", header: "Aktivitas", kind: "score", value: (r) => scoreNumber(r.aktivitas) },
  { key: "capaianIki", header: "Capaian IKI", kind: "score", value: (r) => scoreNumber(r.capaianIki) },
  { key: "perilaku", header: "Perilaku", kind: "score", value: (r) => scoreNumber(r.perilaku) },
  { key: "nilai", header: "Nilai", kind: "score", value: (r) => scoreNumber(r.nilai) },
  { key: "predikat", header: "Predikat", kind: "text", value: (r) => predikatText(r.predikat) },
];

/** A cell as text in the Indonesian way (decimal comma, "—" for no basis): page and CSV. */
export function cellText(column: RecapColumn, row: RecapRow): string {
  if (column.kind === "score") {
    const key = column.key as "aktivitas" | "capaianIki" | "perilaku" | "nilai";
    return scoreText(row[key]);
  }
  const v = column.value(row);
  return v === null ? "—" : String(v);
}
