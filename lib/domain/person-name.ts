/** "Dr. H. Ade Ruhiat Sutisna, S.Sos., M.Si.": the name as printed, with degrees. */
export function formatPersonName(p: { name: string; frontTitle?: string | null; backTitle?: string | null }): string {
  return `${p.frontTitle ? `${p.frontTitle} ` : ""}${p.name}${p.backTitle ? `, ${p.backTitle}` : ""}`;
}
