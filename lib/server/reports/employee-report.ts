import "server-only";
import { add, div, parseDecimal, rational, sum, toDecimalString, ZERO, type Rational } from "@/lib/domain/rational";
import { capaian } from "@/lib/domain/iki/capaian";
import { jakartaDate } from "@/lib/domain/period";
import { formatPersonName } from "@/lib/domain/person-name";
import type { ReportPeriod } from "@/lib/domain/reports/report-period";
import type { MonthlyScore } from "@/lib/domain/scoring/monthly-score";
import type { Expectation, Predikat } from "@/lib/domain/scoring/predikat";
import type { ServiceActor } from "../authz";
import { notFound } from "../errors";
import type { Db } from "../prisma-client";
import { policyOfYear } from "../remuneration/policy-store";
import { monthScores } from "../scoring/month-scores";
import { EVALUATION_PERIODS, type EvaluationPeriod } from "../scoring/period";
import { getSkpVersion } from "../skp/queries";
import { viewableOwners } from "../skp/relations";

/** §6 capped achievement through the IKI rule (decimals of at most four places, so the strings are exact). */
function cappedCapaian(polarity: "MAKIN_TINGGI" | "MAKIN_RENDAH", target: Rational, value: Rational): Rational {
  const c = capaian({ polarity, target: toDecimalString(target), realisasi: toDecimalString(value) }).capped;
  return rational(c.num, c.den);
}

type Person = { nip: string; name: string; position: string };

export type ReportIki = {
  id: number;
  description: string;
  unit: string;
  aspect: "KUANTITAS" | "KUALITAS" | "WAKTU" | "BIAYA";
  /** Target of the month; for the year the sum (kuantitas) or mean (other aspects) of the monthly targets. Null: no target. */
  target: Rational | null;
  /** Verified realisation, aggregated like the target over the months with a target. */
  realisation: Rational | null;
  /** Monthly: status of the month's realisation ("TERVERIFIKASI", …) or null when none was entered. */
  status: string | null;
  /** Capped capaian (§8.1): the month's, or the mean over the months with a target (unverified = 0). */
  capaian: Rational | null;
};

export type EmployeeReport = {
  period: ReportPeriod;
  employee: Person & { id: number; unit: string; agency: string; golongan: string };
  supervisor: Person | null;
  skp: { versionNumber: number; rhks: { id: number; kind: "UTAMA" | "TAMBAHAN"; description: string; ikis: ReportIki[] }[] } | null;
  /** One entry (monthly report) or every month of the year that has begun (annual). */
  months: { month: number; approvedMinutes: number; targetMinutes: number; behaviour: Rational | null; score: MonthlyScore }[];
  /** Annual: mean of the monthly scores that have a value. */
  meanScore: Rational | null;
  predikats: { period: EvaluationPeriod; predikat: Predikat; hasil: Expectation; perilaku: Expectation }[];
  /** The WIB date the report was produced ("Bandung, <date>"). */
  printedOn: { year: number; month: number; day: number };
};

const mean = (xs: Rational[]) => (xs.length === 0 ? null : div(sum(xs), rational(xs.length)));

/**
 * The monthly or annual performance report of one employee (DESIGN.md §11): identity, the SKP in
 * force with targets against realisation, minutes, behaviour, the monthly score(s) with their
 * components and the predikat. Who may read it is the SKP's rule (the employee, the current
 * supervisor, Admin OPD of the agency, Admin BKD), enforced in the query: NOT_FOUND otherwise.
 */
