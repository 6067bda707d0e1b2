import type { ServiceActor } from "@/lib/server/authz";

/** The service actor of a person made by `createPerson`, acting from `ip`. */
export function actorOf(
  person: { employee: { id: number; nip: string; opdId: number }; user: { id: number; role: ServiceActor["role"] } },
  ip = "10.9.0.1",
): ServiceActor {
  return {
    userId: person.user.id,
    employeeId: person.employee.id,
    nip: person.employee.nip,
    role: person.user.role,
    opdId: person.employee.opdId,
    ip,
  };
}
