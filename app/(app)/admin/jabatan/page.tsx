import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { listPositions } from "@/lib/server/admin/positions/list-positions";
import { agencyOptions } from "@/lib/server/admin/org-options";
import { POSITION_KIND_LABEL } from "@/lib/domain/admin/org-input";
import { CreatePositionForm, PositionEditor } from "@/components/admin/position-forms";
import { AgencyPicker } from "../agency-picker";
import { intParam, type SearchParams } from "../search-params";
import { createPositionAction, deactivatePositionAction, updatePositionAction } from "./actions";

export const metadata: Metadata = { title: "Jabatan" };

export default async function PositionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (user.role === "PEGAWAI") notFound();
  const params = await searchParams;
  const isBkd = user.role === "ADMIN_BKD";
  const agencies = await agencyOptions(user);
  const agency = agencies.find((a) => a.id === (isBkd ? intParam(params, "opd") : user.opdId));
  const positions = agency ? await listPositions(user, { opdId: agency.id }) : [];

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">Jabatan</h1>
      {isBkd ? <AgencyPicker agencies={agencies} selected={agency?.id} action="/admin/jabatan" /> : null}
      {agency ? (
        <>
          <section aria-labelledby="tambah-jabatan" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="tambah-jabatan" className="mb-3 text-lg font-semibold">Tambah jabatan · {agency.label}</h2>
            <CreatePositionForm action={createPositionAction} opdId={agency.id} />
          </section>
          <section aria-labelledby="daftar-jabatan" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="daftar-jabatan" className="mb-3 text-lg font-semibold">Daftar jabatan</h2>
            {positions.length === 0 ? <p className="text-sm text-slate-600">Belum ada jabatan.</p> : null}
            <ul className="divide-y divide-slate-100" data-testid="position-list">
              {positions.map((p) => (
                <li key={p.id} className="py-3">
                  <details>
                    <summary className="cursor-pointer list-none">
                      <span className="font-semibold">{p.name}</span>
                      <span className="ml-2 text-sm text-slate-600">
                        Kelas {p.kelasJabatan} · {POSITION_KIND_LABEL[p.kind]} · {p.employees} pemegang
                      </span>
                      {!p.active ? <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold">Nonaktif</span> : null}
                      <span className="ml-2 text-sm font-semibold text-brand-700">Ubah</span>
                    </summary>
                    <PositionEditor position={p} actions={{ update: updatePositionAction, deactivate: deactivatePositionAction }} />
                  </details>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}
