import "server-only";
import { countStates, recipientState, type RecipientState } from "@/lib/domain/instructions/state";
import { formatPersonName } from "@/lib/domain/person-name";
import type { ActivityStatus, InstructionRecipientStatus, Prisma } from "@/lib/generated/prisma/client";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { notFound } from "../errors";
import type { Db, Tx } from "../prisma-client";

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;

export type IssuedInstruction = {
  id: number;
  title: string;
  deadline: Date;
  createdAt: Date;
  cancelledAt: Date | null;
  targetUnitName: string | null;
  recipientCount: number;
  counts: Record<RecipientState, number>;
};

/** The instructions the actor issued, newest first, with how many recipients are in each state. */
export async function listIssuedInstructions(actor: ServiceActor, now: Date = new Date()): Promise<IssuedInstruction[]> {
  const rows = await db.instruction.findMany({
    where: { issuerEmployeeId: actor.employeeId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      deadline: true,
      createdAt: true,
      cancelledAt: true,
      targetUnit: { select: { name: true } },
      recipients: { select: { status: true, doneAt: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    deadline: r.deadline,
    createdAt: r.createdAt,
    cancelledAt: r.cancelledAt,
    targetUnitName: r.targetUnit?.name ?? null,
    recipientCount: r.recipients.length,
    counts: countStates(r.recipients.map((x) => recipientState({ status: x.status, doneAt: x.doneAt, deadline: r.deadline, now }))),
  }));
}

export type ReceivedInstruction = {
  instructionId: number;
  recipientId: number;
  title: string;
  description: string;
  deadline: Date;
  createdAt: Date;
  cancelledAt: Date | null;
  issuer: { id: number; nip: string; name: string };
  status: InstructionRecipientStatus;
  doneAt: Date | null;
  state: RecipientState;
};

/**
 * The instructions addressed to one employee, nearest deadline first. `openOnly`: not done and not
 * cancelled — what the activity form offers to link an activity to. Takes the client so it can run
 * inside a caller's transaction; the caller decides whose list it may read.
 */
export async function listReceivedInstructions(client: Db | Tx, input: { employeeId: number; openOnly: boolean }): Promise<ReceivedInstruction[]> {
  const now = new Date();
  const where: Prisma.InstructionRecipientWhereInput = { employeeId: input.employeeId };
  if (input.openOnly) Object.assign(where, { status: "PENDING", instruction: { cancelledAt: null } });
  const rows = await client.instructionRecipient.findMany({
    where,
    orderBy: [{ instruction: { deadline: "asc" } }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      status: true,
      doneAt: true,
      instruction: { select: { id: true, title: true, description: true, deadline: true, createdAt: true, cancelledAt: true, issuer: { select: PERSON } } },
    },
  });
  return rows.map((r) => ({
    instructionId: r.instruction.id,
    recipientId: r.id,
    title: r.instruction.title,
    description: r.instruction.description,
    deadline: r.instruction.deadline,
    createdAt: r.instruction.createdAt,
    cancelledAt: r.instruction.cancelledAt,
    issuer: { id: r.instruction.issuer.id, nip: r.instruction.issuer.nip, name: formatPersonName(r.instruction.issuer) },
    status: r.status,
    doneAt: r.doneAt,
    state: recipientState({ status: r.status, doneAt: r.doneAt, deadline: r.instruction.deadline, now }),
  }));
}

export type InstructionViewer = "ISSUER" | "RECIPIENT" | "ADMIN";

export type RecipientDetail = {
  recipientId: number;
  employee: { id: number; nip: string; name: string; positionName: string; unitName: string };
  status: InstructionRecipientStatus;
  state: RecipientState;
  doneAt: Date | null;
  note: string | null;
  evidenceCount: number;
  /** Minutes of activities logged against this instruction, by activity status. */
  minutes: Record<ActivityStatus, number>;
};

export type InstructionDetail = {
  id: number;
  title: string;
  description: string;
  deadline: Date;
  createdAt: Date;
  cancelledAt: Date | null;
  targetUnitName: string | null;
  issuer: { id: number; nip: string; name: string; positionName: string };
  viewer: InstructionViewer;
  /** Every recipient for the issuer and admins; only the viewer's own row for a recipient. */
  recipients: RecipientDetail[];
  counts: Record<RecipientState, number>;
  /** The viewer's own activities for it (recipient view). */
  ownActivities: { id: number; date: Date; startMinute: number; endMinute: number; description: string; status: ActivityStatus }[];
};

/** Who may read an instruction: its issuer, its recipients, and Admin OPD of the issuer's agency. */
function visibleTo(actor: ServiceActor): Prisma.InstructionWhereInput {
  const or: Prisma.InstructionWhereInput[] = [{ issuerEmployeeId: actor.employeeId }, { recipients: { some: { employeeId: actor.employeeId } } }];
  if (actor.role === "ADMIN_OPD") or.push({ issuer: { opdId: actor.opdId } });
  return { OR: or };
}

const emptyMinutes = (): Record<ActivityStatus, number> => ({ DRAFT: 0, DIAJUKAN: 0, DISETUJUI: 0, DITOLAK: 0 });

export async function getInstruction(actor: ServiceActor, id: number, now: Date = new Date()): Promise<InstructionDetail> {
  const instruction = await db.instruction.findFirst({
    where: { id, ...visibleTo(actor) },
    select: {
      id: true,
      title: true,
      description: true,
      deadline: true,
      createdAt: true,
      cancelledAt: true,
      issuerEmployeeId: true,
      targetUnit: { select: { name: true } },
      issuer: { select: { ...PERSON, position: { select: { name: true } } } },
      recipients: {
        orderBy: { employee: { name: "asc" } },
        select: {
          id: true,
          status: true,
          doneAt: true,
          note: true,
          _count: { select: { evidenceFiles: true } },
          employee: { select: { ...PERSON, position: { select: { name: true } }, unit: { select: { name: true } } } },
        },
      },
    },
  });
  if (!instruction) throw notFound("Instruksi tidak ditemukan atau tidak dapat Anda lihat.");
  const viewer: InstructionViewer =
    instruction.issuerEmployeeId === actor.employeeId ? "ISSUER" : instruction.recipients.some((r) => r.employee.id === actor.employeeId) ? "RECIPIENT" : "ADMIN";
  const shown = viewer === "RECIPIENT" ? instruction.recipients.filter((r) => r.employee.id === actor.employeeId) : instruction.recipients;

  const minuteRows = await db.$queryRaw<{ employeeId: number; status: ActivityStatus; minutes: bigint }[]>`
    SELECT "employeeId", status, SUM("endMinute" - "startMinute")::bigint AS minutes
    FROM activity WHERE "instructionId" = ${instruction.id}
    GROUP BY "employeeId", status`;
  const minutesOf = new Map<number, Record<ActivityStatus, number>>();
  for (const m of minuteRows) {
    const key = Number(m.employeeId);
    const entry = minutesOf.get(key) ?? emptyMinutes();
    entry[m.status] = Number(m.minutes);
    minutesOf.set(key, entry);
  }

  const recipients: RecipientDetail[] = shown.map((r) => ({
    recipientId: r.id,
    employee: { id: r.employee.id, nip: r.employee.nip, name: formatPersonName(r.employee), positionName: r.employee.position.name, unitName: r.employee.unit.name },
    status: r.status,
    state: recipientState({ status: r.status, doneAt: r.doneAt, deadline: instruction.deadline, now }),
    doneAt: r.doneAt,
    note: r.note,
    evidenceCount: r._count.evidenceFiles,
    minutes: minutesOf.get(r.employee.id) ?? emptyMinutes(),
  }));

  const ownActivities =
    viewer === "RECIPIENT"
      ? await db.activity.findMany({
          where: { instructionId: instruction.id, employeeId: actor.employeeId },
          orderBy: [{ date: "asc" }, { startMinute: "asc" }],
          select: { id: true, date: true, startMinute: true, endMinute: true, description: true, status: true },
        })
      : [];

  return {
    id: instruction.id,
    title: instruction.title,
    description: instruction.description,
    deadline: instruction.deadline,
    createdAt: instruction.createdAt,
    cancelledAt: instruction.cancelledAt,
    targetUnitName: instruction.targetUnit?.name ?? null,
    issuer: { id: instruction.issuer.id, nip: instruction.issuer.nip, name: formatPersonName(instruction.issuer), positionName: instruction.issuer.position.name },
    viewer,
    recipients,
    counts: countStates(recipients.map((r) => r.state)),
    ownActivities,
  };
}
