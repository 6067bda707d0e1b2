import type { Metadata } from "next";
import { parseMonthParam } from "@/lib/domain/activities/month-param";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { policyOfYear } from "@/lib/server/remuneration/policy-store";
import { monthScores } from "@/lib/server/scoring/month-scores";
import { EVALUATION_PERIODS, PERIOD_LABELS, proposalFor, yearScores } from "@/lib/server/scoring/period";
import { approvableOwners } from "@/lib/server/skp/relations";
import { MONTH_LABELS } from "@/lib/domain/period";
import { formatPersonName } from "@/lib/domain/person-name";
import { formatRational } from "@/lib/domain/rational";
import { NO_BASIS_TEXT } from "@/lib/domain/scoring/period-proposal";
import { PREDIKAT_LABELS } from "@/lib/domain/scoring/predikat";
import { ScoreBreakdown } from "@/components/scoring/score-breakdown";
import { PredikatForm } from "@/components/scoring/predikat-form";
import { Alert } from "@/components/ui/alert";
import { setPredikatAction } from "../actions";

export const metadata: Metadata = { title: "Nilai Kinerja Bawahan" };

/** One subordinate's scores with their computation, and the predikat the supervisor sets (§8.2). */
export default async function MemberScorePage({ params, searchParams }: { params: Promise<{ nip: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { nip } = await params;
  if (!/^\d{18}$/.test(nip)) notFound();
  const member = await db.employee.findFirst({
    where: { AND: [{ nip }, approvableOwners(user)] },
    select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } } },
  });
  if (!member) notFound();
  const now = new Date();
  const { year, month } = parseMonthParam((await searchParams).bulan, now);
  let body: React.ReactNode;
  try {
    const { policy } = await policyOfYear(db, year);
    const [scores, rows, evaluations] = await Promise.all([
      monthScores(db, { year, month, employeeIds: [member.id], policy, now }),
      yearScores(db, { employeeId: member.id, year, now }),
      db.predikatEvaluation.findMany({ where: { employeeId: member.id, year }, select: { period: true, hasil: true, perilaku: true, predikat: true, note: true } }),
    ]);
    const entry = scores.get(member.id);
    body = (
      <>
        {entry ? <ScoreBreakdown score={entry.score} caption={`Nilai bulan ${MONTH_LABELS[month - 1]} ${year}`} /> : null}
        <section aria-labelledby="pred-title" className="space-y-3">
          <h2 id="pred-title" className="text-lg font-semibold">Predikat kinerja {year}</h2>
          <div className="grid gap-3 lg:grid-cols-2">
            {EVALUATION_PERIODS.map((period) => {
              const proposal = proposalFor(rows, period);
              const current = evaluations.find((e) => e.period === period) ?? null;
              return (
                <div key={period} className="rounded-lg border border-slate-200 bg-white p-4">
                  <h3 className="font-semibold">{PERIOD_LABELS[period]}</h3>
                  {proposal.basis ? (
                    <p className="text-sm text-slate-600">
                      Rata-rata nilai hasil kerja: {proposal.hasilMean ? formatRational(proposal.hasilMean, 2) : "—"} · perilaku: {proposal.perilakuMean ? formatRational(proposal.perilakuMean, 2) : "—"}
                    </p>
                  ) : (
                    <p className="text-sm text-slate-600" data-testid={`predikat-no-basis-${period}`}>{NO_BASIS_TEXT}</p>
                  )}
                  {current ? <p className="mt-1 text-sm">Saat ini: <strong>{PREDIKAT_LABELS[current.predikat]}</strong></p> : null}
                  <PredikatForm employeeId={member.id} year={year} period={period} proposal={{ hasil: proposal.hasil, perilaku: proposal.perilaku, basis: proposal.basis }} current={current} action={setPredikatAction} />
                </div>
              );
            })}
          </div>
        </section>
      </>
    );
  } catch (error) {
    if (!isAppError(error)) throw error;
    body = <Alert tone="warning">{error.message}</Alert>;
  }
  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href={`/laporan/tim?bulan=${year}-${String(month).padStart(2, "0")}`} className="text-brand-700 underline">← Nilai kinerja tim</Link></p>
      <h1 className="text-2xl font-semibold">{formatPersonName(member)}</h1>
      <p className="text-sm text-slate-600">NIP {member.nip} · {member.position.name}</p>
      <p className="flex flex-wrap gap-x-4 text-sm">
        <Link href={`/laporan/cetak?bulan=${year}-${String(month).padStart(2, "0")}&nip=${member.nip}`} className="text-brand-700 underline">Cetak laporan bulan {MONTH_LABELS[month - 1]} {year}</Link>
        <Link href={`/laporan/cetak?tahun=${year}&nip=${member.nip}`} className="text-brand-700 underline">Cetak laporan tahun {year}</Link>
      </p>
      {body}
    </div>
  );
}
