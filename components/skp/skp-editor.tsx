"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { ActionState } from "@/lib/server/action";
import { IKI_ASPECTS, IKI_ASPECT_LABELS, POLARITIES, POLARITY_LABELS, RHK_KINDS, RHK_KIND_LABELS, type IkiAspect, type Polarity, type RhkKind } from "@/lib/domain/skp/document";
import { MONTH_LABELS } from "@/lib/domain/period";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CascadeOptions } from "@/lib/server/skp/cascade-options";

export type EditorIki = {
  key: string;
  description: string;
  aspect: IkiAspect;
  unit: string;
  polarity: Polarity;
  evidenceExpected: string;
  copiedFromId: number | null;
  targets: Record<string, string>;
};
export type EditorRhk = {
  key: string;
  kind: RhkKind;
  description: string;
  parentRhkId: number | null;
  orgTargetId: number | null;
  copiedFromId: number | null;
  ikis: EditorIki[];
};
export type EditorDocument = { rhks: EditorRhk[] };

type Action = (prev: ActionState | null, data: FormData) => Promise<ActionState>;
type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "offline" }
  | { kind: "expired" }
  | { kind: "error"; message: string };

const SAVE_DELAY_MS = 1200;
const RETRY_MS = 10_000;
const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500 disabled:bg-slate-100";

let keySeq = 0;
const newKey = () => `k${Date.now().toString(36)}${(keySeq++).toString(36)}`;
const emptyIki = (): EditorIki => ({ key: newKey(), description: "", aspect: "KUANTITAS", unit: "", polarity: "MAKIN_TINGGI", evidenceExpected: "", copiedFromId: null, targets: {} });
const emptyRhk = (kind: RhkKind): EditorRhk => ({ key: newKey(), kind, description: "", parentRhkId: null, orgTargetId: null, copiedFromId: null, ikis: [emptyIki()] });

/** What the server stores: the document without the editor's React keys. */
function toPayload(doc: EditorDocument) {
  return {
    rhks: doc.rhks.map(({ key: _k, ikis, ...rhk }) => ({ ...rhk, ikis: ikis.map(({ key: _i, ...iki }) => iki) })),
  };
}

