import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { employeeDashboard } from "@/lib/server/dashboard/employee-dashboard";
import { supervisorDashboard } from "@/lib/server/dashboard/supervisor-dashboard";
import { MONTH_LABELS } from "@/lib/domain/period";
import { formatRational } from "@/lib/domain/rational";
import { formatCalendarDate, formatDateTimeWib } from "@/lib/format-date";
import { formatRupiah } from "@/lib/format-number";
import { predictAllowance } from "@/lib/server/remuneration/predict";
import { isAppError } from "@/lib/server/errors";
import { Alert } from "@/components/ui/alert";
import { ProgressBar } from "@/components/ui/progress-bar";
import { DailyMinutesChart } from "@/components/charts/daily-minutes-chart";
import { ScoreBreakdown } from "@/components/scoring/score-breakdown";

export const metadata: Metadata = { title: "Beranda" };

const SKP_TEXT: Record<string, string> = {
  BELUM_ADA: "Belum ada SKP tahun ini",
  DRAFT: "Draf, belum diajukan",
  DIAJUKAN: "Diajukan, menunggu persetujuan",
  DIKEMBALIKAN: "Dikembalikan untuk diperbaiki",
  BERLAKU: "Disetujui dan berlaku",
};

function Card({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label={title} data-testid={testId}>
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
      {children}
    </section>
  );
}

