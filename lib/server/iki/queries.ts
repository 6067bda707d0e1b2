import "server-only";
import { capaian, type Capaian, type Polarity } from "@/lib/domain/iki/capaian";
import type { RealisationStatus } from "@/lib/domain/iki/status";
import { formatPersonName } from "@/lib/domain/person-name";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { reviewableEmployees } from "../employees/reviewable";
import { getMonthLock } from "../periods/month-lock";
import { ikiLineage } from "./guards";

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;
const EVIDENCE = { select: { id: true, originalName: true, sizeBytes: true }, orderBy: { id: "asc" as const } };

export type EvidenceLink = { id: number; originalName: string; sizeBytes: number };

export type OwnRealisation = {
  id: number;
  /** The IKI it was entered against (an earlier version's IKI after a revision). */
  ikiId: number;
  value: string;
  note: string | null;
  status: RealisationStatus;
  reviewNote: string | null;
  submittedAt: Date | null;
  verifiedAt: Date | null;
  returnedAt: Date | null;
  evidence: EvidenceLink[];
};

export type OwnMonthItem = {
  ikiId: number;
  description: string;
  aspect: "KUANTITAS" | "KUALITAS" | "WAKTU" | "BIAYA";
  unit: string;
  polarity: Polarity;
  evidenceExpected: string | null;
  rhk: { id: number; kind: "UTAMA" | "TAMBAHAN"; description: string };
  target: string;
  realisation: OwnRealisation | null;
  capaian: Capaian | null;
};

export type OwnMonth = {
  year: number;
  month: number;
  locked: boolean;
  lockAt: Date;
  /** Whether the actor has an SKP in force for the year at all. */
  hasSkpInForce: boolean;
  items: OwnMonthItem[];
};

const canonical = (stored: { toString(): string }) => {
  const [whole, fraction = ""] = stored.toString().split(".");
  const f = fraction.replace(/0+$/, "");
  return f ? `${whole}.${f}` : whole!;
};

/**
 * Every IKI of the actor's SKP version in force for `year` with a target in `month`, in SKP order,
 * with its RHK, target and the realisation of that month if any (value, note, status, the
 * supervisor's note, evidence) and its capaian.
 */
