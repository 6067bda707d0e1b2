import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { agencyOptions, positionOptions, unitOptions } from "@/lib/server/admin/org-options";
import { EMPTY_EMPLOYEE, EmployeeForm } from "@/components/admin/employee-form";
import { createEmployeeAction } from "../actions";
import { intParam, type SearchParams } from "../../search-params";

export const metadata: Metadata = { title: "Tambah Pegawai" };

export default async function NewEmployeePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (user.role === "PEGAWAI") notFound();
  const params = await searchParams;
  const isBkd = user.role === "ADMIN_BKD";
  const agencies = await agencyOptions(user);
  const requested = isBkd ? intParam(params, "opd") : user.opdId;
  const agency = agencies.find((a) => a.id === requested);
  const [units, positions] = agency ? await Promise.all([unitOptions(user, agency.id), positionOptions(user, agency.id)]) : [[], []];

  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href="/admin/pegawai" className="text-brand-700 hover:underline">← Daftar pegawai</Link></p>
      <h1 className="text-2xl font-semibold">Tambah Pegawai</h1>
      <p className="text-slate-600">
        Pegawai baru mendapat akun yang <strong>belum aktif</strong>; aktifkan akunnya dari halaman pegawai setelah data tersimpan.
      </p>
      {isBkd ? (
        <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="min-w-0 flex-1">
            <label htmlFor="opd" className="block text-sm font-medium text-slate-700">Perangkat daerah</label>
            <select id="opd" name="opd" defaultValue={agency?.id ?? ""} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base">
              <option value="">— Pilih perangkat daerah —</option>
              {agencies.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
            </select>
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">Pilih</button>
        </form>
      ) : null}
      {agency ? (
        <section aria-labelledby="data-pegawai" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="data-pegawai" className="mb-4 text-lg font-semibold">Data pegawai · {agency.label}</h2>
          {units.length === 0 || positions.length === 0 ? (
            <p className="text-sm text-amber-900">
              Perangkat daerah ini belum memiliki {units.length === 0 ? "unit kerja" : "jabatan"} aktif. Tambahkan dahulu di halaman{" "}
              <Link href={units.length === 0 ? "/admin/unit" : "/admin/jabatan"} className="font-semibold underline">{units.length === 0 ? "Unit Kerja" : "Jabatan"}</Link>.
            </p>
          ) : (
            <EmployeeForm
              action={createEmployeeAction}
              initial={EMPTY_EMPLOYEE}
              hidden={{ opdId: String(agency.id) }}
              units={units}
              positions={positions}
              submitLabel="Simpan Pegawai"
            />
          )}
        </section>
      ) : null}
    </div>
  );
}
