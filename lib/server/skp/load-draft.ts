import "server-only";
import type { SkpDraft } from "@/lib/domain/skp/document";
import type { Db, Tx } from "../prisma-client";

/** The stored content of an SKP version in the editor's shape (RHK and IKI in their order). */
export async function loadDraft(client: Db | Tx, versionId: number): Promise<SkpDraft> {
  const rhks = await client.rhk.findMany({
    where: { skpVersionId: versionId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      kind: true,
      description: true,
      parentRhkId: true,
      orgTargetId: true,
      copiedFromId: true,
      ikis: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          description: true,
          aspect: true,
          unit: true,
          polarity: true,
          evidenceExpected: true,
          copiedFromId: true,
          targets: { orderBy: { month: "asc" }, select: { month: true, target: true } },
        },
      },
    },
  });
  return {
    rhks: rhks.map((rhk) => ({
      ...rhk,
      ikis: rhk.ikis.map(({ targets, ...iki }) => ({
        ...iki,
        targets: targets.map((t) => ({ month: t.month, value: t.target.toString() })),
      })),
    })),
  };
}

/** Writes `draft` as the whole content of a version that nothing else points at yet (not approved). */
export async function replaceDraft(tx: Tx, versionId: number, draft: SkpDraft): Promise<void> {
  await tx.rhk.deleteMany({ where: { skpVersionId: versionId } });
  for (const [r, rhk] of draft.rhks.entries()) {
    await tx.rhk.create({
      data: {
        skpVersionId: versionId,
        position: r,
        kind: rhk.kind,
        description: rhk.description,
        parentRhkId: rhk.parentRhkId,
        orgTargetId: rhk.orgTargetId,
        copiedFromId: rhk.copiedFromId,
        ikis: {
          create: rhk.ikis.map((iki, i) => ({
            position: i,
            description: iki.description,
            aspect: iki.aspect,
            unit: iki.unit,
            polarity: iki.polarity,
            evidenceExpected: iki.evidenceExpected,
            copiedFromId: iki.copiedFromId,
            targets: { create: iki.targets.map((t) => ({ month: t.month, target: t.value })) },
          })),
        },
      },
    });
  }
}
