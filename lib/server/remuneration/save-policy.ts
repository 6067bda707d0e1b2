import "server-only";
import "@/lib/zod-locale";
import { parseRemunerationPolicy, type RemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { writeAudit } from "../audit";
import { assertCan, auditActor, type ServiceActor } from "../authz";
import { db } from "../db";
import { invalid } from "../errors";

export const POLICY_NOTE_MAX = 500;

/**
 * "Simpan" on the policy page (Admin BKD): the year's remuneration policy as JSON, validated by the
 * zod schema; a valid one becomes a new version (earlier versions and the runs that used them stay).
 * Saving an unchanged policy creates nothing. Audited.
 */
export async function saveRemunerationPolicy(input: { actor: ServiceActor; year: number; configText: string; note?: string | null }): Promise<{ id: number; version: number; created: boolean }> {
  const { actor, year } = input;
  assertCan(actor, "policy.manage", undefined, "Hanya Admin BKD yang dapat mengubah kebijakan TRK.");
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid("Tahun tidak valid.", { year: ["Tahun tidak valid."] });
  let raw: unknown;
  try {
    raw = JSON.parse(input.configText);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : "";
    throw invalid("Kebijakan bukan JSON yang valid.", { config: [`Kebijakan bukan JSON yang valid${detail ? ` (${detail})` : ""}.`] });
  }
  const parsed = parseRemunerationPolicy(raw);
  if (!parsed.ok) throw invalid("Kebijakan belum valid; periksa isian yang disebutkan.", { config: parsed.errors });
  const note = input.note?.trim() || null;
  if (note && note.length > POLICY_NOTE_MAX) throw invalid(`Catatan paling banyak ${POLICY_NOTE_MAX} karakter.`, { note: [`Catatan paling banyak ${POLICY_NOTE_MAX} karakter.`] });
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${`remuneration-policy:${year}`}))) AS l`;
    const current = await tx.remunerationPolicy.findFirst({ where: { year }, orderBy: { version: "desc" }, select: { id: true, version: true, config: true } });
    if (current && canonicalJson(current.config) === canonicalJson(parsed.policy)) return { id: current.id, version: current.version, created: false };
    const version = (current?.version ?? 0) + 1;
    const row = await tx.remunerationPolicy.create({ data: { year, version, config: parsed.policy, note, createdByUserId: actor.userId }, select: { id: true, version: true } });
    await writeAudit(tx, auditActor(actor), {
      action: "remunerationPolicy.create",
      targetType: "RemunerationPolicy",
      targetId: row.id,
      before: current ? { version: current.version, config: current.config } : undefined,
      after: { year, version, note, config: parsed.policy },
    });
    return { id: row.id, version: row.version, created: true };
  });
}

/** JSON with object keys sorted: jsonb does not keep key order, so compare policies this way. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

export type PolicyVersion = { id: number; version: number; note: string | null; createdAt: Date; createdBy: string | null; policy: RemunerationPolicy | null; config: unknown };

/** The versions of a year's policy, newest first (Admin BKD). */
export async function policyVersions(actor: ServiceActor, year: number): Promise<PolicyVersion[]> {
  assertCan(actor, "policy.manage");
  const rows = await db.remunerationPolicy.findMany({
    where: { year },
    orderBy: { version: "desc" },
    select: { id: true, version: true, note: true, createdAt: true, config: true, createdBy: { select: { employee: { select: { name: true, nip: true } } } } },
  });
  return rows.map((r) => {
    const parsed = parseRemunerationPolicy(r.config);
    return { id: r.id, version: r.version, note: r.note, createdAt: r.createdAt, config: r.config, createdBy: r.createdBy ? `${r.createdBy.employee.name} (${r.createdBy.employee.nip})` : null, policy: parsed.ok ? parsed.policy : null };
  });
}
