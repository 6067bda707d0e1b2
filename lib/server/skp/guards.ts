import "server-only";
import { lockedTargetViolations, type BaseTargets, type DocumentErrors, type SkpDraft } from "@/lib/domain/skp/document";
import { skpTransition, type SkpAction, type SkpRelation, type SkpStatus } from "@/lib/domain/skp/status";
import { AppError } from "../errors";
import type { Tx } from "../prisma-client";
import { lockedMonthsOfYear } from "../periods/month-lock";

/** Throws the state machine's refusal as an AppError (FORBIDDEN or INVALID_STATE). */
export function assertTransition(input: { status: SkpStatus; relation: SkpRelation; action: SkpAction }): SkpStatus {
  const result = skpTransition(input);
  if (!result.ok) throw new AppError(result.reason, result.message);
  return result.to;
}

/** Serialises every change of one SKP version (two tabs, a double click, a save racing a submit). */
export async function lockVersionRow(tx: Tx, versionId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM skp_version WHERE id = ${versionId} FOR UPDATE`;
}

/** The targets of the version a revision is based on, by IKI id. */
export async function baseTargets(tx: Tx, baseVersionId: number | null): Promise<BaseTargets> {
  if (baseVersionId == null) return new Map();
  const ikis = await tx.iki.findMany({
    where: { rhk: { skpVersionId: baseVersionId } },
    select: { id: true, description: true, targets: { select: { month: true, target: true } } },
  });
  return new Map(ikis.map((iki) => [iki.id, { description: iki.description, targets: new Map(iki.targets.map((t) => [t.month, t.target.toString()])) }]));
}

/** Refuses a revision draft that changes or drops a target of a locked month (§3, §4). */
export async function assertLockedTargetsKept(
  tx: Tx,
  input: { baseVersionId: number | null; year: number; draft: SkpDraft; now: Date },
): Promise<void> {
  if (input.baseVersionId == null) return;
  const base = await baseTargets(tx, input.baseVersionId);
  const lockedMonths = await lockedMonthsOfYear(tx, { year: input.year, now: input.now });
  const problems = lockedTargetViolations({ base, draft: input.draft, lockedMonths, year: input.year });
  if (problems.length > 0) throw new AppError("VALIDATION", problems[0]!, { _form: problems });
}

/** The ids a draft may point at: the cascade options and the RHK/IKI of the base version. */
export type DraftReferences = {
  parentRhkIds: ReadonlySet<number>;
  orgTargetIds: ReadonlySet<number>;
  baseRhkIds: ReadonlySet<number>;
  baseIkiIds: ReadonlySet<number>;
};

export async function draftReferences(
  tx: Tx,
  input: { ownerId: number; year: number; baseVersionId: number | null },
): Promise<DraftReferences> {
  const owner = await tx.employee.findUniqueOrThrow({ where: { id: input.ownerId }, select: { opdId: true, supervisorId: true } });
  const parentRhkIds = new Set<number>();
  const orgTargetIds = new Set<number>();
  if (owner.supervisorId != null) {
    const rhks = await tx.rhk.findMany({
      where: { skpVersion: { inForceOf: { employeeId: owner.supervisorId, year: input.year } } },
      select: { id: true },
    });
    for (const r of rhks) parentRhkIds.add(r.id);
  } else {
    const targets = await tx.orgTarget.findMany({ where: { opdId: owner.opdId, year: input.year }, select: { id: true } });
    for (const t of targets) orgTargetIds.add(t.id);
  }
  const baseRhkIds = new Set<number>();
  const baseIkiIds = new Set<number>();
  if (input.baseVersionId != null) {
    const rhks = await tx.rhk.findMany({ where: { skpVersionId: input.baseVersionId }, select: { id: true, ikis: { select: { id: true } } } });
    for (const r of rhks) {
      baseRhkIds.add(r.id);
      for (const i of r.ikis) baseIkiIds.add(i.id);
    }
  }
  return { parentRhkIds, orgTargetIds, baseRhkIds, baseIkiIds };
}

/**
 * Drops references the owner may not make (a parent RHK that is not their supervisor's RHK in force,
 * an e-SAKIP target of another agency or year, a copy link to something outside the base version),
 * reporting each cascade problem by its path.
 */
export function checkReferences(draft: SkpDraft, refs: DraftReferences, errors: DocumentErrors): SkpDraft {
  const push = (key: string, message: string) => (errors[key] ??= []).push(message);
  return {
    rhks: draft.rhks.map((rhk, r) => {
      let parentRhkId = rhk.parentRhkId;
      let orgTargetId = rhk.orgTargetId;
      if (parentRhkId != null && !refs.parentRhkIds.has(parentRhkId)) {
        push(`rhks.${r}.parentRhkId`, `RHK ${r + 1}: RHK yang diintervensi harus RHK dari SKP atasan langsung Anda yang berlaku untuk tahun ini.`);
        parentRhkId = null;
      }
      if (orgTargetId != null && !refs.orgTargetIds.has(orgTargetId)) {
        push(`rhks.${r}.orgTargetId`, `RHK ${r + 1}: sasaran organisasi harus sasaran e-SAKIP perangkat daerah Anda untuk tahun ini.`);
        orgTargetId = null;
      }
      return {
        ...rhk,
        parentRhkId,
        orgTargetId,
        copiedFromId: rhk.copiedFromId != null && refs.baseRhkIds.has(rhk.copiedFromId) ? rhk.copiedFromId : null,
        ikis: rhk.ikis.map((iki) => ({
          ...iki,
          copiedFromId: iki.copiedFromId != null && refs.baseIkiIds.has(iki.copiedFromId) ? iki.copiedFromId : null,
        })),
      };
    }),
  };
}
