import { RECIPIENT_STATE_LABELS, type RecipientState } from "@/lib/domain/instructions/state";

const BADGE: Record<RecipientState, string> = {
  SELESAI: "bg-green-100 text-green-800",
  SELESAI_TERLAMBAT: "bg-amber-100 text-amber-900",
  TERLAMBAT: "bg-red-100 text-red-800",
  BERJALAN: "bg-sky-100 text-sky-800",
};

export function InstructionStateBadge({ state }: { state: RecipientState }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${BADGE[state]}`} data-testid="instruction-state">{RECIPIENT_STATE_LABELS[state]}</span>;
}

export function CancelledBadge() {
  return <span className="inline-block rounded-full bg-slate-200 px-2.5 py-0.5 text-xs font-semibold text-slate-700" data-testid="instruction-cancelled">Dibatalkan</span>;
}
