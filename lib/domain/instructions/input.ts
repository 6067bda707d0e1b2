import { parseDateKey, jakartaInstant } from "../period";

/** DESIGN.md §5.1 input limits. */
export const TITLE_MIN = 5;
export const TITLE_MAX = 200;
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 4000;
export const RECIPIENTS_MAX = 500;
export const DONE_NOTE_MAX = 2000;
import { MAX_EVIDENCE_PER_TARGET } from "../evidence";

export const EVIDENCE_MAX = MAX_EVIDENCE_PER_TARGET;

export type FieldErrors = Record<string, string[]>;

/**
 * "YYYY-MM-DD" and "HH:MM" read as WIB wall-clock time → the instant; null when either is
 * malformed or not a real date or time.
 */
export function parseWibDateTime(date: string, time: string): Date | null {
  const day = parseDateKey(date.trim());
  const match = /^(\d{2}):(\d{2})$/.exec(time.trim());
  if (!day || !match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return jakartaInstant(day, { hour, minute });
}

export type InstructionInput = { title: string; description: string; deadline: Date | null; recipientCount: number };

/**
 * Checks an instruction before issuing: title 5–200 characters, description 10–4000, a deadline
 * that is a real WIB date-time not before `now`, and 1–500 recipients. Errors by field, in Indonesian.
 */
export function validateInstructionInput(input: InstructionInput, now: Date): FieldErrors {
  const errors: FieldErrors = {};
  const push = (key: string, message: string) => (errors[key] ??= []).push(message);
  const title = input.title.trim();
  const description = input.description.trim();
  if (title.length < TITLE_MIN) push("title", `Judul paling sedikit ${TITLE_MIN} karakter.`);
  else if (title.length > TITLE_MAX) push("title", `Judul paling banyak ${TITLE_MAX} karakter.`);
  if (description.length < DESCRIPTION_MIN) push("description", `Uraian paling sedikit ${DESCRIPTION_MIN} karakter.`);
  else if (description.length > DESCRIPTION_MAX) push("description", `Uraian paling banyak ${DESCRIPTION_MAX.toLocaleString("id-ID")} karakter.`);
  if (input.deadline == null || Number.isNaN(input.deadline.getTime())) push("deadline", "Isi batas waktu dengan tanggal dan jam yang valid (WIB).");
  else if (input.deadline.getTime() < now.getTime()) push("deadline", "Batas waktu tidak boleh sudah lewat.");
  if (input.recipientCount < 1) push("recipients", "Pilih paling sedikit satu penerima instruksi.");
  else if (input.recipientCount > RECIPIENTS_MAX) push("recipients", `Penerima paling banyak ${RECIPIENTS_MAX} orang dalam satu instruksi.`);
  return errors;
}

/** The note and evidence when a recipient marks an instruction done. */
export function validateDoneInput(input: { note: string; evidenceCount: number }): FieldErrors {
  const errors: FieldErrors = {};
  if (input.note.trim().length > DONE_NOTE_MAX) errors.note = [`Catatan paling banyak ${DONE_NOTE_MAX.toLocaleString("id-ID")} karakter.`];
  if (input.evidenceCount > EVIDENCE_MAX) errors.evidenceIds = [`Bukti paling banyak ${EVIDENCE_MAX} berkas.`];
  return errors;
}
