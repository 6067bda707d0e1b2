import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { getSkpVersion, type VersionDetail } from "@/lib/server/skp/queries";
import { approvableOwners } from "@/lib/server/skp/relations";
import { formatDateTimeWib } from "@/lib/format-date";
import { SkpView } from "@/components/skp/skp-view";
import { ReviewHistory, SkpStatusBadge } from "@/components/skp/review-history";
import { SkpReviewForm } from "@/components/skp/review-form";
import { reviewSkpAction } from "../actions";

export const metadata: Metadata = { title: "Periksa SKP" };

/** One submitted SKP for its approver: the cascaded parents beside each RHK, then Setujui / Kembalikan. */
export default async function SkpReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  // Only the approver sees this page (the relation is in the query).
  const mine = await db.skpVersion.count({ where: { id, skp: { employee: approvableOwners(user) } } });
  if (mine === 0) notFound();
  let version: VersionDetail;
  try {
    version = await getSkpVersion(user, id);
  } catch (error) {
    if (isAppError(error)) notFound();
    throw error;
  }
  const base = version.basedOnVersionId ? await getSkpVersion(user, version.basedOnVersionId).catch(() => null) : null;
  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href="/skp/persetujuan" className="text-brand-700 underline">← Persetujuan SKP</Link></p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">SKP {version.year} · {version.owner.name}</h1>
        <SkpStatusBadge status={version.status} />
      </div>
      <p className="text-sm text-slate-600">
        NIP {version.owner.nip} · {version.owner.positionName}, {version.owner.unitName} · versi {version.number}
        {version.submittedAt ? ` · diajukan ${formatDateTimeWib(version.submittedAt)}` : ""}
      </p>
      {base ? <p className="text-sm text-slate-600">Ini revisi dari versi {base.number} yang sedang berlaku; sel yang ditandai berubah.</p> : null}
      <SkpView version={version} sideBySide base={base} />
      {version.status === "DIAJUKAN" ? <SkpReviewForm versionId={version.id} action={reviewSkpAction} /> : null}
      <section aria-labelledby="h" className="space-y-2">
        <h2 id="h" className="text-lg font-semibold">Riwayat</h2>
        <ReviewHistory reviews={version.reviews} showVersion={false} />
      </section>
    </div>
  );
}
