import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { listSkpApprovalQueue } from "@/lib/server/skp/queries";
import { isReviewer } from "@/lib/server/employees/reviewer";
import { formatDateTimeWib } from "@/lib/format-date";
import { Alert } from "@/components/ui/alert";
import { NoSubordinates } from "@/components/layout/no-subordinates";

export const metadata: Metadata = { title: "Persetujuan SKP" };

const DONE: Record<string, string> = { disetujui: "SKP disetujui.", dikembalikan: "SKP dikembalikan kepada pegawai dengan catatan Anda." };

/** The approval queue: submitted SKP of the actor's current direct subordinates (heads for Admin BKD). */
export default async function SkpQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const done = (await searchParams).selesai;
  const [queue, reviewer] = await Promise.all([listSkpApprovalQueue(user), isReviewer(user)]);
  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href="/skp" className="text-brand-700 underline">← SKP saya</Link></p>
      <h1 className="text-2xl font-semibold">Persetujuan SKP</h1>
      {typeof done === "string" && DONE[done] ? <Alert tone="success">{DONE[done]}</Alert> : null}
      {!reviewer && queue.length === 0 ? (
        <NoSubordinates what="SKP yang perlu Anda setujui" />
      ) : queue.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid="skp-queue-empty">Tidak ada SKP yang menunggu persetujuan Anda.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="skp-queue">
            <caption className="sr-only">SKP yang menunggu persetujuan</caption>
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2">Pegawai</th>
                <th scope="col" className="px-3 py-2">SKP</th>
                <th scope="col" className="px-3 py-2">Diajukan</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">Tindakan</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {queue.map((q) => (
                <tr key={q.versionId}>
                  <td className="px-3 py-2">
                    <span className="font-medium">{q.owner.name}</span>
                    <span className="block text-xs text-slate-500">NIP {q.owner.nip} · {q.owner.positionName}{q.isHeadOfAgency ? " · Kepala Perangkat Daerah" : ""}</span>
                  </td>
                  <td className="px-3 py-2">{q.year}{q.number > 1 ? ` · revisi (versi ${q.number})` : ""} · {q.rhkCount} RHK</td>
                  <td className="px-3 py-2">{q.submittedAt ? formatDateTimeWib(q.submittedAt) : "—"}</td>
                  <td className="px-3 py-2 text-right">
                    <Link href={`/skp/persetujuan/${q.versionId}`} className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700" aria-label={`Periksa SKP ${q.owner.name}`}>Periksa</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
