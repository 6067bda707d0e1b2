import "server-only";
import type { ActivityStatus } from "@/lib/domain/activities/status";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import type { ServiceActor } from "../authz";
import { toDbDate } from "../admin/db-date";
import type { Db, Tx } from "../prisma-client";

export type DayActivity = {
  id: number;
  startMinute: number;
  endMinute: number;
  rhk: { id: number; description: string; kind: "UTAMA" | "TAMBAHAN" } | null;
  instruction: { id: number; title: string } | null;
  description: string;
  outputQuantity: string;
  outputUnit: string;
  status: ActivityStatus;
  rejectReason: string | null;
  reviewedAt: Date | null;
  evidence: { id: number; originalName: string; mimeType: string; sizeBytes: number }[];
};

/** The actor's own entries of one WIB day, in time order. */
export async function listOwnDay(client: Db | Tx, actor: ServiceActor, date: CalendarDate): Promise<DayActivity[]> {
  const rows = await client.activity.findMany({
    where: { employeeId: actor.employeeId, date: toDbDate(date) },
    orderBy: [{ startMinute: "asc" }, { id: "asc" }],
    select: {
      id: true,
      startMinute: true,
      endMinute: true,
      description: true,
      outputQuantity: true,
      outputUnit: true,
      status: true,
      rejectReason: true,
      reviewedAt: true,
      rhk: { select: { id: true, description: true, kind: true } },
      instruction: { select: { id: true, title: true } },
      evidenceFiles: { orderBy: { id: "asc" }, select: { id: true, originalName: true, mimeType: true, sizeBytes: true } },
    },
  });
  return rows.map(({ evidenceFiles, outputQuantity, ...r }) => ({ ...r, outputQuantity: outputQuantity.toString(), evidence: evidenceFiles }));
}

/** The RHK an activity of `year` may be linked to: those of the employee's SKP in force. */
export async function rhkOptions(client: Db | Tx, input: { employeeId: number; year: number }) {
  return client.rhk.findMany({
    where: { skpVersion: { inForceOf: { employeeId: input.employeeId, year: input.year } } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, description: true, kind: true },
  });
}
