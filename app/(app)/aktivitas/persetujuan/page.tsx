import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth/current-user";
import { listActivityQueue } from "@/lib/server/activities/queue";
import { isReviewer } from "@/lib/server/employees/reviewer";
import { formatMinutes, parseMonthParam } from "@/lib/domain/activities/month-param";
import { monthLabel } from "@/lib/domain/period";
import { ActivityTabs } from "@/components/activities/activity-tabs";
import { MonthPicker } from "@/components/activities/month-picker";
import { ReviewQueue } from "@/components/activities/review-queue";
import { Alert } from "@/components/ui/alert";
import { NoSubordinates } from "@/components/layout/no-subordinates";
import { reviewActivitiesAction } from "./actions";

export const metadata: Metadata = { title: "Persetujuan Aktivitas" };

/** Submitted activities of the actor's current direct subordinates (heads for Admin BKD), by month. */
export default async function ActivityReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const ym = parseMonthParam((await searchParams).bulan, new Date());
  if (!(await isReviewer(user))) {
    return (
      <div className="space-y-5">
        <ActivityTabs current="persetujuan" reviewer={false} />
        <h1 className="text-2xl font-semibold">Persetujuan Aktivitas</h1>
        <NoSubordinates what="aktivitas yang perlu Anda setujui" />
      </div>
    );
  }
  const queue = await listActivityQueue(user, ym);
  return (
    <div className="space-y-5">
      <ActivityTabs current="persetujuan" reviewer />
      <h1 className="text-2xl font-semibold">Persetujuan Aktivitas</h1>
      <MonthPicker path="/aktivitas/persetujuan" value={ym} />
      {queue.locked ? (
        <Alert tone="warning">Bulan {monthLabel(ym.month)} {ym.year} sudah dikunci; aktivitasnya tidak dapat disetujui atau ditolak lagi.</Alert>
      ) : null}
      {queue.people.length > 0 ? (
        <p className="text-sm text-slate-700" data-testid="queue-total">
          {queue.count} aktivitas dari {queue.people.length} pegawai menunggu persetujuan ({formatMinutes(queue.minutes)}).
        </p>
      ) : null}
      <ReviewQueue
        people={queue.people}
        locked={queue.locked}
        action={reviewActivitiesAction}
        emptyText={`Tidak ada aktivitas bulan ${monthLabel(ym.month)} ${ym.year} yang menunggu persetujuan Anda.`}
      />
    </div>
  );
}