export async function employeeReport(client: Db, input: { actor: ServiceActor; nip?: string | null; period: ReportPeriod; now: Date }): Promise<EmployeeReport> {
  const { actor, period, now } = input;
  const e = await client.employee.findFirst({
    where: { AND: [input.nip ? { nip: input.nip } : { id: actor.employeeId }, viewableOwners(actor)] },
    select: {
      id: true, nip: true, name: true, frontTitle: true, backTitle: true, golongan: true,
      position: { select: { name: true } }, unit: { select: { name: true } }, opd: { select: { name: true } },
      supervisor: { select: { nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } } } },
    },
  });
  if (!e) throw notFound("Pegawai tidak ditemukan atau di luar kewenangan Anda.");

  const today = jakartaDate(now);
  const lastBegun = period.year < today.year ? 12 : period.year > today.year ? 0 : today.month;
  const monthList = period.month !== null ? [period.month] : Array.from({ length: lastBegun }, (_, i) => i + 1);

  const { policy } = await policyOfYear(client, period.year);
  const [skpRow, evaluations, ...scored] = await Promise.all([
    client.skp.findUnique({ where: { employeeId_year: { employeeId: e.id, year: period.year } }, select: { inForceVersionId: true } }),
    client.predikatEvaluation.findMany({ where: { employeeId: e.id, year: period.year }, select: { period: true, predikat: true, hasil: true, perilaku: true } }),
    ...monthList.map((month) => monthScores(client, { year: period.year, month, employeeIds: [e.id], policy, now }).then((m) => ({ month, entry: m.get(e.id)! }))),
  ]);
  const months = scored.map(({ month, entry }) => ({ month, ...entry.inputs.activity, behaviour: entry.inputs.behaviour, score: entry.score }));

  let skp: EmployeeReport["skp"] = null;
  if (skpRow?.inForceVersionId) {
    const version = await getSkpVersion(actor, skpRow.inForceVersionId);
    const ikiIds = version.rhks.flatMap((r) => r.ikis.map((i) => i.id));
    const realisations = await client.ikiRealisation.findMany({
      where: { ikiId: { in: ikiIds }, year: period.year, ...(period.month !== null ? { month: period.month } : {}) },
      select: { ikiId: true, month: true, value: true, status: true },
    });
    const realOf = new Map(realisations.map((r) => [`${r.ikiId}:${r.month}`, r]));
    const inPeriod = (m: number) => (period.month !== null ? m === period.month : m <= Math.max(lastBegun, 0));
    skp = {
      versionNumber: version.number,
      rhks: version.rhks.map((r) => ({
        id: r.id,
        kind: r.kind,
        description: r.description,
        ikis: r.ikis.map((iki) => {
          const targets = iki.targets.filter((t) => inPeriod(t.month)).map((t) => ({ month: t.month, target: parseDecimal(t.value) ?? ZERO }));
          const lines = targets.map((t) => {
            const real = realOf.get(`${iki.id}:${t.month}`);
            const verified = real?.status === "TERVERIFIKASI" ? parseDecimal(real.value.toString()) : null;
            return { ...t, verified, status: real?.status ?? null, capaian: verified ? cappedCapaian(iki.polarity, t.target, verified) : ZERO };
          });
          const aggregate = (xs: Rational[]) => (xs.length === 0 ? null : iki.aspect === "KUANTITAS" ? xs.reduce(add, ZERO) : mean(xs));
          const verifiedValues = lines.flatMap((l) => (l.verified ? [l.verified] : []));
          return {
            id: iki.id,
            description: iki.description,
            unit: iki.unit,
            aspect: iki.aspect,
            target: aggregate(lines.map((l) => l.target)),
            realisation: aggregate(verifiedValues),
            status: period.month !== null ? (lines[0]?.status ?? realOf.get(`${iki.id}:${period.month}`)?.status ?? null) : null,
            capaian: mean(lines.map((l) => l.capaian)),
          };
        }),
      })),
    };
  }

  const wanted: EvaluationPeriod[] = period.month !== null ? [`TW${Math.ceil(period.month / 3)}` as EvaluationPeriod, "TAHUNAN"] : [...EVALUATION_PERIODS];
  const person = (p: { nip: string; name: string; frontTitle: string | null; backTitle: string | null; position: { name: string } }): Person => ({ nip: p.nip, name: formatPersonName(p), position: p.position.name });
  return {
    period,
    employee: { id: e.id, ...person(e), unit: e.unit.name, agency: e.opd.name, golongan: e.golongan },
    supervisor: e.supervisor ? person(e.supervisor) : null,
    skp,
    months,
    meanScore: period.month === null ? mean(months.flatMap((m) => (m.score.total ? [m.score.total] : []))) : null,
    predikats: wanted.flatMap((p) => evaluations.filter((x) => x.period === p)),
    printedOn: today,
  };
}
