/** The recap's query string (`bulan`, `mode`, `opd`, `unit`) read for one actor, with Indonesian messages. */
import { parseMonthParam, type Parsed } from "./report-period";

export type RecapParams = { year: number; month: number; mode: "tim" | "opd"; opdId: number | null; unitId: number | null };

const positiveInt = (v: string | undefined): number | null | undefined => {
  if (v === undefined || v === "") return null;
  return /^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
};

/**
 * Admins see their agency by default (Admin BKD may pick any with `opd`), others their team.
 * Whether the actor may see the scope asked for is decided by the query (buildRecap), not here.
 */
export function parseRecapParams(
  params: { bulan?: string; mode?: string; opd?: string; unit?: string },
  actor: { role: "PEGAWAI" | "ADMIN_OPD" | "ADMIN_BKD"; opdId: number },
  today: { year: number; month: number },
): Parsed<RecapParams> {
  const month = parseMonthParam(params.bulan, today);
  if (!month.ok) return month;
  const isAdmin = actor.role !== "PEGAWAI";
  const mode = params.mode === "tim" || params.mode === "opd" ? params.mode : params.mode ? null : isAdmin ? "opd" : "tim";
  if (mode === null) return { ok: false, message: "Cakupan rekap tidak dikenal. Pilih bawahan langsung atau perangkat daerah." };
  const opd = positiveInt(params.opd);
  if (opd === undefined) return { ok: false, message: "Perangkat daerah tidak valid." };
  const unit = positiveInt(params.unit);
  if (unit === undefined) return { ok: false, message: "Unit kerja tidak valid." };
  return { ok: true, value: { ...month.value, mode, opdId: mode === "opd" ? (opd ?? actor.opdId) : null, unitId: mode === "opd" ? unit : null } };
}
