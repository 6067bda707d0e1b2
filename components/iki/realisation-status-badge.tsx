import { REALISATION_STATUS_LABELS, type RealisationStatus } from "@/lib/domain/iki/status";

const BADGE: Record<RealisationStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  DIAJUKAN: "bg-sky-100 text-sky-900",
  TERVERIFIKASI: "bg-green-100 text-green-900",
  DIKEMBALIKAN: "bg-red-100 text-red-900",
};

/** The state of a realisation, or "Belum diisi" when there is none yet. */
export function RealisationStatusBadge({ status }: { status: RealisationStatus | null }) {
  return (
    <span data-testid="realisation-status" className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${status ? BADGE[status] : "bg-amber-50 text-amber-900"}`}>
      {status ? REALISATION_STATUS_LABELS[status] : "Belum diisi"}
    </span>
  );
}
