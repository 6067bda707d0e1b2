import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { listEmployees } from "@/lib/server/admin/employees/list-employees";
import { agencyOptions, unitOptions } from "@/lib/server/admin/org-options";
import { ACCOUNT_STATE_LABEL, ACCOUNT_STATES } from "@/lib/domain/admin/account-state";
import { EMPLOYEE_STATUSES } from "@/lib/domain/employee-status";
import { AccountBadge } from "@/components/admin/account-badge";
import { intParam, oneOf, param, query, type SearchParams } from "../search-params";

export const metadata: Metadata = { title: "Pegawai" };

const selectClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600";

export default async function EmployeesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (user.role === "PEGAWAI") notFound();
  const params = await searchParams;
  const isBkd = user.role === "ADMIN_BKD";
  const filters = {
    q: param(params, "q"),
    opdId: isBkd ? intParam(params, "opd") : undefined,
    unitId: intParam(params, "unit"),
    status: oneOf(params, "status", EMPLOYEE_STATUSES),
    account: oneOf(params, "akun", ACCOUNT_STATES),
    page: intParam(params, "hal") ?? 1,
  };
  const unitsOf = isBkd ? filters.opdId : user.opdId;
  const [result, agencies, units] = await Promise.all([
    listEmployees(user, filters),
    isBkd ? agencyOptions(user) : Promise.resolve([]),
    unitsOf ? unitOptions(user, unitsOf, false) : Promise.resolve([]),
  ]);
  const keep = { q: filters.q, opd: filters.opdId, unit: filters.unitId, status: filters.status, akun: filters.account };

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Pegawai</h1>
        <Link href={`/admin/pegawai/baru${query({ opd: filters.opdId })}`} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Tambah Pegawai
        </Link>
      </div>

      <form method="get" action="/admin/pegawai" role="search" aria-label="Cari pegawai" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-3">
          <label htmlFor="q" className="block text-sm font-medium text-slate-700">Cari NIP atau nama</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} className={selectClass} aria-describedby="q-hint" />
          <p id="q-hint" className="mt-1 text-xs text-slate-500">Angka dicari sebagai awal NIP; selain itu dicari pada nama.</p>
        </div>
        {isBkd ? (
          <div>
            <label htmlFor="opd" className="block text-sm font-medium text-slate-700">Perangkat daerah</label>
            <select id="opd" name="opd" defaultValue={filters.opdId ?? ""} className={selectClass}>
              <option value="">Semua perangkat daerah</option>
              {agencies.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="unit" className="block text-sm font-medium text-slate-700">Unit kerja</label>
          <select id="unit" name="unit" defaultValue={filters.unitId ?? ""} className={selectClass} disabled={units.length === 0} aria-describedby={units.length === 0 ? "unit-hint" : undefined}>
            <option value="">Semua unit kerja</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
          </select>
          {units.length === 0 ? <p id="unit-hint" className="mt-1 text-xs text-slate-500">Pilih perangkat daerah dahulu.</p> : null}
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium text-slate-700">Status kepegawaian</label>
          <select id="status" name="status" defaultValue={filters.status ?? ""} className={selectClass}>
            <option value="">Semua status</option>
            {EMPLOYEE_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="akun" className="block text-sm font-medium text-slate-700">Status akun</label>
          <select id="akun" name="akun" defaultValue={filters.account ?? ""} className={selectClass}>
            <option value="">Semua status akun</option>
            {ACCOUNT_STATES.map((s) => <option key={s} value={s}>{ACCOUNT_STATE_LABEL[s]}</option>)}
          </select>
        </div>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Cari</button>
          <Link href="/admin/pegawai" className="rounded-md px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100">Atur ulang</Link>
        </div>
      </form>

      <p className="text-sm text-slate-600" aria-live="polite" data-testid="employee-count">
        {result.total.toLocaleString("id-ID")} pegawai
        {result.pageCount > 1 ? ` · halaman ${result.page} dari ${result.pageCount}` : ""}
      </p>

      {result.rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">Tidak ada pegawai yang cocok dengan pencarian ini.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">Daftar pegawai</caption>
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2">NIP</th>
                <th scope="col" className="px-3 py-2">Nama</th>
                <th scope="col" className="px-3 py-2">Jabatan</th>
                <th scope="col" className="px-3 py-2">Unit kerja</th>
                {isBkd ? <th scope="col" className="px-3 py-2">OPD</th> : null}
                <th scope="col" className="px-3 py-2">Status/Gol.</th>
                <th scope="col" className="px-3 py-2">Akun</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.rows.map((row) => (
                <tr key={row.id}>
                  <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{row.nip}</td>
                  <td className="min-w-44 px-3 py-2">
                    <Link href={`/admin/pegawai/${row.id}`} className="font-semibold text-brand-700 hover:underline">{row.displayName}</Link>
                  </td>
                  <td className="min-w-44 px-3 py-2">{row.position}</td>
                  <td className="min-w-44 px-3 py-2">{row.unit}</td>
                  {isBkd ? <td className="px-3 py-2">{row.opd}</td> : null}
                  <td className="whitespace-nowrap px-3 py-2">{row.status} · {row.golongan}</td>
                  <td className="px-3 py-2"><AccountBadge state={row.account} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {result.pageCount > 1 ? (
        <nav aria-label="Halaman" className="flex items-center justify-between gap-3 text-sm">
          {result.page > 1 ? (
            <Link href={`/admin/pegawai${query({ ...keep, hal: result.page - 1 })}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold hover:bg-slate-50">Sebelumnya</Link>
          ) : <span />}
          <span className="text-slate-600">Halaman {result.page} dari {result.pageCount}</span>
          {result.page < result.pageCount ? (
            <Link href={`/admin/pegawai${query({ ...keep, hal: result.page + 1 })}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold hover:bg-slate-50">Berikutnya</Link>
          ) : <span />}
        </nav>
      ) : null}
    </div>
  );
}
