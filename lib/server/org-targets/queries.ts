import "server-only";
import { canonicalStoredDecimal } from "@/lib/domain/imports/target-value";
import type { ServiceActor } from "../authz";
import { assertAdmin } from "../admin/guard";
import { db } from "../db";
import type { Db, Tx } from "../prisma-client";
import { forbidden } from "../errors";

/** The app's client or a transaction: only the organisation targets are read. */
export type OrgTargetReader = Pick<Db, "orgTarget"> | Pick<Tx, "orgTarget">;

/** One organisation target (e-SAKIP) as the SKP editor and the admin pages show it. */
export type OrgTargetItem = {
  id: number;
  sasaranStrategis: string;
  indikator: string;
  /** Exact decimal in canonical form with a point: "4.2", "95", "0.125" (format it for display). */
  target: string;
  unit: string;
};

/**
 * The organisation targets of one agency for one year, ordered by sasaran strategis, then
 * indikator: what the head of the agency cascades the RHK of their SKP from (DESIGN.md §2, §9).
 * No authorisation here: organisation targets are the agency's published plan, and the caller
 * (the SKP service) decides whose agency and year to ask for.
 */
export async function listOrgTargets(client: OrgTargetReader, input: { opdId: number; year: number }): Promise<OrgTargetItem[]> {
  const rows = await client.orgTarget.findMany({
    where: { opdId: input.opdId, year: input.year },
    orderBy: [{ sasaranStrategis: "asc" }, { indikator: "asc" }, { id: "asc" }],
    select: { id: true, sasaranStrategis: true, indikator: true, target: true, unit: true },
  });
  return rows.map((r) => ({ ...r, target: canonicalStoredDecimal(r.target.toFixed()) }));
}

/**
 * For the import page: the stored targets of an agency and year the admin administers (Admin OPD
 * their own, Admin BKD any), and the years that agency has targets for. Another agency's id
 * from an Admin OPD is refused.
 */
export async function listOrgTargetsForAdmin(
  actor: ServiceActor,
  input: { opdId: number; year: number },
): Promise<{ targets: OrgTargetItem[]; years: number[] }> {
  assertAdmin(actor, "orgTarget.import");
  const opd = await db.opd.findFirst({ where: { AND: [{ id: input.opdId }, administeredOpds(actor)] }, select: { id: true } });
  if (!opd) throw forbidden("Anda hanya dapat melihat sasaran perangkat daerah Anda sendiri.");
  const targets = await listOrgTargets(db, input);
  const years = await db.orgTarget.findMany({
    where: { opdId: opd.id },
    distinct: ["year"],
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return { targets, years: years.map((y) => y.year) };
}

/** The agencies an admin administers, as a `where` on the agency table (adminOpdScope's rule). */
function administeredOpds(actor: ServiceActor): { id?: number } {
  if (actor.role === "ADMIN_BKD") return {};
  if (actor.role === "ADMIN_OPD") return { id: actor.opdId };
  return { id: -1 };
}
