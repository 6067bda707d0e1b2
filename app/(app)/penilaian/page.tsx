import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listMyRatingTasks, myBehaviourResult } from "@/lib/server/ratings/queries";
import { jakartaDate } from "@/lib/domain/period";
import { isPeriodMonth, periodLabel } from "@/lib/domain/period-lock";
import type { RaterRole } from "@/lib/domain/ratings/config";
import { formatDateTimeWib } from "@/lib/format-date";
import { Alert } from "@/components/ui/alert";
import { BehaviourResult } from "@/components/ratings/behaviour-result";

export const metadata: Metadata = { title: "Penilaian Perilaku" };

/** What the rater is to the ratee, from the rater's side. */
const RELATION: Record<RaterRole, string> = {
  ATASAN: "Bawahan Anda (Anda menilai sebagai atasan)",
  BAWAHAN: "Atasan Anda (Anda menilai sebagai bawahan)",
  REKAN: "Rekan kerja (atasan yang sama)",
};

const monthKey = (p: { year: number; month: number }) => `${p.year}-${String(p.month).padStart(2, "0")}`;

function parseMonth(raw: unknown): { year: number; month: number } | null {
  const match = typeof raw === "string" ? /^(\d{4})-(\d{2})$/.exec(raw) : null;
  if (!match) return null;
  const p = { year: Number(match[1]), month: Number(match[2]) };
  return isPeriodMonth(p.year, p.month) ? p : null;
}

/** The current WIB month and the eleven before it, newest first. */
function recentMonths(now: Date): { year: number; month: number }[] {
  const today = jakartaDate(now);
  return Array.from({ length: 12 }, (_, i) => {
    const index = today.year * 12 + (today.month - 1) - i;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  });
}

/** Penilaian Perilaku (DESIGN.md §7): the people to rate this month and the actor's own result. */
export default async function RatingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const now = new Date();
  const months = recentMonths(now);
  const period = parseMonth(params.bulan) ?? months[0]!;
  const [{ window, tasks }, result] = await Promise.all([
    listMyRatingTasks(db, user, { ...period, now }),
    myBehaviourResult(db, user, period),
  ]);
  const label = periodLabel(period.year, period.month);
  const done = tasks.filter((t) => t.done).length;
  const options = months.some((m) => monthKey(m) === monthKey(period)) ? months : [period, ...months];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Penilaian Perilaku</h1>
          <p className="text-slate-600">Penilaian 360° perilaku kerja BerAKHLAK · <span data-testid="rating-period">{label}</span></p>
        </div>
        <form method="get" action="/penilaian" className="flex items-end gap-2">
          <div>
            <label htmlFor="bulan" className="block text-xs text-slate-600">Bulan</label>
            <select id="bulan" name="bulan" defaultValue={monthKey(period)} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
              {options.map((m) => (
                <option key={monthKey(m)} value={monthKey(m)}>{periodLabel(m.year, m.month)}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">Tampilkan</button>
        </form>
      </div>

      <section aria-labelledby="tasks-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="tasks-title" className="text-lg font-semibold">Pegawai yang Anda nilai</h2>
          {tasks.length > 0 ? <p className="text-sm text-slate-700" data-testid="rating-progress">{done} dari {tasks.length} sudah dinilai</p> : null}
        </div>
        {window.state === "BEFORE" ? (
          <Alert tone="info" testId="rating-window">Penilaian bulan {label} dibuka pada {formatDateTimeWib(window.opensAt)} sampai bulan dikunci ({formatDateTimeWib(window.lockAt)}).</Alert>
        ) : window.state === "OPEN" ? (
          <Alert tone="info" testId="rating-window">Penilaian dibuka sampai bulan dikunci pada {formatDateTimeWib(window.lockAt)}. Anda dapat mengubah penilaian sampai saat itu.</Alert>
        ) : (
          <Alert tone="warning" testId="rating-window">Bulan {label} sudah dikunci; penilaian hanya dapat dibaca.</Alert>
        )}
        {tasks.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">Tidak ada pegawai yang ditugaskan untuk Anda nilai pada bulan ini.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="rating-tasks">
            {tasks.map((t) => (
              <li key={t.assignmentId} className="flex flex-wrap items-center justify-between gap-3 p-4" data-testid="rating-task">
                <div className="min-w-0">
                  <p className="font-semibold">{t.ratee.displayName}</p>
                  <p className="text-sm text-slate-600">{t.ratee.positionName} · {RELATION[t.role]}</p>
                </div>
                <div className="flex items-center gap-3">
                  <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${t.done ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"}`}>
                    {t.done ? "Sudah dinilai" : "Belum dinilai"}
                  </span>
                  {window.open ? (
                    <Link href={`/penilaian/${t.assignmentId}`} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700" aria-label={`${t.done ? "Ubah penilaian" : "Nilai"} ${t.ratee.displayName}`}>
                      {t.done ? "Ubah" : "Nilai"}
                    </Link>
                  ) : t.done ? (
                    <Link href={`/penilaian/${t.assignmentId}`} className="text-sm text-brand-700 underline" aria-label={`Lihat penilaian ${t.ratee.displayName}`}>Lihat</Link>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="result-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="result-title" className="text-lg font-semibold">Hasil Penilaian Saya</h2>
        <BehaviourResult result={result} />
      </section>
      <p className="text-xs text-slate-500">
        Penilai ditetapkan setiap awal bulan: atasan langsung, semua bawahan langsung, dan beberapa rekan kerja dengan atasan yang sama (bawaan: tiga), dipilih
        bergiliran agar setiap orang menilai dan dinilai oleh jumlah rekan yang sama.
      </p>
    </div>
  );
}
