import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { teamToday } from "@/lib/server/activities/team-today";
import { isReviewer } from "@/lib/server/employees/reviewer";
import { formatMinutes, monthParam } from "@/lib/domain/activities/month-param";
import { dateKey, jakartaDate } from "@/lib/domain/period";
import { ActivityTabs } from "@/components/activities/activity-tabs";
import { formatDayKey } from "@/components/activities/format";

export const metadata: Metadata = { title: "Tim Hari Ini" };

/** Today's (WIB) activity of each current direct subordinate; who logged nothing stands out. */
export default async function TeamTodayPage() {
  const user = await requireUser();
  const today = jakartaDate(new Date());
  const [team, reviewer] = await Promise.all([teamToday(user, { date: today }), isReviewer(user)]);
  const empty = team.filter((m) => m.empty && !m.away).length;
  return (
    <div className="space-y-5">
      <ActivityTabs current="tim" reviewer={reviewer} />
      <div>
        <h1 className="text-2xl font-semibold">Tim Hari Ini</h1>
        <p className="text-sm text-slate-600">{formatDayKey(dateKey(today))}</p>
      </div>
      {team.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid="team-empty">Anda tidak memiliki bawahan langsung.</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{empty === 0 ? "Semua bawahan sudah mengisi aktivitas atau sedang tidak bertugas." : `${empty} dari ${team.length} bawahan belum mengisi aktivitas hari ini.`}</p>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-sm" data-testid="team-today">
              <caption className="sr-only">Aktivitas bawahan langsung hari ini</caption>
              <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-2">Pegawai</th>
                  <th scope="col" className="px-3 py-2">Keterangan</th>
                  <th scope="col" className="px-3 py-2 text-right">Disetujui</th>
                  <th scope="col" className="px-3 py-2 text-right">Diajukan</th>
                  <th scope="col" className="px-3 py-2 text-right">Draf</th>
                  <th scope="col" className="px-3 py-2 text-right">Ditolak</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {team.map((m) => {
                  const cell = (key: "approved" | "submitted" | "draft" | "rejected") =>
                    m.counts[key] === 0 ? "—" : `${m.counts[key]} · ${formatMinutes(m.minutes[key])}`;
                  const flagged = m.empty && !m.away;
                  return (
                    <tr key={m.employeeId} className={flagged ? "bg-amber-50" : undefined} data-testid="team-member" data-empty={m.empty ? "true" : "false"}>
                      <th scope="row" className="px-3 py-2 text-left font-normal">
                        <Link href={`/aktivitas/bulan?${new URLSearchParams({ pegawai: m.nip, bulan: monthParam(today) })}`} className="font-medium text-brand-700 underline">{m.name}</Link>
                        <span className="block text-xs text-slate-500">NIP {m.nip} · {m.positionName}</span>
                      </th>
                      <td className="px-3 py-2">
                        {m.away ? <span className="rounded bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-800">{m.away}</span> : null}
                        {flagged ? <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-900">Belum mengisi</span> : null}
                        {!m.empty ? <span className="text-xs text-slate-600">{m.total.count} aktivitas · {formatMinutes(m.total.minutes)}</span> : null}
                      </td>
                      <td className="px-3 py-2 text-right">{cell("approved")}</td>
                      <td className="px-3 py-2 text-right">{cell("submitted")}</td>
                      <td className="px-3 py-2 text-right">{cell("draft")}</td>
                      <td className="px-3 py-2 text-right">{cell("rejected")}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
