import "server-only";
import type { Tx } from "../prisma-client";

/**
 * When an employee's direct supervisor changes, approvals still pending move to the new one
 * (DESIGN.md §4): submitted SKP versions and submitted IKI realisations. Activities need no move:
 * their reviewer is always resolved through the current supervisor relation.
 * Call inside the transaction that changes `supervisorId`.
 */
export async function handOverPendingApprovals(
  tx: Tx,
  input: { employeeId: number; newSupervisorId: number | null },
): Promise<{ skpVersions: number; realisations: number }> {
  const skp = await tx.skpVersion.updateMany({
    where: { status: "DIAJUKAN", skp: { employeeId: input.employeeId } },
    data: { approverEmployeeId: input.newSupervisorId },
  });
  const realisations = await tx.ikiRealisation.updateMany({
    where: { status: "DIAJUKAN", employeeId: input.employeeId },
    data: { reviewerEmployeeId: input.newSupervisorId },
  });
  return { skpVersions: skp.count, realisations: realisations.count };
}
