import "server-only";
import type { Tx } from "../prisma-client";

// Keys of transaction-scoped advisory locks. Any code that changes supervisor links or the unit
// tree (admin pages, the SIAp import) takes the same lock, so two concurrent changes cannot each
// pass the cycle check and together close a loop.
const SUPERVISOR_CHAIN_LOCK = 7_310_001;
const UNIT_TREE_LOCK = 7_310_002;

/** Serialises changes of `employee.supervisorId` (chains may cross agencies for Admin BKD). */
export async function lockSupervisorChains(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SUPERVISOR_CHAIN_LOCK}::int, 0)`;
}

/** Serialises changes of one agency's unit tree. */
export async function lockUnitTree(tx: Tx, opdId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${UNIT_TREE_LOCK}::int, ${opdId}::int)`;
}