export async function listOwnMonth(actor: ServiceActor, input: { year: number; month: number; now?: Date }): Promise<OwnMonth> {
  const { year, month } = input;
  const now = input.now ?? new Date();
  const [skp, lock] = await Promise.all([
    db.skp.findUnique({ where: { employeeId_year: { employeeId: actor.employeeId, year } }, select: { inForceVersionId: true } }),
    getMonthLock(db, { year, month, now }),
  ]);
  const base = { year, month, locked: lock.locked, lockAt: lock.lockAt, hasSkpInForce: skp?.inForceVersionId != null, items: [] as OwnMonthItem[] };
  if (skp?.inForceVersionId == null) return base;
  const ikis = await db.iki.findMany({
    where: { rhk: { skpVersionId: skp.inForceVersionId }, targets: { some: { month } } },
    orderBy: [{ rhk: { position: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      description: true,
      aspect: true,
      unit: true,
      polarity: true,
      evidenceExpected: true,
      rhk: { select: { id: true, kind: true, description: true } },
      targets: { where: { month }, select: { target: true } },
    },
  });
  const lineage = await ikiLineage(db, ikiIds(ikis));
  const realisations = await db.ikiRealisation.findMany({
    where: { employeeId: actor.employeeId, year, month, ikiId: { in: [...lineage.values()].flat() } },
    select: {
      id: true,
      ikiId: true,
      value: true,
      note: true,
      status: true,
      reviewNote: true,
      submittedAt: true,
      verifiedAt: true,
      returnedAt: true,
      evidenceFiles: EVIDENCE,
    },
  });
  const byIki = new Map(realisations.map((r) => [r.ikiId, r]));
  base.items = ikis.map((iki) => {
    const target = canonical(iki.targets[0]!.target);
    const found = (lineage.get(iki.id) ?? [iki.id]).map((id) => byIki.get(id)).find(Boolean) ?? null;
    const realisation: OwnRealisation | null = found
      ? {
          id: found.id,
          ikiId: found.ikiId,
          value: canonical(found.value),
          note: found.note,
          status: found.status,
          reviewNote: found.reviewNote,
          submittedAt: found.submittedAt,
          verifiedAt: found.verifiedAt,
          returnedAt: found.returnedAt,
          evidence: found.evidenceFiles,
        }
      : null;
    return {
      ikiId: iki.id,
      description: iki.description,
      aspect: iki.aspect,
      unit: iki.unit,
      polarity: iki.polarity,
      evidenceExpected: iki.evidenceExpected,
      rhk: iki.rhk,
      target,
      realisation,
      capaian: realisation ? capaian({ polarity: iki.polarity, target, realisasi: realisation.value }) : null,
    };
  });
  return base;
}

const ikiIds = (ikis: { id: number }[]) => ikis.map((i) => i.id);

export type QueueRealisation = {
  id: number;
  ikiDescription: string;
  rhkDescription: string;
  unit: string;
  polarity: Polarity;
  target: string | null;
  value: string;
  note: string | null;
  submittedAt: Date | null;
  capaian: Capaian | null;
  evidence: EvidenceLink[];
};

export type QueueGroup = {
  owner: { id: number; nip: string; name: string; positionName: string; isHeadOfAgency: boolean };
  realisations: QueueRealisation[];
};

/**
 * Realisations of `year`/`month` waiting for the actor's verification: their current direct
 * subordinates' (and heads' of agency for Admin BKD), grouped by person. The target shown is the
 * one of the IKI the realisation was entered against.
 */
export async function listRealisationQueue(actor: ServiceActor, input: { year: number; month: number }): Promise<QueueGroup[]> {
  const rows = await db.ikiRealisation.findMany({
    where: { status: "DIAJUKAN", year: input.year, month: input.month, employee: reviewableEmployees(actor) },
    orderBy: [{ employee: { name: "asc" } }, { employeeId: "asc" }, { iki: { rhk: { position: "asc" } } }, { iki: { position: "asc" } }, { id: "asc" }],
    take: 2000,
    select: {
      id: true,
      month: true,
      value: true,
      note: true,
      submittedAt: true,
      evidenceFiles: EVIDENCE,
      employee: { select: { ...PERSON, supervisorId: true, position: { select: { name: true } } } },
      iki: { select: { description: true, unit: true, polarity: true, rhk: { select: { description: true } }, targets: { where: { month: input.month }, select: { target: true } } } },
    },
  });
  const groups = new Map<number, QueueGroup>();
  for (const r of rows) {
    const e = r.employee;
    let group = groups.get(e.id);
    if (!group) {
      group = { owner: { id: e.id, nip: e.nip, name: formatPersonName(e), positionName: e.position.name, isHeadOfAgency: e.supervisorId == null }, realisations: [] };
      groups.set(e.id, group);
    }
    const target = r.iki.targets[0] ? canonical(r.iki.targets[0].target) : null;
    const value = canonical(r.value);
    group.realisations.push({
      id: r.id,
      ikiDescription: r.iki.description,
      rhkDescription: r.iki.rhk.description,
      unit: r.iki.unit,
      polarity: r.iki.polarity,
      target,
      value,
      note: r.note,
      submittedAt: r.submittedAt,
      capaian: target != null ? capaian({ polarity: r.iki.polarity, target, realisasi: value }) : null,
      evidence: r.evidenceFiles,
    });
  }
  return [...groups.values()];
}

/** Submitted realisations waiting for the actor, per month (newest first), for the month picker and the dashboard. */
export async function countRealisationQueue(actor: ServiceActor): Promise<{ year: number; month: number; count: number }[]> {
  const rows = await db.ikiRealisation.groupBy({
    by: ["year", "month"],
    where: { status: "DIAJUKAN", employee: reviewableEmployees(actor) },
    _count: { _all: true },
    orderBy: [{ year: "desc" }, { month: "desc" }],
  });
  return rows.map((r) => ({ year: r.year, month: r.month, count: r._count._all }));
}
