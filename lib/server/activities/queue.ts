import "server-only";
import { formatTimeOfDay } from "@/lib/domain/activities/rules";
import { daysInMonth } from "@/lib/domain/calendar-date";
import { formatPersonName } from "@/lib/domain/person-name";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { reviewableEmployees } from "../employees/reviewable";
import { getMonthLock } from "../periods/month-lock";

export const ADDITIONAL_ACTIVITY_LABEL = "Aktivitas Tambahan";

export type QueueEntry = {
  id: number;
  startTime: string;
  endTime: string;
  minutes: number;
  rhk: string;
  instruction: string | null;
  description: string;
  output: string;
  evidenceCount: number;
  evidence: { id: number; name: string }[];
  submittedAt: Date | null;
};
export type QueueDay = { date: string; entries: QueueEntry[]; minutes: number };
export type QueuePerson = { employeeId: number; nip: string; name: string; positionName: string; days: QueueDay[]; count: number; minutes: number };
export type ActivityQueue = { year: number; month: number; locked: boolean; people: QueuePerson[]; count: number; minutes: number };

/** Decimal(18,4) as typed by a person: "2,5" not "2.5000". */
function formatQuantity(value: { toString(): string }): string {
  return value.toString().replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "").replace(".", ",");
}

/**
 * The DIAJUKAN activities of `year`/`month` awaiting the actor's review (current direct
 * subordinates; Admin BKD also heads of agency), grouped by person then day. One query for the
 * entries (Prisma adds one per included relation, never one per row) and one for the lock.
 */
export async function listActivityQueue(actor: ServiceActor, input: { year: number; month: number; now?: Date }): Promise<ActivityQueue> {
  const { year, month } = input;
  const [rows, lock] = await Promise.all([
    db.activity.findMany({
      where: {
        status: "DIAJUKAN",
        date: { gte: new Date(Date.UTC(year, month - 1, 1)), lte: new Date(Date.UTC(year, month - 1, daysInMonth(year, month))) },
        employee: reviewableEmployees(actor),
      },
      orderBy: [{ employeeId: "asc" }, { date: "asc" }, { startMinute: "asc" }, { id: "asc" }],
      select: {
        id: true,
        date: true,
        startMinute: true,
        endMinute: true,
        description: true,
        outputQuantity: true,
        outputUnit: true,
        submittedAt: true,
        employee: { select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } } } },
        rhk: { select: { description: true } },
        instruction: { select: { title: true } },
        evidenceFiles: { orderBy: { id: "asc" }, select: { id: true, originalName: true } },
      },
    }),
    getMonthLock(db, { year, month, now: input.now ?? new Date() }),
  ]);
  const people: QueuePerson[] = [];
  for (const row of rows) {
    let person = people.at(-1);
    if (!person || person.employeeId !== row.employee.id) {
      person = { employeeId: row.employee.id, nip: row.employee.nip, name: formatPersonName(row.employee), positionName: row.employee.position.name, days: [], count: 0, minutes: 0 };
      people.push(person);
    }
    const date = row.date.toISOString().slice(0, 10);
    let day = person.days.at(-1);
    if (!day || day.date !== date) {
      day = { date, entries: [], minutes: 0 };
      person.days.push(day);
    }
    const minutes = row.endMinute - row.startMinute;
    day.entries.push({
      id: row.id,
      startTime: formatTimeOfDay(row.startMinute),
      endTime: formatTimeOfDay(row.endMinute),
      minutes,
      rhk: row.rhk?.description ?? ADDITIONAL_ACTIVITY_LABEL,
      instruction: row.instruction?.title ?? null,
      description: row.description,
      output: `${formatQuantity(row.outputQuantity)} ${row.outputUnit}`,
      evidenceCount: row.evidenceFiles.length,
      evidence: row.evidenceFiles.map((f) => ({ id: f.id, name: f.originalName })),
      submittedAt: row.submittedAt,
    });
    day.minutes += minutes;
    person.count += 1;
    person.minutes += minutes;
  }
  people.sort((a, b) => a.name.localeCompare(b.name, "id"));
  return {
    year,
    month,
    locked: lock.locked,
    people,
    count: people.reduce((s, p) => s + p.count, 0),
    minutes: people.reduce((s, p) => s + p.minutes, 0),
  };
}

/** How many activities await the actor's review (all open months), for a badge. */
export function countActivityQueue(actor: ServiceActor): Promise<number> {
  return db.activity.count({ where: { status: "DIAJUKAN", employee: reviewableEmployees(actor) } });
}
