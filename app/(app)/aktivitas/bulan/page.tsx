import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { monthSummary } from "@/lib/server/activities/month-summary";
import { resolveMonthOwner } from "@/lib/server/activities/month-owner";
import { isReviewer } from "@/lib/server/employees/reviewer";
import { parseMonthParam } from "@/lib/domain/activities/month-param";
import { monthLabel } from "@/lib/domain/period";
import { ActivityTabs } from "@/components/activities/activity-tabs";
import { MonthCalendar, MonthProgress } from "@/components/activities/month-calendar";
import { MonthPicker } from "@/components/activities/month-picker";

export const metadata: Metadata = { title: "Aktivitas Bulanan" };

/** The month of one employee: one's own, or a subordinate's with ?pegawai=<NIP> (others: 404). */
export default async function ActivityMonthPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const nip = typeof params.pegawai === "string" ? params.pegawai : null;
  const owner = await resolveMonthOwner(user, nip);
  if (!owner) notFound();
  const now = new Date();
  const ym = parseMonthParam(params.bulan, now);
  const [summary, reviewer] = await Promise.all([monthSummary(db, { employeeId: owner.id, year: ym.year, month: ym.month, now }), isReviewer(user)]);
  return (
    <div className="space-y-5">
      <ActivityTabs current="bulanan" reviewer={reviewer} />
      <div>
        <h1 className="text-2xl font-semibold">Aktivitas Bulanan</h1>
        <p className="text-sm text-slate-600">
          {owner.self ? "Aktivitas Anda" : <>Aktivitas <span className="font-medium">{owner.name}</span> (NIP {owner.nip})</>} · {monthLabel(ym.month)} {ym.year}
          {summary.locked ? " · bulan sudah dikunci" : ""}
        </p>
        {!owner.self ? <p className="text-sm"><Link href="/aktivitas/tim" className="text-brand-700 underline">← Tim hari ini</Link></p> : null}
      </div>
      <MonthPicker path="/aktivitas/bulan" value={ym} extra={owner.self ? {} : { pegawai: owner.nip }} />
      <MonthProgress summary={summary} />
      <MonthCalendar summary={summary} linkDays={owner.self} />
      <p className="text-xs text-slate-500">Hari berlatar abu-abu: akhir pekan atau hari libur. Angka dalam kurung: menit yang masih menunggu persetujuan.</p>
    </div>
  );
}
