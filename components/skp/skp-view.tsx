import { IKI_ASPECT_LABELS, POLARITY_LABELS, RHK_KIND_LABELS } from "@/lib/domain/skp/document";
import { MONTH_LABELS } from "@/lib/domain/period";
import type { VersionDetail } from "@/lib/server/skp/queries";

const decimal = (value: string) => value.replace(".", ",");

/**
 * A version of an SKP, read-only: each RHK with its cascade (beside it when `sideBySide`, for the
 * supervisor's review), its IKI and the targets per month. With `base` (the version a revision
 * replaces), changed targets and new IKI are marked.
 */
export function SkpView({ version, sideBySide = false, base }: { version: VersionDetail; sideBySide?: boolean; base?: VersionDetail | null }) {
  const baseTargets = new Map<number, Map<number, string>>();
  for (const rhk of base?.rhks ?? []) for (const iki of rhk.ikis) baseTargets.set(iki.id, new Map(iki.targets.map((t) => [t.month, t.value])));
  if (version.rhks.length === 0) {
    return <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">SKP ini belum berisi RHK.</p>;
  }
  return (
    <ol className="space-y-5" data-testid="skp-view">
      {version.rhks.map((rhk, r) => {
        const cascade = rhk.parent ? (
          <div className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm" data-testid="skp-parent">
            <p className="text-xs font-semibold uppercase tracking-wide text-sky-800">Intervensi RHK atasan · {rhk.parent.ownerName}</p>
            <p className="mt-1">[{RHK_KIND_LABELS[rhk.parent.kind]}] {rhk.parent.description}</p>
          </div>
        ) : rhk.orgTarget ? (
          <div className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm" data-testid="skp-parent">
            <p className="text-xs font-semibold uppercase tracking-wide text-sky-800">Sasaran organisasi (e-SAKIP)</p>
            <p className="mt-1">{rhk.orgTarget.sasaranStrategis}</p>
            <p className="text-slate-600">{rhk.orgTarget.indikator}: {decimal(rhk.orgTarget.target)} {rhk.orgTarget.unit}</p>
          </div>
        ) : sideBySide ? (
          <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-500">Tidak mengintervensi RHK atasan.</p>
        ) : null;
        return (
          <li key={rhk.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className={sideBySide ? "grid gap-3 md:grid-cols-2" : "space-y-2"}>
              {sideBySide ? cascade : null}
              <div>
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">RHK {r + 1} · {RHK_KIND_LABELS[rhk.kind]}</p>
                <p className="mt-1 font-medium">{rhk.description || <em className="text-slate-500">(belum diisi)</em>}</p>
              </div>
              {sideBySide ? null : cascade}
            </div>
            <div className="mt-3 overflow-x-auto">
              <table className="min-w-full text-sm">
                <caption className="sr-only">IKI dan target bulanan RHK {r + 1}</caption>
                <thead>
                  <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                    <th scope="col" className="py-2 pr-3 font-medium">IKI</th>
                    {MONTH_LABELS.map((m) => (
                      <th key={m} scope="col" className="px-1 py-2 text-right font-medium"><abbr title={m}>{m.slice(0, 3)}</abbr></th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rhk.ikis.map((iki, k) => {
                    const was = iki.copiedFromId != null ? baseTargets.get(iki.copiedFromId) : undefined;
                    const isNew = base != null && was === undefined;
                    return (
                      <tr key={iki.id} className="border-b border-slate-100 align-top">
                        <th scope="row" className="min-w-56 py-2 pr-3 text-left font-normal">
                          <span className="font-medium">{r + 1}.{k + 1} {iki.description}</span>
                          {isNew ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">IKI baru</span> : null}
                          <span className="block text-xs text-slate-500">
                            {IKI_ASPECT_LABELS[iki.aspect]} · {iki.unit} · {POLARITY_LABELS[iki.polarity]}
                            {iki.evidenceExpected ? ` · Bukti: ${iki.evidenceExpected}` : ""}
                          </span>
                        </th>
                        {MONTH_LABELS.map((m, i) => {
                          const value = iki.targets.find((t) => t.month === i + 1)?.value;
                          const before = was?.get(i + 1);
                          const changed = was !== undefined && before !== value;
                          return (
                            <td key={m} className={`px-1 py-2 text-right tabular-nums ${changed ? "bg-amber-100 font-semibold" : ""}`} title={changed ? `Semula: ${before ? decimal(before) : "—"}` : undefined}>
                              {value ? decimal(value) : <span className="text-slate-300">–</span>}
                              {changed ? <span className="sr-only"> (berubah, semula {before ? decimal(before) : "kosong"})</span> : null}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
