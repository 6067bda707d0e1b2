/** DESIGN.md §5.1: what the leader sees per recipient of a special instruction. */
export type RecipientState = "SELESAI" | "SELESAI_TERLAMBAT" | "TERLAMBAT" | "BERJALAN";

export const RECIPIENT_STATES: readonly RecipientState[] = ["SELESAI", "SELESAI_TERLAMBAT", "TERLAMBAT", "BERJALAN"];

export const RECIPIENT_STATE_LABELS: Record<RecipientState, string> = {
  SELESAI: "Selesai",
  SELESAI_TERLAMBAT: "Selesai terlambat",
  TERLAMBAT: "Terlambat",
  BERJALAN: "Berjalan",
};

/**
 * Done on or before the deadline → SELESAI; done after it → SELESAI_TERLAMBAT; pending past the
 * deadline → TERLAMBAT; otherwise BERJALAN. The deadline minute itself still counts as on time.
 */
export function recipientState(input: { status: "PENDING" | "DONE"; doneAt: Date | null; deadline: Date; now: Date }): RecipientState {
  const deadline = input.deadline.getTime();
  if (input.status === "DONE") {
    const doneAt = (input.doneAt ?? input.now).getTime();
    return doneAt > deadline ? "SELESAI_TERLAMBAT" : "SELESAI";
  }
  return input.now.getTime() > deadline ? "TERLAMBAT" : "BERJALAN";
}

/** Counts per state, every state present (zero when none). */
export function countStates(states: readonly RecipientState[]): Record<RecipientState, number> {
  const counts: Record<RecipientState, number> = { SELESAI: 0, SELESAI_TERLAMBAT: 0, TERLAMBAT: 0, BERJALAN: 0 };
  for (const s of states) counts[s] += 1;
  return counts;
}
