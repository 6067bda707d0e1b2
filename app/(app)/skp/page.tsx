import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { cascadeOptions } from "@/lib/server/skp/cascade-options";
import { countSkpApprovalQueue, getOwnSkp, getSkpVersion, type VersionDetail } from "@/lib/server/skp/queries";
import { draftableYears } from "@/lib/server/skp/start-skp";
import { isReviewer } from "@/lib/server/employees/reviewer";
import { lockedMonthsOfYear } from "@/lib/server/periods/month-lock";
import { jakartaDate } from "@/lib/domain/period";
import { isEditable } from "@/lib/domain/skp/status";
import { formatDateTimeWib } from "@/lib/format-date";
import { Alert } from "@/components/ui/alert";
import { SkpEditor, type EditorDocument } from "@/components/skp/skp-editor";
import { SkpView } from "@/components/skp/skp-view";
import { ReviewHistory, SkpStatusBadge } from "@/components/skp/review-history";
import { YearActionButton } from "@/components/skp/start-buttons";
import { saveSkpDraftAction, startRevisionAction, startSkpAction, submitSkpAction } from "./actions";

export const metadata: Metadata = { title: "SKP" };

function toEditor(version: VersionDetail): EditorDocument {
  return {
    rhks: version.rhks.map((r) => ({
      key: `r${r.id}`,
      kind: r.kind,
      description: r.description,
      parentRhkId: r.parent?.id ?? null,
      orgTargetId: r.orgTarget?.id ?? null,
      copiedFromId: r.copiedFromId,
      ikis: r.ikis.map((i) => ({
        key: `i${i.id}`,
        description: i.description,
        aspect: i.aspect,
        unit: i.unit,
        polarity: i.polarity,
        evidenceExpected: i.evidenceExpected ?? "",
        copiedFromId: i.copiedFromId,
        targets: Object.fromEntries(i.targets.map((t) => [String(t.month), t.value.replace(".", ",")])),
      })),
    })),
  };
}

export default async function SkpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const now = new Date();
  const years = draftableYears(now);
  const asked = Number((await searchParams).tahun);
  const year = years.includes(asked) ? asked : jakartaDate(now).year;
  const [overview, queueCount, reviewer] = await Promise.all([getOwnSkp(user, year), countSkpApprovalQueue(user), isReviewer(user)]);
  const open = overview?.open ?? null;
  const [openDetail, inForceDetail] = await Promise.all([
    open ? getSkpVersion(user, open.id) : null,
    overview?.inForce ? getSkpVersion(user, overview.inForce.id) : null,
  ]);
  const editing = open && isEditable(open.status) && openDetail;
  const [options, lockedMonths] = editing
    ? await Promise.all([cascadeOptions(db, { employeeId: user.employeeId, year }), lockedMonthsOfYear(db, { year, now })])
    : [null, null];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">SKP {year}</h1>
          <p className="text-sm text-slate-600">Sasaran Kinerja Pegawai: Rencana Hasil Kerja (RHK), Indikator Kinerja Individu (IKI) dan target bulanan.</p>
        </div>
        <nav aria-label="Tahun SKP" className="flex gap-1">
          {years.map((y) => (
            <Link key={y} href={`/skp?tahun=${y}`} aria-current={y === year ? "page" : undefined} className={`rounded-md px-3 py-1.5 text-sm font-semibold ${y === year ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}>
              {y}
            </Link>
          ))}
        </nav>
      </div>

      {queueCount > 0 ? (
        <Alert tone="info">
          Ada <strong>{queueCount}</strong> SKP bawahan yang menunggu persetujuan Anda.{" "}
          <Link href="/skp/persetujuan" className="font-semibold underline">Buka Persetujuan SKP</Link>
        </Alert>
      ) : reviewer ? (
        <p className="text-sm"><Link href="/skp/persetujuan" className="text-brand-700 underline">Persetujuan SKP bawahan</Link></p>
      ) : null}

      {!overview ? (
        <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <p>Anda belum memiliki SKP tahun {year}.</p>
          <YearActionButton year={year} label={`Buat SKP ${year}`} pendingLabel="Membuat…" action={startSkpAction} />
        </section>
      ) : null}

      {open && openDetail ? (
        <section aria-labelledby="open-title" className="space-y-4">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="open-title" className="text-lg font-semibold">{open.basedOnVersionId ? `Revisi (versi ${open.number})` : `Versi ${open.number}`}</h2>
            <SkpStatusBadge status={open.status} />
          </div>
          {open.status === "DIAJUKAN" ? (
            <Alert tone="info" testId="skp-waiting">
              Diajukan {open.submittedAt ? formatDateTimeWib(open.submittedAt) : ""}; menunggu persetujuan {open.approverName ?? "Admin BKD"}.
              {overview?.inForce ? " SKP yang disetujui sebelumnya tetap berlaku sampai revisi ini disetujui." : ""}
            </Alert>
          ) : null}
          {open.status === "DIKEMBALIKAN" ? (
            <Alert tone="warning" testId="skp-returned">
              SKP dikembalikan untuk diperbaiki. Catatan atasan: {overview?.reviews.find((r) => r.action === "RETURN")?.note}
            </Alert>
          ) : null}
          {editing && options && lockedMonths ? (
            <SkpEditor
              versionId={open.id}
              userId={user.userId}
              year={year}
              initial={toEditor(openDetail)}
              serverUpdatedAt={open.updatedAt.toISOString()}
              options={options}
              lockedMonths={[...lockedMonths]}
              isRevision={open.basedOnVersionId != null}
              saveAction={saveSkpDraftAction}
              submitAction={submitSkpAction}
            />
          ) : (
            <SkpView version={openDetail} base={inForceDetail} />
          )}
        </section>
      ) : null}

      {overview?.inForce && inForceDetail ? (
        <section aria-labelledby="inforce-title" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="inforce-title" className="text-lg font-semibold" data-testid="skp-in-force">
              SKP yang berlaku: versi {overview.inForce.number}
              {overview.inForce.approvedAt ? <span className="font-normal text-slate-600">, disetujui {formatDateTimeWib(overview.inForce.approvedAt)}</span> : null}
            </h2>
            {!open ? <YearActionButton year={year} label="Buat Revisi" pendingLabel="Membuat revisi…" action={startRevisionAction} /> : null}
          </div>
          {open ? (
            <details className="rounded-lg border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer text-sm font-semibold">Lihat isi SKP yang berlaku</summary>
              <div className="mt-3"><SkpView version={inForceDetail} /></div>
            </details>
          ) : (
            <SkpView version={inForceDetail} />
          )}
        </section>
      ) : null}

      {overview ? (
        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="versions-title" className="space-y-2">
            <h2 id="versions-title" className="text-lg font-semibold">Riwayat versi</h2>
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {overview.versions.map((v) => (
                <li key={v.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                  <Link href={`/skp/versi/${v.id}`} className="font-medium text-brand-700 underline">Versi {v.number}</Link>
                  <span className="flex items-center gap-2">
                    <SkpStatusBadge status={v.status} />
                    {v.inForce ? <span className="text-xs font-semibold text-green-800">Berlaku</span> : null}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="history-title" className="space-y-2">
            <h2 id="history-title" className="text-lg font-semibold">Riwayat persetujuan dan catatan</h2>
            <ReviewHistory reviews={overview.reviews} />
          </section>
        </div>
      ) : null}
    </div>
  );
}
