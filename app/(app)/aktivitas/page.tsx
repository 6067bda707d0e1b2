import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { env } from "@/lib/env";
import { listOwnDay, rhkOptions } from "@/lib/server/activities/day-queries";
import { getMonthLock } from "@/lib/server/periods/month-lock";
import { listReceivedInstructions } from "@/lib/server/instructions/queries";
import { isReviewer } from "@/lib/server/employees/reviewer";
import { dateKey, jakartaDate, parseDateKey } from "@/lib/domain/period";
import { ACTIVITY_STATUS_LABELS } from "@/lib/domain/activities/status";
import { formatTimeOfDay } from "@/lib/domain/activities/rules";
import { ActivityForm, type ActivityFormValues } from "@/components/activities/activity-form";
import { ActivityRowActions, SubmitDraftsButton } from "@/components/activities/activity-row-actions";
import { Alert } from "@/components/ui/alert";
import { ActivityTabs } from "@/components/activities/activity-tabs";
import { deleteActivityAction, submitActivitiesAction } from "./actions";
import { saveActivityFormAction } from "./form-action";

export const metadata: Metadata = { title: "Aktivitas Harian" };

const BADGE: Record<keyof typeof ACTIVITY_STATUS_LABELS, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  DIAJUKAN: "bg-sky-100 text-sky-900",
  DISETUJUI: "bg-green-100 text-green-900",
  DITOLAK: "bg-red-100 text-red-900",
};

