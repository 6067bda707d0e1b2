import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { isAppError } from "@/lib/server/errors";
import { getInstruction, type InstructionDetail } from "@/lib/server/instructions/queries";
import { formatCalendarDate, formatDateTimeWib } from "@/lib/format-date";
import { Alert } from "@/components/ui/alert";
import { CancelledBadge, InstructionStateBadge } from "@/components/instructions/state-badge";
import { CancelInstructionForm, MarkDoneForm } from "@/components/instructions/done-form";
import { cancelInstructionAction, markInstructionDoneAction } from "../actions";

export const metadata: Metadata = { title: "Instruksi Khusus" };

const DONE: Record<string, string> = {
  diberikan: "Instruksi diberikan dan penerima telah diberi tahu.",
  ditandai: "Instruksi ditandai selesai; pemberi instruksi telah diberi tahu.",
  dibatalkan: "Instruksi dibatalkan; penerima telah diberi tahu.",
};

const ACTIVITY_STATUS: Record<string, string> = { DRAFT: "Draf", DIAJUKAN: "Diajukan", DISETUJUI: "Disetujui", DITOLAK: "Ditolak" };

function duration(minutes: number): string {
  if (minutes === 0) return "0 menit";
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} jam` : "", m ? `${m} menit` : ""].filter(Boolean).join(" ");
}

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}.${String(minute % 60).padStart(2, "0")}`;
const cell = "px-3 py-2";

export default async function InstructionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const done = (await searchParams).selesai;
  let instruction: InstructionDetail;
  try {
    instruction = await getInstruction(user, id);
  } catch (error) {
    if (isAppError(error)) notFound();
    throw error;
  }
  const own = instruction.viewer === "RECIPIENT" ? instruction.recipients[0] : undefined;
  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href="/instruksi" className="text-brand-700 underline">← Instruksi Khusus</Link></p>
      {typeof done === "string" && DONE[done] ? <Alert tone="success">{DONE[done]}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{instruction.title}</h1>
        {instruction.cancelledAt ? <CancelledBadge /> : own ? <InstructionStateBadge state={own.state} /> : null}
      </div>
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3">
        <div><dt className="text-xs uppercase tracking-wide text-slate-500">Dari</dt><dd className="font-medium">{instruction.issuer.name}<span className="block text-xs text-slate-500">{instruction.issuer.positionName}</span></dd></div>
        <div><dt className="text-xs uppercase tracking-wide text-slate-500">Batas Waktu</dt><dd className="font-medium" data-testid="instruction-deadline">{formatDateTimeWib(instruction.deadline)}</dd></div>
        <div><dt className="text-xs uppercase tracking-wide text-slate-500">Diberikan</dt><dd className="font-medium">{formatDateTimeWib(instruction.createdAt)}{instruction.targetUnitName ? ` · Unit ${instruction.targetUnitName}` : ""}</dd></div>
        {instruction.cancelledAt ? <div><dt className="text-xs uppercase tracking-wide text-slate-500">Dibatalkan</dt><dd className="font-medium">{formatDateTimeWib(instruction.cancelledAt)}</dd></div> : null}
      </dl>
      <section aria-labelledby="uraian" className="space-y-1">
        <h2 id="uraian" className="text-lg font-semibold">Uraian</h2>
        <p className="whitespace-pre-line rounded-lg border border-slate-200 bg-white p-4 text-sm">{instruction.description}</p>
      </section>

      {own ? (
        <>
          <section aria-labelledby="aktivitas" className="space-y-2">
            <h2 id="aktivitas" className="text-lg font-semibold">Aktivitas untuk Instruksi Ini</h2>
            {instruction.ownActivities.length === 0 ? (
              <p className="text-sm text-slate-600">Belum ada aktivitas yang ditautkan. Catat pelaksanaannya di Aktivitas dengan memilih instruksi ini.</p>
            ) : (
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm" data-testid="instruction-activities">
                {instruction.ownActivities.map((a) => (
                  <li key={a.id} className="px-3 py-2">{formatCalendarDate(a.date)} · {clock(a.startMinute)}–{clock(a.endMinute)} WIB · {a.description} · {ACTIVITY_STATUS[a.status] ?? a.status}</li>
                ))}
              </ul>
            )}
          </section>
          {own.status === "DONE" ? (
            <Alert tone="success" testId="instruction-done">
              Anda menandai instruksi ini selesai pada {formatDateTimeWib(own.doneAt!)}{own.note ? `: ${own.note}` : "."}
              {own.evidenceCount > 0 ? ` ${own.evidenceCount} bukti dilampirkan.` : ""}
            </Alert>
          ) : instruction.cancelledAt ? null : (
            <MarkDoneForm instructionId={instruction.id} action={markInstructionDoneAction} />
          )}
        </>
      ) : (
        <section aria-labelledby="penerima" className="space-y-2">
          <h2 id="penerima" className="text-lg font-semibold">Penerima</h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-sm" data-testid="instruction-recipients">
              <caption className="sr-only">Status pelaksanaan per penerima</caption>
              <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className={cell}>Pegawai</th>
                  <th scope="col" className={cell}>Status</th>
                  <th scope="col" className={cell}>Selesai</th>
                  <th scope="col" className={cell}>Catatan</th>
                  <th scope="col" className={cell}>Bukti</th>
                  <th scope="col" className={cell}>Menit Aktivitas</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {instruction.recipients.map((r) => (
                  <tr key={r.recipientId} data-testid={`recipient-${r.employee.nip}`}>
                    <td className={cell}><span className="font-medium">{r.employee.name}</span><span className="block text-xs text-slate-500">NIP {r.employee.nip} · {r.employee.positionName}</span></td>
                    <td className={cell}><InstructionStateBadge state={r.state} /></td>
                    <td className={cell}>{r.doneAt ? formatDateTimeWib(r.doneAt) : "—"}</td>
                    <td className={cell}>{r.note ?? "—"}</td>
                    <td className={cell}>{r.evidenceCount}</td>
                    <td className={cell}>
                      {duration(r.minutes.DISETUJUI)} disetujui
                      {r.minutes.DIAJUKAN + r.minutes.DRAFT > 0 ? <span className="block text-xs text-slate-500">{duration(r.minutes.DIAJUKAN + r.minutes.DRAFT)} belum disetujui</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {instruction.viewer === "ISSUER" && !instruction.cancelledAt ? <CancelInstructionForm instructionId={instruction.id} action={cancelInstructionAction} /> : null}
        </section>
      )}
    </div>
  );
}
