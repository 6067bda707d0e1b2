import "server-only";
import { parseRemunerationPolicy, type RemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { AppError } from "../errors";
import type { Db, Tx } from "../prisma-client";

/** The newest policy version of `year`, validated; INVALID_STATE when there is none or it is broken. */
export async function policyOfYear(client: Db | Tx, year: number): Promise<{ id: number; version: number; policy: RemunerationPolicy }> {
  const row = await client.remunerationPolicy.findFirst({ where: { year }, orderBy: { version: "desc" }, select: { id: true, version: true, config: true } });
  if (!row) throw new AppError("INVALID_STATE", `Kebijakan TRK tahun ${year} belum ditetapkan.`);
  const parsed = parseRemunerationPolicy(row.config);
  if (!parsed.ok) throw new AppError("INVALID_STATE", `Kebijakan TRK tahun ${year} (versi ${row.version}) tidak valid: ${parsed.errors[0]}`);
  return { id: row.id, version: row.version, policy: parsed.policy };
}
