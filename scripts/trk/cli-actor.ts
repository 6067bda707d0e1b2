import { db } from "../../lib/server/db";
import type { ServiceActor } from "../../lib/server/authz";

/**
 * `--as <NIP>`: act as that employee's active account, with its role and agency, exactly as if
 * signed in. Whether the role may do the command is left to the service (so a PEGAWAI is refused
 * the same way as on the web). Null when there is no active account for the NIP.
 */
export async function resolveCliActor(nip: string): Promise<ServiceActor | null> {
  const user = await db.user.findFirst({
    where: { status: "ACTIVE", employee: { nip: nip.trim() } },
    select: { id: true, role: true, employee: { select: { id: true, nip: true, opdId: true } } },
  });
  if (!user) return null;
  return { userId: user.id, employeeId: user.employee.id, nip: user.employee.nip, role: user.role, opdId: user.employee.opdId, ip: null };
}
