import "server-only";
import { formatPersonName } from "@/lib/domain/person-name";
import type { SkpStatus } from "@/lib/domain/skp/status";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { notFound } from "../errors";
import { approvableOwners, viewableOwners } from "./relations";

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;

export type SkpReviewEntry = {
  id: number;
  versionNumber: number;
  action: "SUBMIT" | "APPROVE" | "RETURN" | "REVISE" | "REASSIGN";
  toStatus: SkpStatus;
  note: string | null;
  actorName: string;
  at: Date;
};

export type SkpOverview = {
  skpId: number;
  year: number;
  inForce: { id: number; number: number; approvedAt: Date | null } | null;
  /** The version being drafted, submitted or returned (at most one). */
  open: { id: number; number: number; status: SkpStatus; submittedAt: Date | null; approverName: string | null; basedOnVersionId: number | null; updatedAt: Date } | null;
  versions: { id: number; number: number; status: SkpStatus; approvedAt: Date | null; inForce: boolean }[];
  reviews: SkpReviewEntry[];
};

/** The actor's own SKP of `year`: versions, the one in force, the one open, and the review history. */
export async function getOwnSkp(actor: ServiceActor, year: number): Promise<SkpOverview | null> {
  const skp = await db.skp.findUnique({
    where: { employeeId_year: { employeeId: actor.employeeId, year } },
    select: {
      id: true,
      year: true,
      inForceVersionId: true,
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          status: true,
          approvedAt: true,
          submittedAt: true,
          updatedAt: true,
          basedOnVersionId: true,
          approver: { select: PERSON },
          reviews: { orderBy: { createdAt: "desc" }, select: { id: true, action: true, toStatus: true, note: true, createdAt: true, actor: { select: { employee: { select: PERSON } } } } },
        },
      },
    },
  });
  if (!skp) return null;
  const inForce = skp.versions.find((v) => v.id === skp.inForceVersionId) ?? null;
  const open = skp.versions.find((v) => v.status !== "DISETUJUI") ?? null;
  return {
    skpId: skp.id,
    year: skp.year,
    inForce: inForce ? { id: inForce.id, number: inForce.number, approvedAt: inForce.approvedAt } : null,
    open: open
      ? {
          id: open.id,
          number: open.number,
          status: open.status,
          submittedAt: open.submittedAt,
          approverName: open.approver ? formatPersonName(open.approver) : null,
          basedOnVersionId: open.basedOnVersionId,
          updatedAt: open.updatedAt,
        }
      : null,
    versions: skp.versions.map((v) => ({ id: v.id, number: v.number, status: v.status, approvedAt: v.approvedAt, inForce: v.id === skp.inForceVersionId })),
    reviews: skp.versions
      .flatMap((v) =>
        v.reviews.map((r) => ({
          id: r.id,
          versionNumber: v.number,
          action: r.action,
          toStatus: r.toStatus,
          note: r.note,
          actorName: formatPersonName(r.actor.employee),
          at: r.createdAt,
        })),
      )
      .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id),
  };
}

export type VersionDetail = {
  id: number;
  number: number;
  status: SkpStatus;
  year: number;
  inForce: boolean;
  basedOnVersionId: number | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  owner: { id: number; nip: string; name: string; positionName: string; unitName: string; supervisorId: number | null; supervisorName: string | null };
  rhks: {
    id: number;
    kind: "UTAMA" | "TAMBAHAN";
    description: string;
    copiedFromId: number | null;
    parent: { id: number; description: string; kind: "UTAMA" | "TAMBAHAN"; ownerName: string } | null;
    orgTarget: { id: number; sasaranStrategis: string; indikator: string; target: string; unit: string } | null;
    ikis: {
      id: number;
      description: string;
      aspect: "KUANTITAS" | "KUALITAS" | "WAKTU" | "BIAYA";
      unit: string;
      polarity: "MAKIN_TINGGI" | "MAKIN_RENDAH";
      evidenceExpected: string | null;
      copiedFromId: number | null;
      targets: { month: number; value: string }[];
    }[];
  }[];
  reviews: SkpReviewEntry[];
};

/**
 * One SKP version with its cascaded parents, if the actor may read it (the owner, the current
 * supervisor, Admin OPD of the agency, Admin BKD); NOT_FOUND otherwise.
 */