const dayTitle = (key: string) =>
  new Intl.DateTimeFormat("id-ID", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${key}T00:00:00Z`));

const shift = (key: string, days: number) => {
  const d = new Date(`${key}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function openInstructions(employeeId: number) {
  const received = await listReceivedInstructions(db, { employeeId, openOnly: true });
  return received.map((r) => ({ id: r.instructionId, title: r.title }));
}

/** The activities of one day (default today, WIB): the list with its running total, and the form. */
export default async function ActivityDayPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const now = new Date();
  const today = dateKey(jakartaDate(now));
  const asked = typeof params.tanggal === "string" ? parseDateKey(params.tanggal) : null;
  const date = asked && dateKey(asked) <= today ? asked : jakartaDate(now);
  const key = dateKey(date);
  const [entries, lock, rhks, instructions, reviewer] = await Promise.all([
    listOwnDay(db, user, date),
    getMonthLock(db, { year: date.year, month: date.month, now }),
    rhkOptions(db, { employeeId: user.employeeId, year: date.year }),
    openInstructions(user.employeeId),
    isReviewer(user),
  ]);
  const editId = typeof params.ubah === "string" ? Number(params.ubah) : null;
  const editing = editId ? entries.find((e) => e.id === editId && (e.status === "DRAFT" || e.status === "DITOLAK")) : undefined;
  const total = entries.reduce((sum, e) => sum + (e.endMinute - e.startMinute), 0);
  const approved = entries.filter((e) => e.status === "DISETUJUI").reduce((sum, e) => sum + (e.endMinute - e.startMinute), 0);
  const drafts = entries.filter((e) => e.status === "DRAFT" || e.status === "DITOLAK");
  const lastEnd = entries.reduce((max, e) => Math.max(max, e.endMinute), 0);
  const initial: ActivityFormValues = editing
    ? {
        id: editing.id,
        date: key,
        startTime: formatTimeOfDay(editing.startMinute),
        endTime: formatTimeOfDay(editing.endMinute),
        rhkId: editing.rhk ? String(editing.rhk.id) : "",
        instructionId: editing.instruction ? String(editing.instruction.id) : "",
        description: editing.description,
        outputQuantity: editing.outputQuantity.replace(".", ","),
        outputUnit: editing.outputUnit,
      }
    : { id: null, date: key, startTime: lastEnd > 0 && lastEnd < 24 * 60 ? formatTimeOfDay(lastEnd) : "07:30", endTime: "", rhkId: "", instructionId: "", description: "", outputQuantity: "1", outputUnit: "" };

  return (
    <div className="space-y-6">
      <ActivityTabs current="harian" reviewer={reviewer} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Aktivitas Harian</h1>
          <p className="text-slate-600" data-testid="activity-day">{dayTitle(key)}</p>
        </div>
        <nav aria-label="Pilih tanggal" className="flex flex-wrap items-end gap-2">
          <Link href={`/aktivitas?tanggal=${shift(key, -1)}`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" aria-label="Hari sebelumnya">←</Link>
          <form method="get" action="/aktivitas" className="flex items-end gap-2">
            <div>
              <label htmlFor="tanggal" className="block text-xs text-slate-600">Tanggal</label>
              <input id="tanggal" name="tanggal" type="date" max={today} defaultValue={key} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
            </div>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">Buka</button>
          </form>
          {key < today ? <Link href={`/aktivitas?tanggal=${shift(key, 1)}`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" aria-label="Hari berikutnya">→</Link> : null}
          {key !== today ? <Link href="/aktivitas" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">Hari ini</Link> : null}
        </nav>
      </div>

      {params.disimpan === "diajukan" || params.disimpan === "draf" ? (
        <Alert tone="success" testId="activity-saved">{params.disimpan === "diajukan" ? "Aktivitas disimpan dan diajukan ke atasan." : "Aktivitas disimpan sebagai draf."}</Alert>
      ) : null}
      {lock.locked ? <Alert tone="warning" testId="activity-locked">Bulan ini sudah dikunci sejak {new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: "Asia/Jakarta" }).format(lock.lockedAt ?? lock.lockAt)}; aktivitasnya hanya dapat dibaca.</Alert> : null}

      <section aria-labelledby="list-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="list-title" className="text-lg font-semibold">Daftar aktivitas</h2>
          <p className="text-sm text-slate-700" data-testid="activity-total">
            Total <strong>{total}</strong> menit · disetujui <strong>{approved}</strong> menit
          </p>
        </div>
        {entries.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">Belum ada aktivitas pada tanggal ini.</p>
        ) : (
          <ol className="space-y-3" data-testid="activity-list">
            {entries.map((e) => (
              <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="activity-item">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-semibold tabular-nums">
                    {formatTimeOfDay(e.startMinute)}–{formatTimeOfDay(e.endMinute)} <span className="font-normal text-slate-500">({e.endMinute - e.startMinute} menit)</span>
                  </p>
                  <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${BADGE[e.status]}`}>{ACTIVITY_STATUS_LABELS[e.status]}</span>
                </div>
                <p className="mt-1 text-xs text-slate-500">{e.rhk ? `RHK: ${e.rhk.description}` : "Aktivitas Tambahan"}{e.instruction ? ` · Instruksi: ${e.instruction.title}` : ""}</p>
                <p className="mt-1 whitespace-pre-line">{e.description}</p>
                <p className="mt-1 text-sm text-slate-600">Hasil: {e.outputQuantity.replace(".", ",")} {e.outputUnit}</p>
                {e.evidence.length > 0 ? (
                  <ul className="mt-2 flex flex-wrap gap-2 text-sm">
                    {e.evidence.map((f) => (
                      <li key={f.id}><a href={`/api/bukti/${f.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">{f.originalName}</a></li>
                    ))}
                  </ul>
                ) : null}
                {e.status === "DITOLAK" && e.rejectReason ? <p className="mt-2 rounded bg-red-50 p-2 text-sm text-red-900">Ditolak: {e.rejectReason}</p> : null}
                {!lock.locked && (e.status === "DRAFT" || e.status === "DITOLAK") ? (
                  <ActivityRowActions id={e.id} editHref={`/aktivitas?tanggal=${key}&ubah=${e.id}`} submitAction={submitActivitiesAction} deleteAction={deleteActivityAction} />
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {!lock.locked && drafts.length > 1 ? <SubmitDraftsButton ids={drafts.map((d) => d.id)} action={submitActivitiesAction} /> : null}
      </section>

      {!lock.locked ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <ActivityForm
            formKey={editing ? `edit-${editing.id}` : `new-${key}`}
            userId={user.userId}
            initial={initial}
            initialEvidence={editing ? editing.evidence.map((f) => ({ id: f.id, name: f.originalName, sizeBytes: f.sizeBytes })) : []}
            initialRequestId={randomUUID()}
            today={today}
            rhkOptions={rhks}
            instructionOptions={instructions}
            maxEvidenceBytes={env().EVIDENCE_MAX_BYTES}
            uploadMaxBytes={env().EVIDENCE_UPLOAD_MAX_BYTES}
            action={saveActivityFormAction}
          />
        </section>
      ) : null}
    </div>
  );
}