/** Beranda (§11): announcements, SKP status, the month's progress and score, pending items, and for supervisors the queues and the team today. */
export default async function BerandaPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const now = new Date();
  const [d, sup, prediction] = await Promise.all([
    employeeDashboard(user, now),
    supervisorDashboard(user, now),
    predictAllowance(user, now).catch((error: unknown) => {
      if (isAppError(error)) return null;
      throw error;
    }),
  ]);
  const activity = d.score?.inputs.activity;
  const monthWorkingDays = d.workingDaysInMonth;
  const dailyTarget = activity && activity.targetMinutes > 0 && monthWorkingDays > 0 ? Math.round(activity.targetMinutes / monthWorkingDays) : null;
  return (
    <div className="space-y-5">
      {params.sandi === "diganti" ? <Alert tone="success">Kata sandi berhasil diganti.</Alert> : null}
      <h1 className="text-2xl font-semibold">Selamat datang, {user.name}</h1>

      {d.announcements.length > 0 ? (
        <section aria-label="Pengumuman" className="space-y-2" data-testid="dashboard-announcements">
          {d.announcements.map((a) => (
            <div key={a.id} className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
              <p className="font-semibold">{a.title}</p>
              <p className="whitespace-pre-line">{a.body}</p>
              <p className="mt-1 text-xs text-amber-800">{a.opd ? a.opd.shortName : "Pemerintah Daerah Provinsi Jawa Barat"} · berlaku sampai {formatCalendarDate(a.validUntil)}</p>
            </div>
          ))}
        </section>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <Card title={`SKP ${d.year}`} testId="dashboard-skp">
          <p className="font-medium">{SKP_TEXT[d.skp.status]}</p>
          {d.skp.inForceVersion ? <p className="text-sm text-slate-600">Versi berlaku: {d.skp.inForceVersion}{d.skp.openStatus ? ` · revisi ${SKP_TEXT[d.skp.openStatus]?.toLowerCase()}` : ""}</p> : null}
          <Link href="/skp" className="mt-2 inline-block text-sm text-brand-700 underline">Buka SKP</Link>
        </Card>
        <Card title={`Aktivitas ${MONTH_LABELS[d.month - 1]}`} testId="dashboard-minutes">
          {activity ? (
            <ProgressBar value={activity.approvedMinutes} max={activity.targetMinutes} label="Menit disetujui" valueText={`${activity.approvedMinutes.toLocaleString("id-ID")} / ${activity.targetMinutes.toLocaleString("id-ID")} menit`} />
          ) : (
            <p className="text-sm text-slate-600">{d.policyProblem ?? "Belum ada data."}</p>
          )}
          <Link href="/aktivitas" className="mt-2 inline-block text-sm text-brand-700 underline">Catat aktivitas hari ini</Link>
        </Card>
        <Card title="Nilai bulan ini" testId="dashboard-score">
          <p className="text-3xl font-semibold tabular-nums" data-testid="dashboard-score-total">{d.score?.score.totalText ?? "—"}</p>
          <dl className="mt-1 grid grid-cols-2 gap-x-3 text-sm">
            <dt className="text-slate-500">Capaian IKI</dt><dd className="tabular-nums">{d.score?.ikiMean ? formatRational(d.score.ikiMean, 2) : "—"}</dd>
            <dt className="text-slate-500">Perilaku</dt><dd className="tabular-nums">{d.score?.inputs.behaviour ? formatRational(d.score.inputs.behaviour, 2) : "—"}</dd>
          </dl>
          <Link href="/laporan" className="mt-2 inline-block text-sm text-brand-700 underline">Rincian nilai</Link>
        </Card>
      </div>

      {prediction ? (
        <section aria-labelledby="perkiraan-trk" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="dashboard-prediction">
          <h2 id="perkiraan-trk" className="text-sm font-semibold uppercase tracking-wide text-slate-500">Perkiraan TRK {MONTH_LABELS[prediction.month - 1]} {prediction.year}</h2>
          <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid="dashboard-prediction-net">{formatRupiah(prediction.line.net)}</p>
          <p className="text-sm text-slate-600">
            Nilai sejauh ini {prediction.line.breakdown.score.text ?? "—"} · kinerja {formatRupiah(prediction.line.kinerja)} · disiplin {formatRupiah(prediction.line.disiplin)}
            {prediction.line.sanctionCut > 0 ? ` · potongan sanksi ${formatRupiah(prediction.line.sanctionCut)}` : ""} · PPh 21 {formatRupiah(prediction.line.tax)}
          </p>
          <Link href="/trk" className="mt-1 inline-block text-sm text-brand-700 underline">Lihat slip TRK dan rinciannya</Link>
        </section>
      ) : null}

      {sup ? (
        <section aria-labelledby="sup-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="dashboard-supervisor">
          <h2 id="sup-title" className="text-lg font-semibold">Tugas atasan</h2>
          <ul className="grid gap-2 sm:grid-cols-3">
            <li><Link href="/skp/persetujuan" className="block rounded-md border border-slate-200 p-3 hover:bg-slate-50"><span className="text-2xl font-semibold tabular-nums" data-testid="queue-skp">{sup.queues.skp}</span><span className="block text-sm">SKP menunggu persetujuan</span></Link></li>
            <li><Link href="/aktivitas/persetujuan" className="block rounded-md border border-slate-200 p-3 hover:bg-slate-50"><span className="text-2xl font-semibold tabular-nums" data-testid="queue-activities">{sup.queues.activities}</span><span className="block text-sm">Aktivitas menunggu persetujuan</span></Link></li>
            <li><Link href="/iki/verifikasi" className="block rounded-md border border-slate-200 p-3 hover:bg-slate-50"><span className="text-2xl font-semibold tabular-nums" data-testid="queue-realisations">{sup.queues.realisations}</span><span className="block text-sm">Realisasi IKI menunggu verifikasi</span></Link></li>
          </ul>
          {sup.team.length > 0 ? (
            <div>
              <h3 className="text-sm font-semibold">Tim hari ini</h3>
              <ul className="mt-1 divide-y divide-slate-100 text-sm" data-testid="team-today">
                {sup.team.map((t) => (
                  <li key={t.id} className="flex justify-between gap-2 py-1.5">
                    <span>{t.name}</span>
                    <span className={t.minutesToday === 0 && !t.onLeave ? "font-semibold text-amber-800" : "text-slate-600"}>
                      {t.onLeave ? t.onLeave : t.minutesToday === 0 ? "belum mengisi" : `${t.minutesToday} menit`}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <DailyMinutesChart data={d.days} dailyTarget={dailyTarget} title={`Menit aktivitas per hari, ${MONTH_LABELS[d.month - 1]} ${d.year}`} />
        </section>
        <Card title="Perlu ditindaklanjuti" testId="dashboard-pending">
          <ul className="space-y-1 text-sm">
            <li><Link href="/aktivitas" className="underline">{d.pending.activityDrafts} aktivitas masih draf</Link></li>
            <li><Link href="/aktivitas" className="underline">{d.pending.activityRejected} aktivitas ditolak perlu diperbaiki</Link></li>
            <li><Link href="/iki" className="underline">{d.pending.realisationsOpen} realisasi IKI belum diajukan</Link></li>
          </ul>
          {d.instructions.length > 0 ? (
            <>
              <h3 className="mt-3 text-sm font-semibold">Instruksi khusus yang belum selesai</h3>
              <ul className="mt-1 space-y-1 text-sm" data-testid="dashboard-instructions">
                {d.instructions.map((i) => (
                  <li key={i.id}>
                    <Link href={`/instruksi/${i.id}`} className="underline">{i.title}</Link>
                    <span className="block text-xs text-slate-500">dari {i.issuer} · tenggat {formatDateTimeWib(i.deadline)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3 className="mt-3 text-sm font-semibold"><Link href="/notifikasi" className="underline">Notifikasi{d.unreadCount > 0 ? ` (${d.unreadCount} belum dibaca)` : ""}</Link></h3>
          {d.notifications.length === 0 ? <p className="text-sm text-slate-500">Tidak ada notifikasi.</p> : (
            <ul className="mt-1 space-y-1 text-sm">
              {d.notifications.map((n) => (
                <li key={n.id} className={n.readAt ? "text-slate-600" : "font-medium"}>
                  {n.link ? <Link href={n.link} className="underline">{n.title}</Link> : n.title}
                  <span className="block text-xs text-slate-500">{formatDateTimeWib(n.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      {d.score ? <ScoreBreakdown score={d.score.score} caption={`Perhitungan nilai ${MONTH_LABELS[d.month - 1]} ${d.year} (sementara)`} /> : null}
    </div>
  );
}