const timeWib = (iso: string) =>
  new Intl.DateTimeFormat("id-ID", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta" }).format(new Date(iso));

/**
 * The SKP editor (DESIGN.md §4): RHK with their IKI and monthly targets. Every change is kept in
 * this browser at once and saved to the server shortly after typing stops, so nothing is lost when
 * the session expires or the connection drops: after logging in again the editor restores what
 * the server did not get and saves it.
 */
export function SkpEditor(props: {
  versionId: number;
  userId: number;
  year: number;
  initial: EditorDocument;
  serverUpdatedAt: string;
  options: CascadeOptions;
  lockedMonths: number[];
  isRevision: boolean;
  saveAction: Action;
  submitAction: Action;
}) {
  const router = useRouter();
  const storageKey = `trk:skp-draft:${props.userId}:${props.versionId}`;
  const [doc, setDoc] = useState<EditorDocument>(props.initial);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [errors, setErrorsState] = useState<Record<string, string[]>>({});
  const errorsRef = useRef<Record<string, string[]>>({});
  const setErrors = (next: Record<string, string[]>) => {
    errorsRef.current = next;
    setErrorsState(next);
  };
  const [restored, setRestored] = useState(false);
  const [submitResult, setSubmitResult] = useState<ActionState | null>(null);
  const [submitting, startSubmit] = useTransition();
  const latest = useRef(doc);
  const revision = useRef(0); // bumped on every edit
  const savedRevision = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Restore what this browser kept and the server did not get (expired session, lost connection).
  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(storageKey);
      if (!raw) return;
      const kept = JSON.parse(raw) as { doc: EditorDocument; at: string };
      if (new Date(kept.at) > new Date(props.serverUpdatedAt) && JSON.stringify(toPayload(kept.doc)) !== JSON.stringify(toPayload(props.initial))) {
        latest.current = kept.doc;
        setDoc(kept.doc);
        revision.current += 1;
        setRestored(true);
        setSave({ kind: "dirty" });
        schedule(0);
      } else {
        window.localStorage.removeItem(storageKey);
      }
    } catch {
      window.localStorage.removeItem(storageKey);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    if (savedRevision.current === revision.current) return true;
    const sending = revision.current;
    const data = new FormData();
    data.set("versionId", String(props.versionId));
    data.set("document", JSON.stringify(toPayload(latest.current)));
    setSave({ kind: "saving" });
    const run = (async () => {
      try {
        const result = await props.saveAction(null, data);
        if (result.ok) {
          const payload = result.data as { savedAt: string; errors: Record<string, string[]> };
          savedRevision.current = sending;
          setErrors(payload.errors ?? {});
          if (sending === revision.current) {
            window.localStorage.removeItem(storageKey);
            setSave({ kind: "saved", at: payload.savedAt });
          } else {
            setSave({ kind: "dirty" });
          }
          return true;
        }
        if (result.code === "UNAUTHENTICATED") setSave({ kind: "expired" });
        else {
          setSave({ kind: "error", message: result.formError ?? "Isian belum tersimpan." });
          setErrors(result.fieldErrors ?? {});
        }
        return false;
      } catch {
        setSave({ kind: "offline" });
        return false;
      }
    })();
    inFlight.current = run;
    const ok = await run;
    inFlight.current = null;
    if (!ok) schedule(RETRY_MS);
    else if (savedRevision.current !== revision.current) schedule(SAVE_DELAY_MS);
    return ok;
  }, [props, storageKey]);

  const schedule = useCallback(
    (delay: number) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), delay);
    },
    [saveNow],
  );

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  // Leaving with unsaved changes: the browser asks first (the copy in this browser stays anyway).
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (savedRevision.current !== revision.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  function update(change: (d: EditorDocument) => EditorDocument) {
    const next = change(latest.current);
    latest.current = next;
    revision.current += 1;
    setDoc(next);
    setSave({ kind: "dirty" });
    try {
      window.localStorage.setItem(storageKey, JSON.stringify({ doc: next, at: new Date().toISOString() }));
    } catch {
      // Storage full or disabled: the server save still runs.
    }
    schedule(SAVE_DELAY_MS);
  }

  const setRhk = (r: number, patch: Partial<EditorRhk>) =>
    update((d) => ({ rhks: d.rhks.map((rhk, i) => (i === r ? { ...rhk, ...patch } : rhk)) }));
  const setIki = (r: number, k: number, patch: Partial<EditorIki>) =>
    update((d) => ({
      rhks: d.rhks.map((rhk, i) => (i === r ? { ...rhk, ikis: rhk.ikis.map((iki, j) => (j === k ? { ...iki, ...patch } : iki)) } : rhk)),
    }));
  const moveRhk = (r: number, by: -1 | 1) =>
    update((d) => {
      const rhks = [...d.rhks];
      const [item] = rhks.splice(r, 1);
      rhks.splice(r + by, 0, item!);
      return { rhks };
    });
  const removeRhk = (r: number) => {
    const rhk = latest.current.rhks[r];
    if (rhk && (rhk.description || rhk.ikis.some((i) => i.description)) && !window.confirm(`Hapus RHK ${r + 1} beserta IKI-nya?`)) return;
    update((d) => ({ rhks: d.rhks.filter((_, i) => i !== r) }));
  };

  function submit() {
    setSubmitResult(null);
    startSubmit(async () => {
      if (timer.current) clearTimeout(timer.current);
      const saved = await saveNow();
      if (!saved) {
        setSubmitResult({ ok: false, formError: "Isian belum tersimpan ke server, sehingga SKP belum dapat diajukan. Perbaiki isian yang ditandai, atau periksa sambungan dan masuk kembali, lalu coba lagi." });
        return;
      }
      // What the server could not store (a target that is not a number, say) must be fixed first:
      // submitting would silently leave it out.
      const pendingFixes = Object.entries(errorsRef.current).filter(([key]) => key !== "_form");
      if (pendingFixes.length > 0) {
        setSubmitResult({ ok: false, formError: "Perbaiki isian yang ditandai merah sebelum mengajukan SKP.", fieldErrors: Object.fromEntries(pendingFixes) });
        return;
      }
      const data = new FormData();
      data.set("versionId", String(props.versionId));
      try {
        const result = await props.submitAction(null, data);
        setSubmitResult(result);
        if (result.ok) {
          window.localStorage.removeItem(storageKey);
          router.refresh();
        } else if (result.fieldErrors) {
          setErrors(result.fieldErrors);
        }
      } catch {
        setSubmitResult({ ok: false, formError: "Tidak tersambung ke server. Isian Anda aman; coba ajukan lagi." });
      }
    });
  }

  const err = (key: string) => errors[key];
  const locked = new Set(props.lockedMonths);
  const formErrors = errors._form ?? [];

  return (
    <div className="space-y-5" data-testid="skp-editor">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur">
        <SaveIndicator state={save} />
        <Button type="button" onClick={submit} disabled={submitting}>
          {submitting ? "Mengajukan…" : "Ajukan"}
        </Button>
      </div>
      {restored ? <Alert tone="info" testId="skp-restored">Isian yang belum sempat tersimpan ke server dipulihkan dari perangkat ini dan sedang disimpan.</Alert> : null}
      {submitResult && !submitResult.ok ? (
        <Alert tone="error" testId="skp-submit-error">
          <p>{submitResult.formError}</p>
          {submitResult.fieldErrors ? (
            <ul className="mt-2 list-disc pl-5">
              {Object.values(submitResult.fieldErrors).flat().map((m) => <li key={m}>{m}</li>)}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {submitResult?.ok ? <Alert tone="success">{submitResult.message}</Alert> : null}
      {formErrors.length > 0 && !submitResult ? (
        <Alert tone="error">
          <ul className="list-disc pl-5">{formErrors.map((m) => <li key={m}>{m}</li>)}</ul>
        </Alert>
      ) : null}
      {props.options.note ? <Alert tone="warning">{props.options.note}</Alert> : null}
      {props.isRevision && locked.size > 0 ? (
        <p className="text-sm text-slate-600">Target bulan yang sudah dikunci ({[...locked].sort((a, b) => a - b).map((m) => MONTH_LABELS[m - 1]).join(", ")}) tidak dapat diubah pada revisi.</p>
      ) : null}

      {doc.rhks.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">Belum ada RHK. Mulai dengan menambahkan RHK Utama.</p>
      ) : null}

      <ol className="space-y-5">
        {doc.rhks.map((rhk, r) => {
          const n = r + 1;
          const id = `rhk-${rhk.key}`;
          return (
            <li key={rhk.key} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`${id}-title`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id={`${id}-title`} className="font-semibold">RHK {n}</h3>
                <div className="flex gap-1">
                  <Button type="button" variant="ghost" onClick={() => moveRhk(r, -1)} disabled={r === 0} aria-label={`Naikkan RHK ${n}`}>↑</Button>
                  <Button type="button" variant="ghost" onClick={() => moveRhk(r, 1)} disabled={r === doc.rhks.length - 1} aria-label={`Turunkan RHK ${n}`}>↓</Button>
                  <Button type="button" variant="ghost" onClick={() => removeRhk(r)} aria-label={`Hapus RHK ${n}`}>Hapus</Button>
                </div>
              </div>
              <div className="mt-3 grid gap-3 sm:grid-cols-4">
                <div>
                  <label htmlFor={`${id}-kind`} className="block text-sm font-medium text-slate-700">Jenis RHK {n}</label>
                  <select id={`${id}-kind`} className={inputClass} value={rhk.kind} onChange={(e) => setRhk(r, { kind: e.target.value as RhkKind })}>
                    {RHK_KINDS.map((k) => <option key={k} value={k}>{RHK_KIND_LABELS[k]}</option>)}
                  </select>
                </div>
                <div className="sm:col-span-3">
                  <CascadeSelect id={`${id}-cascade`} n={n} rhk={rhk} options={props.options} errors={err(`rhks.${r}.parentRhkId`) ?? err(`rhks.${r}.orgTargetId`)} onChange={(patch) => setRhk(r, patch)} />
                </div>
              </div>
              <TextArea id={`${id}-desc`} label={`Uraian RHK ${n}`} maxLength={1000} value={rhk.description} errors={err(`rhks.${r}.description`)} onChange={(v) => setRhk(r, { description: v })} rows={2} />
              {err(`rhks.${r}`) ? <p className="mt-1 text-sm text-red-700">{err(`rhks.${r}`)!.join(" ")}</p> : null}

              <ol className="mt-4 space-y-4">
                {rhk.ikis.map((iki, k) => {
                  const label = `IKI ${n}.${k + 1}`;
                  const ik = `${id}-iki-${iki.key}`;
                  const path = `rhks.${r}.ikis.${k}`;
                  return (
                    <li key={iki.key} className="rounded-md border border-slate-200 bg-slate-50 p-3">
                      <div className="flex items-center justify-between gap-2">
                        <h4 className="text-sm font-semibold">{label}</h4>
                        <Button type="button" variant="ghost" onClick={() => update((d) => ({ rhks: d.rhks.map((x, i) => (i === r ? { ...x, ikis: x.ikis.filter((_, j) => j !== k) } : x)) }))} aria-label={`Hapus ${label}`}>
                          Hapus
                        </Button>
                      </div>
                      <TextArea id={`${ik}-desc`} label={`Uraian ${label}`} maxLength={500} value={iki.description} errors={err(`${path}.description`)} onChange={(v) => setIki(r, k, { description: v })} rows={2} />
                      <div className="mt-2 grid gap-3 sm:grid-cols-3">
                        <div>
                          <label htmlFor={`${ik}-aspect`} className="block text-sm font-medium text-slate-700">Aspek {label}</label>
                          <select id={`${ik}-aspect`} className={inputClass} value={iki.aspect} onChange={(e) => setIki(r, k, { aspect: e.target.value as IkiAspect })}>
                            {IKI_ASPECTS.map((a) => <option key={a} value={a}>{IKI_ASPECT_LABELS[a]}</option>)}
                          </select>
                        </div>
                        <div>
                          <label htmlFor={`${ik}-unit`} className="block text-sm font-medium text-slate-700">Satuan {label}</label>
                          <input id={`${ik}-unit`} className={inputClass} value={iki.unit} maxLength={50} aria-invalid={err(`${path}.unit`) ? true : undefined} onChange={(e) => setIki(r, k, { unit: e.target.value })} placeholder="dokumen, laporan, persen" />
                          {err(`${path}.unit`) ? <p className="mt-1 text-sm text-red-700">{err(`${path}.unit`)!.join(" ")}</p> : null}
                        </div>
                        <div>
                          <label htmlFor={`${ik}-pol`} className="block text-sm font-medium text-slate-700">Polaritas {label}</label>
                          <select id={`${ik}-pol`} className={inputClass} value={iki.polarity} onChange={(e) => setIki(r, k, { polarity: e.target.value as Polarity })}>
                            {POLARITIES.map((p) => <option key={p} value={p}>{POLARITY_LABELS[p]}</option>)}
                          </select>
                        </div>
                      </div>
                      <fieldset className="mt-3">
                        <legend className="text-sm font-medium text-slate-700">Target bulanan {label}</legend>
                        <div className="mt-1 grid grid-cols-3 gap-2 sm:grid-cols-6 lg:grid-cols-12">
                          {MONTH_LABELS.map((monthName, m) => {
                            const month = m + 1;
                            const cellErrors = err(`${path}.targets.${month}`);
                            const frozen = props.isRevision && locked.has(month) && iki.copiedFromId != null;
                            return (
                              <div key={month}>
                                <label htmlFor={`${ik}-t${month}`} className="block text-xs text-slate-600">{monthName.slice(0, 3)}</label>
                                <input
                                  id={`${ik}-t${month}`}
                                  inputMode="decimal"
                                  aria-label={`Target ${monthName} ${label}`}
                                  className={`${inputClass} px-2`}
                                  value={iki.targets[String(month)] ?? ""}
                                  disabled={frozen}
                                  title={frozen ? "Bulan sudah dikunci" : undefined}
                                  aria-invalid={cellErrors ? true : undefined}
                                  aria-describedby={cellErrors ? `${ik}-t${month}-err` : undefined}
                                  onChange={(e) => setIki(r, k, { targets: { ...iki.targets, [String(month)]: e.target.value } })}
                                />
                                {cellErrors ? <p id={`${ik}-t${month}-err`} className="mt-1 text-xs text-red-700">{cellErrors.join(" ")}</p> : null}
                              </div>
                            );
                          })}
                        </div>
                        {err(`${path}.targets`) ? <p className="mt-1 text-sm text-red-700">{err(`${path}.targets`)!.join(" ")}</p> : null}
                      </fieldset>
                      <div className="mt-3">
                        <label htmlFor={`${ik}-ev`} className="block text-sm font-medium text-slate-700">Bukti dukung {label}</label>
                        <input id={`${ik}-ev`} className={inputClass} value={iki.evidenceExpected} maxLength={500} onChange={(e) => setIki(r, k, { evidenceExpected: e.target.value })} placeholder="mis. dokumen laporan, tangkapan layar aplikasi" />
                      </div>
                    </li>
                  );
                })}
              </ol>
              <Button type="button" variant="secondary" className="mt-3" onClick={() => update((d) => ({ rhks: d.rhks.map((x, i) => (i === r ? { ...x, ikis: [...x.ikis, emptyIki()] } : x)) }))} disabled={rhk.ikis.length >= 10}>
                Tambah IKI pada RHK {n}
              </Button>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => update((d) => ({ rhks: [...d.rhks, emptyRhk("UTAMA")] }))} disabled={doc.rhks.length >= 30}>
          Tambah RHK Utama
        </Button>
        <Button type="button" variant="secondary" onClick={() => update((d) => ({ rhks: [...d.rhks, emptyRhk("TAMBAHAN")] }))} disabled={doc.rhks.length >= 30}>
          Tambah RHK Tambahan
        </Button>
      </div>
    </div>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const text: Record<SaveState["kind"], string> = {
    idle: "Semua perubahan tersimpan.",
    dirty: "Ada perubahan yang belum tersimpan…",
    saving: "Menyimpan…",
    saved: state.kind === "saved" ? `Tersimpan pukul ${timeWib(state.at)} WIB.` : "",
    offline: "Tidak tersambung. Isian disimpan di perangkat ini dan akan dikirim lagi otomatis.",
    expired: "Sesi Anda berakhir. Isian disimpan di perangkat ini; masuk kembali, lalu buka halaman SKP untuk melanjutkan.",
    error: state.kind === "error" ? state.message : "",
  };
  const warn = state.kind === "offline" || state.kind === "expired" || state.kind === "error";
  return (
    <p role="status" aria-live="polite" data-testid="skp-save-state" className={`text-sm ${warn ? "font-medium text-amber-800" : "text-slate-600"}`}>
      {text[state.kind]}
      {state.kind === "expired" ? (
        <>
          {" "}
          <a href="/login?callbackUrl=/skp" className="underline">Masuk kembali</a>
        </>
      ) : null}
    </p>
  );
}

function TextArea(props: { id: string; label: string; value: string; errors?: string[]; onChange: (v: string) => void; rows?: number; maxLength: number }) {
  return (
    <div className="mt-3">
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-700">{props.label}</label>
      <textarea
        id={props.id}
        rows={props.rows ?? 2}
        maxLength={props.maxLength}
        className={inputClass}
        value={props.value}
        aria-invalid={props.errors ? true : undefined}
        aria-describedby={props.errors ? `${props.id}-err` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.errors ? <p id={`${props.id}-err`} className="mt-1 text-sm text-red-700">{props.errors.join(" ")}</p> : null}
    </div>
  );
}

function CascadeSelect(props: {
  id: string;
  n: number;
  rhk: EditorRhk;
  options: CascadeOptions;
  errors?: string[];
  onChange: (patch: Partial<EditorRhk>) => void;
}) {
  const { options } = props;
  if (options.orgTargets.length > 0 || (options.parentRhks.length === 0 && props.rhk.orgTargetId != null)) {
    return (
      <div>
        <label htmlFor={props.id} className="block text-sm font-medium text-slate-700">Sasaran organisasi (e-SAKIP) untuk RHK {props.n}</label>
        <select id={props.id} className={inputClass} value={props.rhk.orgTargetId ?? ""} aria-invalid={props.errors ? true : undefined} onChange={(e) => props.onChange({ orgTargetId: e.target.value ? Number(e.target.value) : null, parentRhkId: null })}>
          <option value="">— Tidak dikaitkan —</option>
          {options.orgTargets.map((t) => (
            <option key={t.id} value={t.id}>{`${t.sasaranStrategis} — ${t.indikator} (${t.target.replace(".", ",")} ${t.unit})`}</option>
          ))}
        </select>
        {props.errors ? <p className="mt-1 text-sm text-red-700">{props.errors.join(" ")}</p> : null}
      </div>
    );
  }
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-700">Intervensi RHK atasan untuk RHK {props.n}</label>
      <select id={props.id} className={inputClass} value={props.rhk.parentRhkId ?? ""} aria-invalid={props.errors ? true : undefined} disabled={options.parentRhks.length === 0 && props.rhk.parentRhkId == null} onChange={(e) => props.onChange({ parentRhkId: e.target.value ? Number(e.target.value) : null, orgTargetId: null })}>
        <option value="">— Tidak mengintervensi RHK atasan —</option>
        {options.parentRhks.map((p) => (
          <option key={p.id} value={p.id}>{`[${RHK_KIND_LABELS[p.kind]}] ${p.description}`}</option>
        ))}
      </select>
      {props.errors ? <p className="mt-1 text-sm text-red-700">{props.errors.join(" ")}</p> : null}
    </div>
  );
}
