import "server-only";
import { listOrgTargets } from "../org-targets/queries";
import type { Db, Tx } from "../prisma-client";

export type CascadeOptions = {
  /** RHK of the supervisor's approved SKP in force for the year (intervensi). */
  parentRhks: { id: number; description: string; kind: "UTAMA" | "TAMBAHAN"; ownerName: string }[];
  /** For a head of agency (no supervisor): the agency's e-SAKIP targets of the year. */
  orgTargets: { id: number; sasaranStrategis: string; indikator: string; target: string; unit: string }[];
  /** Why the list may be empty, for the editor. */
  note: string | null;
};

/**
 * What an employee may cascade their RHK from in `year` (DESIGN.md §4, §9): the RHK of their current
 * supervisor's SKP version in force, or, for the head of an agency, the agency's e-SAKIP targets.
 */
export async function cascadeOptions(client: Db | Tx, input: { employeeId: number; year: number }): Promise<CascadeOptions> {
  const owner = await client.employee.findUniqueOrThrow({
    where: { id: input.employeeId },
    select: { opdId: true, supervisor: { select: { id: true, name: true } } },
  });
  if (!owner.supervisor) {
    const targets = await listOrgTargets(client, { opdId: owner.opdId, year: input.year });
    return {
      parentRhks: [],
      orgTargets: targets,
      note: targets.length === 0 ? `Sasaran organisasi (e-SAKIP) perangkat daerah Anda untuk tahun ${input.year} belum diimpor.` : null,
    };
  }
  const skp = await client.skp.findUnique({
    where: { employeeId_year: { employeeId: owner.supervisor.id, year: input.year } },
    select: {
      inForceVersion: {
        select: { rhks: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, description: true, kind: true } } },
      },
    },
  });
  const rhks = skp?.inForceVersion?.rhks ?? [];
  return {
    parentRhks: rhks.map((r) => ({ ...r, ownerName: owner.supervisor!.name })),
    orgTargets: [],
    note: rhks.length === 0 ? `Atasan Anda (${owner.supervisor.name}) belum memiliki SKP ${input.year} yang disetujui, sehingga belum ada RHK untuk diintervensi.` : null,
  };
}

/**
 * For a revision copied from an older version: the RHK in the supervisor's version in force that
 * continues `parentRhkId` (the same RHK, or a copy of it made by later revisions, following
 * copiedFromId back through the supervisor's versions), or null.
 */
export function followParent(
  parentRhkId: number | null,
  input: { inForceIds: readonly number[]; copiedFrom: ReadonlyMap<number, number | null> },
): number | null {
  if (parentRhkId == null) return null;
  for (const id of input.inForceIds) {
    const seen = new Set<number>();
    for (let at: number | null | undefined = id; at != null && !seen.has(at); at = input.copiedFrom.get(at)) {
      if (at === parentRhkId) return id;
      seen.add(at);
    }
  }
  return null;
}
