"use client";

import { useEffect, useId, useRef, useState } from "react";
import {
  EVIDENCE_ACCEPT,
  evidenceMessages,
  formatFileSize,
  formatMegabytes,
  MAX_EVIDENCE_PER_TARGET,
} from "@/lib/domain/evidence";

/** A file already stored (from POST /api/bukti, or attached earlier). */
export type EvidenceItem = { id: number; name: string; sizeBytes: number; downscaled?: boolean };

type Entry =
  | { key: string; status: "uploading"; name: string; sizeBytes: number }
  | ({ key: string; status: "done" } & EvidenceItem)
  | { key: string; status: "error"; name: string; message: string };

type UploadAnswer = { ok: true; id: number; name: string; sizeBytes: number; downscaled: boolean } | { ok: false; message: string };

const CONNECTION_LOST = "Gagal mengunggah karena koneksi terputus. Coba pilih berkasnya lagi.";
const SERVER_ERROR = "Terjadi kesalahan pada server. Coba lagi beberapa saat lagi.";

async function upload(file: File, uploadMaxBytes: number): Promise<UploadAnswer> {
  const body = new FormData();
  body.append("berkas", file, file.name);
  let response: Response;
  try {
    response = await fetch("/api/bukti", { method: "POST", body, credentials: "same-origin" });
  } catch {
    return { ok: false, message: CONNECTION_LOST };
  }
  const answer = (await response.json().catch(() => null)) as UploadAnswer | null;
  if (answer && typeof answer === "object" && "ok" in answer) return answer;
  // Not our JSON: e.g. a reverse proxy refusing the size before the app saw it.
  if (response.status === 413) return { ok: false, message: evidenceMessages.tooLargeUpload(uploadMaxBytes) };
  return { ok: false, message: SERVER_ERROR };
}

/**
 * Evidence files for a form (DESIGN.md §5): each chosen file is uploaded at once to
 * POST /api/bukti, listed with its size ("diperkecil" when the server downscaled it) or its
 * error, and can be removed again. Place it inside the form: it renders one hidden input
 * `name` (default "evidenceIds") per stored file, so a server action receives the ids.
 * `onBusyChange` tells the form while uploads are running, e.g. to hold back the submit button.
 * The page should pass `maxBytes` and `uploadMaxBytes` from env() (EVIDENCE_MAX_BYTES,
 * EVIDENCE_UPLOAD_MAX_BYTES); the defaults are the settings' defaults. The server decides anyway.
 */
export function EvidencePicker({
  id: idProp,
  name = "evidenceIds",
  label = "Berkas bukti",
  initial = [],
  max = MAX_EVIDENCE_PER_TARGET,
  maxBytes = 2 * 1024 * 1024,
  uploadMaxBytes = 15 * 1024 * 1024,
  errors,
  onBusyChange,
}: {
  id?: string;
  name?: string;
  label?: string;
  initial?: EvidenceItem[];
  max?: number;
  maxBytes?: number;
  uploadMaxBytes?: number;
  errors?: string[];
  onBusyChange?: (busy: boolean) => void;
}) {
  const generatedId = useId();
  const id = idProp ?? `bukti-${generatedId.replace(/[^a-zA-Z0-9-]/g, "")}`;
  const [entries, setEntries] = useState<Entry[]>(() => initial.map((item) => ({ key: `s${item.id}`, status: "done", ...item })));
  const [notice, setNotice] = useState<string | null>(null);
  const seq = useRef(0);

  const held = entries.filter((e) => e.status !== "error").length;
  const busy = entries.some((e) => e.status === "uploading");
  const full = held >= max;

  useEffect(() => {
    onBusyChange?.(busy);
  }, [busy, onBusyChange]);

  const replace = (key: string, next: Entry) => setEntries((list) => list.map((e) => (e.key === key ? next : e)));
  const remove = (key: string) => setEntries((list) => list.filter((e) => e.key !== key));

  async function choose(files: File[]) {
    setNotice(null);
    const room = Math.max(0, max - held);
    if (files.length > room) setNotice(`Paling banyak ${max} berkas; ${files.length - room} berkas tidak ditambahkan.`);
    const accepted = files.slice(0, room).map((file) => ({ file, key: `u${(seq.current += 1)}` }));
    setEntries((list) => [
      ...list,
      ...accepted.map(({ file, key }): Entry =>
        file.size > uploadMaxBytes
          ? { key, status: "error", name: file.name, message: evidenceMessages.tooLargeUpload(uploadMaxBytes) }
          : { key, status: "uploading", name: file.name, sizeBytes: file.size },
      ),
    ]);
    // One at a time: phone photos are downscaled on the server, which is work enough.
    for (const { file, key } of accepted) {
      if (file.size > uploadMaxBytes) continue;
      const answer = await upload(file, uploadMaxBytes);
      replace(
        key,
        answer.ok
          ? { key, status: "done", id: answer.id, name: answer.name, sizeBytes: answer.sizeBytes, downscaled: answer.downscaled }
          : { key, status: "error", name: file.name, message: answer.message },
      );
    }
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, errors?.length ? errorId : null].filter(Boolean).join(" ");

  return (
    <div className="space-y-2" data-testid="evidence-picker" aria-busy={busy || undefined}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept={EVIDENCE_ACCEPT}
        disabled={full}
        aria-describedby={describedBy}
        aria-invalid={errors?.length ? true : undefined}
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-50 disabled:opacity-60"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = ""; // the same file may be chosen again after removing it
          if (files.length > 0) void choose(files);
        }}
      />
      <p id={hintId} className="text-xs text-slate-500">
        {full
          ? `Sudah ${max} berkas; hapus salah satu untuk menambah.`
          : `PDF, JPG atau PNG, paling banyak ${max} berkas. PDF paling besar ${formatMegabytes(maxBytes)}; foto yang lebih besar diperkecil otomatis.`}
      </p>
      {errors?.length ? (
        <ul id={errorId} className="text-sm text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div aria-live="polite" className="space-y-2">
        {notice ? <p className="text-sm text-amber-800">{notice}</p> : null}
        {entries.length > 0 ? (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white" aria-label="Berkas yang diunggah">
            {entries.map((entry) => (
              <li key={entry.key} className="flex items-start justify-between gap-3 px-3 py-2 text-sm">
                <div className="min-w-0">
                  {entry.status === "done" ? (
                    <a href={`/api/bukti/${entry.id}`} target="_blank" rel="noopener" className="break-all font-medium text-brand-700 underline">
                      {entry.name}
                    </a>
                  ) : (
                    <span className="break-all font-medium text-slate-800">{entry.name}</span>
                  )}
                  <p className={entry.status === "error" ? "text-red-700" : "text-slate-500"}>
                    {entry.status === "uploading" ? "Mengunggah…" : null}
                    {entry.status === "done" ? `${formatFileSize(entry.sizeBytes)}${entry.downscaled ? " · diperkecil" : ""}` : null}
                    {entry.status === "error" ? entry.message : null}
                  </p>
                </div>
                {entry.status !== "uploading" ? (
                  <button
                    type="button"
                    onClick={() => remove(entry.key)}
                    className="shrink-0 rounded-md px-2 py-1 text-sm font-semibold text-slate-700 hover:bg-slate-100"
                    aria-label={entry.status === "error" ? `Tutup pesan untuk ${entry.name}` : `Hapus ${entry.name}`}
                  >
                    {entry.status === "error" ? "Tutup" : "Hapus"}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {entries.map((entry) => (entry.status === "done" ? <input key={entry.key} type="hidden" name={name} value={entry.id} /> : null))}
    </div>
  );
}
