import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { isAppError } from "@/lib/server/errors";
import { getSkpVersion, type VersionDetail } from "@/lib/server/skp/queries";
import { formatDateTimeWib } from "@/lib/format-date";
import { SkpView } from "@/components/skp/skp-view";
import { ReviewHistory, SkpStatusBadge } from "@/components/skp/review-history";

export const metadata: Metadata = { title: "Versi SKP" };

/** Any version of an SKP, read-only, for those who may read it (owner, supervisor, admins). */
export default async function SkpVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
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
      <p className="text-sm"><Link href={version.owner.id === user.employeeId ? `/skp?tahun=${version.year}` : "/skp/persetujuan"} className="text-brand-700 underline">← Kembali</Link></p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">SKP {version.year} · versi {version.number}</h1>
        <SkpStatusBadge status={version.status} />
        {version.inForce ? <span className="text-sm font-semibold text-green-800">Berlaku</span> : null}
      </div>
      <p className="text-sm text-slate-600">
        {version.owner.name} · NIP {version.owner.nip} · {version.owner.positionName}, {version.owner.unitName}
        {version.approvedAt ? ` · disetujui ${formatDateTimeWib(version.approvedAt)}` : ""}
      </p>
      {base ? <p className="text-sm text-slate-600">Revisi dari versi {base.number}; sel yang ditandai berubah dari versi tersebut.</p> : null}
      <SkpView version={version} base={base} />
      <section aria-labelledby="h" className="space-y-2">
        <h2 id="h" className="text-lg font-semibold">Riwayat</h2>
        <ReviewHistory reviews={version.reviews} showVersion={false} />
      </section>
    </div>
  );
}
