import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { agencyOptions } from "@/lib/server/admin/org-options";
import { listManagedAnnouncements } from "@/lib/server/announcements/service";
import { jakartaDate, dateKey } from "@/lib/domain/period";
import { formatCalendarDate } from "@/lib/format-date";
import { AnnouncementForm, EndAnnouncementButton } from "@/components/announcements/announcement-forms";
import { createAnnouncementAction, endAnnouncementAction } from "./actions";

export const metadata: Metadata = { title: "Pengumuman" };

/** Pengumuman (§10): Admin BKD for every agency, Admin OPD for their own, with a validity period. */
export default async function AnnouncementsPage() {
  const user = await requireUser();
  if (user.role === "PEGAWAI") notFound();
  const [list, agencies] = await Promise.all([listManagedAnnouncements(user), user.role === "ADMIN_BKD" ? agencyOptions(user) : Promise.resolve([])]);
  const today = dateKey(jakartaDate(new Date()));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Pengumuman</h1>
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-3 text-lg font-semibold">Buat Pengumuman</h2>
        <AnnouncementForm action={createAnnouncementAction} agencies={user.role === "ADMIN_BKD" ? agencies : null} today={today} />
      </section>
      <section aria-labelledby="list-title" className="space-y-2">
        <h2 id="list-title" className="text-lg font-semibold">Daftar pengumuman</h2>
        {list.length === 0 ? <p className="text-sm text-slate-600">Belum ada pengumuman.</p> : null}
        <ul className="space-y-3" data-testid="announcement-list">
          {list.map((a) => {
            const until = a.validUntil.toISOString().slice(0, 10);
            const active = a.validFrom.toISOString().slice(0, 10) <= today && until >= today;
            const mine = user.role === "ADMIN_BKD" || a.opdId === user.opdId;
            return (
              <li key={a.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <p className="font-semibold">{a.title}</p>
                <p className="text-xs text-slate-500">{a.opd ? a.opd.shortName : "Semua perangkat daerah"} · {formatCalendarDate(a.validFrom)} – {formatCalendarDate(a.validUntil)}{active ? " · sedang tayang" : ""}</p>
                <p className="mt-1 whitespace-pre-line">{a.body}</p>
                {active && mine ? <EndAnnouncementButton id={a.id} action={endAnnouncementAction} /> : null}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