export async function getSkpVersion(actor: ServiceActor, versionId: number): Promise<VersionDetail> {
  const v = await db.skpVersion.findFirst({
    where: { id: versionId, skp: { employee: viewableOwners(actor) } },
    select: {
      id: true,
      number: true,
      status: true,
      basedOnVersionId: true,
      submittedAt: true,
      approvedAt: true,
      inForceOf: { select: { id: true } },
      skp: {
        select: {
          year: true,
          employee: {
            select: { ...PERSON, supervisorId: true, position: { select: { name: true } }, unit: { select: { name: true } }, supervisor: { select: PERSON } },
          },
        },
      },
      rhks: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          description: true,
          copiedFromId: true,
          parentRhk: { select: { id: true, kind: true, description: true, skpVersion: { select: { skp: { select: { employee: { select: PERSON } } } } } } },
          orgTarget: { select: { id: true, sasaranStrategis: true, indikator: true, target: true, unit: true } },
          ikis: {
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: {
              id: true,
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
      },
      reviews: { orderBy: { createdAt: "desc" }, select: { id: true, action: true, toStatus: true, note: true, createdAt: true, actor: { select: { employee: { select: PERSON } } } } },
    },
  });
  if (!v) throw notFound("SKP tidak ditemukan.");
  const e = v.skp.employee;
  return {
    id: v.id,
    number: v.number,
    status: v.status,
    year: v.skp.year,
    inForce: v.inForceOf != null,
    basedOnVersionId: v.basedOnVersionId,
    submittedAt: v.submittedAt,
    approvedAt: v.approvedAt,
    owner: {
      id: e.id,
      nip: e.nip,
      name: formatPersonName(e),
      positionName: e.position.name,
      unitName: e.unit.name,
      supervisorId: e.supervisorId,
      supervisorName: e.supervisor ? formatPersonName(e.supervisor) : null,
    },
    rhks: v.rhks.map((r) => ({
      id: r.id,
      kind: r.kind,
      description: r.description,
      copiedFromId: r.copiedFromId,
      parent: r.parentRhk
        ? { id: r.parentRhk.id, kind: r.parentRhk.kind, description: r.parentRhk.description, ownerName: formatPersonName(r.parentRhk.skpVersion.skp.employee) }
        : null,
      orgTarget: r.orgTarget ? { ...r.orgTarget, target: r.orgTarget.target.toString() } : null,
      ikis: r.ikis.map((i) => ({ ...i, targets: i.targets.map((t) => ({ month: t.month, value: t.target.toString() })) })),
    })),
    reviews: v.reviews.map((r) => ({
      id: r.id,
      versionNumber: v.number,
      action: r.action,
      toStatus: r.toStatus,
      note: r.note,
      actorName: formatPersonName(r.actor.employee),
      at: r.createdAt,
    })),
  };
}

export type QueueItem = {
  versionId: number;
  number: number;
  year: number;
  submittedAt: Date | null;
  owner: { id: number; nip: string; name: string; positionName: string };
  rhkCount: number;
  isHeadOfAgency: boolean;
};

/** SKP versions waiting for the actor's decision: their current subordinates' (and heads' for Admin BKD). */
export async function listSkpApprovalQueue(actor: ServiceActor): Promise<QueueItem[]> {
  const rows = await db.skpVersion.findMany({
    where: { status: "DIAJUKAN", skp: { employee: approvableOwners(actor) } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      number: true,
      submittedAt: true,
      skp: { select: { year: true, employee: { select: { ...PERSON, supervisorId: true, position: { select: { name: true } } } } } },
      _count: { select: { rhks: true } },
    },
  });
  return rows.map((r) => ({
    versionId: r.id,
    number: r.number,
    year: r.skp.year,
    submittedAt: r.submittedAt,
    owner: { id: r.skp.employee.id, nip: r.skp.employee.nip, name: formatPersonName(r.skp.employee), positionName: r.skp.employee.position.name },
    rhkCount: r._count.rhks,
    isHeadOfAgency: r.skp.employee.supervisorId == null,
  }));
}

/** Counts for the navigation and the dashboard. */
export async function countSkpApprovalQueue(actor: ServiceActor): Promise<number> {
  return db.skpVersion.count({ where: { status: "DIAJUKAN", skp: { employee: approvableOwners(actor) } } });
}
