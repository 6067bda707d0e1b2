import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { formatDateTimeWib } from "@/lib/format-date";
import { SimpleActionButton } from "@/components/ui/simple-action-button";
import { markAllReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifikasi" };

/** The employee's notifications (§10), newest first. */
export default async function NotificationsPage() {
  const user = await requireUser();
  const items = await db.notification.findMany({
    where: { employeeId: user.employeeId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, title: true, body: true, link: true, createdAt: true, readAt: true, emailedAt: true },
  });
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Notifikasi</h1>
        {unread > 0 ? <SimpleActionButton label="Tandai semua sudah dibaca" action={markAllReadAction} /> : null}
      </div>
      {items.length === 0 ? <p className="text-sm text-slate-600">Belum ada notifikasi.</p> : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="notification-list">
          {items.map((n) => (
            <li key={n.id} className={`p-3 text-sm ${n.readAt ? "" : "bg-sky-50"}`}>
              <p className={n.readAt ? "" : "font-semibold"}>{n.link ? <Link href={n.link} className="underline">{n.title}</Link> : n.title}</p>
              <p className="text-slate-700">{n.body}</p>
              <p className="text-xs text-slate-500">{formatDateTimeWib(n.createdAt)}{n.emailedAt ? " · juga dikirim lewat e-mail" : ""}{n.readAt ? "" : " · baru"}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
