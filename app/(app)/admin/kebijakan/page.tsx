import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { jakartaDate } from "@/lib/domain/period";
import { formatBp } from "@/lib/domain/remuneration/line";
import { formatDateTimeWib } from "@/lib/format-date";
import { formatRupiah } from "@/lib/format-number";
import { requireUser } from "@/lib/server/auth/current-user";
import { allowed } from "@/lib/server/authz";
import { policyVersions } from "@/lib/server/remuneration/save-policy";
import { PolicyForm } from "@/components/trk/policy-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { intParam, type SearchParams } from "../search-params";
import { savePolicyAction } from "./actions";

export const metadata: Metadata = { title: "Kebijakan TRK" };

/** Admin BKD: the remuneration policy of a year (DESIGN.md §8, "configurable"), its versions, and editing it. */
export default async function PolicyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!allowed(user, "policy.manage")) notFound();
  const currentYear = jakartaDate(new Date()).year;
  const requested = intParam(await searchParams, "tahun");
  const year = requested && requested >= 2000 && requested <= 2100 ? requested : currentYear;
  const versions = await policyVersions(user, year);
  // A new year starts from the newest policy of the year before.
  const template = versions[0] ?? (await policyVersions(user, year - 1))[0];
  const current = versions[0]?.policy ?? null;
  const years = Array.from(new Set([currentYear - 1, currentYear, currentYear + 1, year])).sort((a, b) => a - b);

  return (
    <div className="space-y-6">
      <nav aria-label="Remah roti" className="text-sm">
        <Link href="/admin" className="text-brand-700 underline">Administrasi</Link> / Kebijakan TRK
      </nav>
      <h1 className="text-2xl font-semibold">Kebijakan TRK {year}</h1>
      <form method="get" action="/admin/kebijakan" className="flex items-end gap-3">
        <div>
          <label htmlFor="tahun" className="block text-sm font-medium text-slate-700">Tahun</label>
          <select id="tahun" name="tahun" defaultValue={year} className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm">
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <Button type="submit" variant="secondary">Tampilkan</Button>
      </form>

      {current ? (
        <section aria-labelledby="ringkasan" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="ringkasan" className="text-lg font-semibold">Versi {versions[0]!.version} (berlaku)</h2>
          <dl className="grid gap-2 text-sm sm:grid-cols-3">
            <div><dt className="text-slate-500">Porsi kinerja / disiplin</dt><dd>{formatBp(current.split.kinerjaBp)} / {formatBp(current.split.disiplinBp)}</dd></div>
            <div><dt className="text-slate-500">Faktor CPNS</dt><dd>{formatBp(current.cpnsBaseBp)}</dd></div>
            <div><dt className="text-slate-500">Pembayaran kinerja</dt><dd>0% di bawah nilai {current.payout.zeroBelowScore}, 100% mulai {current.payout.fullFromScore}</dd></div>
            <div><dt className="text-slate-500">TK per hari</dt><dd>{formatBp(current.absentWithoutLeaveBp)}</dd></div>
            <div><dt className="text-slate-500">Hukuman disiplin (bawaan)</dt><dd>{formatBp(current.sanctionDefaultBp)}</dd></div>
            <div><dt className="text-slate-500">PPh 21 gol. I / II / III / IV</dt><dd>{(["I", "II", "III", "IV"] as const).map((g) => formatBp(current.taxBpByGolonganGroup[g])).join(" / ")}</dd></div>
          </dl>
          <table className="w-full text-sm" data-testid="base-by-kelas">
            <caption className="text-left font-medium">Basis TRK per kelas jabatan</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left text-xs uppercase tracking-wide text-slate-500"><th scope="col" className="py-1">Kelas</th><th scope="col" className="py-1 text-right">Basis</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {Array.from({ length: 17 }, (_, i) => 17 - i).map((k) => (
                <tr key={k}><td className="py-1">{k}</td><td className="py-1 text-right tabular-nums">{formatRupiah(current.baseByKelas[String(k)] ?? 0)}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <Alert tone="warning">Kebijakan TRK {year} belum ditetapkan{template ? `; isian di bawah disalin dari tahun ${year - 1}` : ""}.</Alert>
      )}

      <section aria-labelledby="ubah" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="ubah" className="mb-3 text-lg font-semibold">Ubah kebijakan</h2>
        <PolicyForm action={savePolicyAction} year={year} initialJson={template ? JSON.stringify(template.config, null, 2) : ""} />
      </section>

      {versions.length ? (
        <section aria-labelledby="riwayat" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="riwayat" className="mb-3 text-lg font-semibold">Riwayat versi</h2>
          <ul className="divide-y divide-slate-100 text-sm">
            {versions.map((v) => (
              <li key={v.id} className="py-2">
                Versi {v.version} · {formatDateTimeWib(v.createdAt)} · {v.createdBy ?? "bawaan sistem"}{v.note ? ` — ${v.note}` : ""}{v.policy ? "" : " (tidak valid)"}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
