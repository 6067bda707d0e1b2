import "server-only";
import { anonymisedResult, type AnonymisedResult } from "@/lib/domain/ratings/aggregate";
import { BERAKHLAK_KEYS, type RatingValues } from "@/lib/domain/ratings/berakhlak";
import type { RaterRole, RoleWeightsBp } from "@/lib/domain/ratings/config";
import { formatPersonName } from "@/lib/domain/person-name";
import type { ServiceActor } from "../authz";
import { notFound } from "../errors";
import type { Db, Tx } from "../prisma-client";
import { getRatingWindow, loadRatingConfig, type RatingWindowInfo } from "./config";
import { roleTalliesOfMonth } from "./scores";

export type RatingTask = {
  assignmentId: number;
  /** The rater's relation to the ratee: ATASAN = the actor rates a subordinate, BAWAHAN = their supervisor. */
  role: RaterRole;
  ratee: { id: number; nip: string; displayName: string; positionName: string; unitName: string };
  done: boolean;
  submittedAt: Date | null;
  updatedAt: Date | null;
};

const TASK_SELECT = {
  id: true,
  year: true,
  month: true,
  role: true,
  ratee: { select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } }, unit: { select: { name: true } } } },
  rating: { select: { submittedAt: true, updatedAt: true } },
} as const;

type TaskRow = {
  id: number;
  role: RaterRole;
  ratee: { id: number; nip: string; name: string; frontTitle: string | null; backTitle: string | null; position: { name: string }; unit: { name: string } };
  rating: { submittedAt: Date; updatedAt: Date } | null;
};

function toTask(row: TaskRow): RatingTask {
  return {
    assignmentId: row.id,
    role: row.role,
    ratee: { id: row.ratee.id, nip: row.ratee.nip, displayName: formatPersonName(row.ratee), positionName: row.ratee.position.name, unitName: row.ratee.unit.name },
    done: row.rating !== null,
    submittedAt: row.rating?.submittedAt ?? null,
    updatedAt: row.rating?.updatedAt ?? null,
  };
}

export const RATING_VALUES_SELECT = {
  berorientasiPelayanan: true,
  akuntabel: true,
  kompeten: true,
  harmonis: true,
  loyal: true,
  adaptif: true,
  kolaboratif: true,
} as const satisfies Record<keyof RatingValues, true>;

const ROLE_ORDER: Record<RaterRole, number> = { ATASAN: 0, BAWAHAN: 1, REKAN: 2 };

/** The people the actor must rate in year/month (only their own assignments), with done/not done and the window. */
export async function listMyRatingTasks(
  client: Db | Tx,
  actor: ServiceActor,
  input: { year: number; month: number; now: Date },
): Promise<{ window: RatingWindowInfo; tasks: RatingTask[] }> {
  const [window, rows] = await Promise.all([
    getRatingWindow(client, input),
    client.raterAssignment.findMany({ where: { raterEmployeeId: actor.employeeId, year: input.year, month: input.month }, select: TASK_SELECT }),
  ]);
  const tasks = rows.map(toTask).sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.ratee.displayName.localeCompare(b.ratee.displayName, "id"));
  return { window, tasks };
}

export type RatingForm = RatingTask & { year: number; month: number; values: RatingValues | null; comment: string | null; window: RatingWindowInfo };

/** One of the actor's own assignments with the rating given so far; NOT_FOUND for anyone else's. */
export async function getRatingForm(client: Db | Tx, actor: ServiceActor, input: { assignmentId: number; now: Date }): Promise<RatingForm> {
  const row = await client.raterAssignment.findFirst({
    where: { id: input.assignmentId, raterEmployeeId: actor.employeeId },
    select: { ...TASK_SELECT, rating: { select: { submittedAt: true, updatedAt: true, comment: true, ...RATING_VALUES_SELECT } } },
  });
  if (!row) throw notFound("Penilaian tidak ditemukan atau bukan tugas Anda.");
  const rating = row.rating;
  const values = rating ? (Object.fromEntries(BERAKHLAK_KEYS.map((k) => [k, rating[k]])) as RatingValues) : null;
  const window = await getRatingWindow(client, { year: row.year, month: row.month, now: input.now });
  return { ...toTask(row), year: row.year, month: row.month, values, comment: rating?.comment ?? null, window };
}

export type MyBehaviourResult = AnonymisedResult & { year: number; month: number; weightsBp: RoleWeightsBp };

/**
 * The actor's own behaviour result for year/month (DESIGN.md §7): per-role averages under the
 * anonymity rule and the score from every rating. Reads only ratings of which the actor is the
 * ratee, and returns no rater identity or count of a withheld role.
 */
export async function myBehaviourResult(client: Db | Tx, actor: ServiceActor, input: { year: number; month: number }): Promise<MyBehaviourResult> {
  const [config, tallies] = await Promise.all([
    loadRatingConfig(client, input.year),
    roleTalliesOfMonth(client, { ...input, employeeIds: [actor.employeeId] }),
  ]);
  return { ...anonymisedResult(tallies.get(actor.employeeId) ?? [], config.roleWeightsBp), year: input.year, month: input.month, weightsBp: config.roleWeightsBp };
}
