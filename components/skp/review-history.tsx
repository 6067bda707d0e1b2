import { SKP_STATUS_LABELS } from "@/lib/domain/skp/status";
import { formatDateTimeWib } from "@/lib/format-date";
import type { SkpReviewEntry } from "@/lib/server/skp/queries";

const ACTION_LABELS: Record<SkpReviewEntry["action"], string> = {
  SUBMIT: "Diajukan",
  APPROVE: "Disetujui",
  RETURN: "Dikembalikan",
  REVISE: "Revisi dibuat",
  REASSIGN: "Dialihkan ke atasan baru",
};

/** The review history of an SKP (§4): who did what, when, with the note. */
export function ReviewHistory({ reviews, showVersion = true }: { reviews: SkpReviewEntry[]; showVersion?: boolean }) {
  if (reviews.length === 0) return <p className="text-sm text-slate-500">Belum ada riwayat.</p>;
  return (
    <ol className="space-y-3" data-testid="skp-history">
      {reviews.map((r) => (
        <li key={r.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          <p>
            <span className="font-semibold">{ACTION_LABELS[r.action]}</span>
            {showVersion ? <span className="text-slate-500"> · versi {r.versionNumber}</span> : null}
            <span className="text-slate-500"> · {r.actorName} · {formatDateTimeWib(r.at)}</span>
          </p>
          {r.note ? <p className="mt-1 whitespace-pre-line rounded bg-amber-50 p-2 text-amber-950">Catatan: {r.note}</p> : null}
          <p className="sr-only">Status menjadi {SKP_STATUS_LABELS[r.toStatus]}</p>
        </li>
      ))}
    </ol>
  );
}

const BADGE: Record<keyof typeof SKP_STATUS_LABELS, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  DIAJUKAN: "bg-sky-100 text-sky-900",
  DISETUJUI: "bg-green-100 text-green-900",
  DIKEMBALIKAN: "bg-amber-100 text-amber-900",
};

export function SkpStatusBadge({ status }: { status: keyof typeof SKP_STATUS_LABELS }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${BADGE[status]}`} data-testid="skp-status">{SKP_STATUS_LABELS[status]}</span>;
}
