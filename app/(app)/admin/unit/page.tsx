import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { listUnitTree } from "@/lib/server/admin/units/list-units";
import { agencyOptions } from "@/lib/server/admin/org-options";
import { descendantsOf } from "@/lib/domain/admin/hierarchy";
import { CreateUnitForm, UnitEditor } from "@/components/admin/unit-forms";
import { AgencyPicker } from "../agency-picker";
import { intParam, type SearchParams } from "../search-params";
import { createUnitAction, deactivateUnitAction, moveUnitAction, renameUnitAction } from "./actions";

export const metadata: Metadata = { title: "Unit Kerja" };

export default async function UnitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (user.role === "PEGAWAI") notFound();
  const params = await searchParams;
  const isBkd = user.role === "ADMIN_BKD";
  const agencies = await agencyOptions(user);
  const agency = agencies.find((a) => a.id === (isBkd ? intParam(params, "opd") : user.opdId));
  const units = agency ? await listUnitTree(user, { opdId: agency.id }) : [];
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const activeParents = units.filter((u) => u.active).map((u) => ({ id: u.id, label: `${"— ".repeat(u.depth)}${u.name}` }));

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">Unit Kerja</h1>
      {isBkd ? <AgencyPicker agencies={agencies} selected={agency?.id} action="/admin/unit" /> : null}
      {agency ? (
        <>
          <section aria-labelledby="tambah-unit" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="tambah-unit" className="mb-3 text-lg font-semibold">Tambah unit kerja · {agency.label}</h2>
            <CreateUnitForm action={createUnitAction} opdId={agency.id} parents={activeParents} />
          </section>
          <section aria-labelledby="struktur" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="struktur" className="mb-3 text-lg font-semibold">Struktur unit kerja</h2>
            {units.length === 0 ? <p className="text-sm text-slate-600">Belum ada unit kerja.</p> : null}
            <ul className="space-y-2" data-testid="unit-tree">
              {units.map((u) => {
                const below = descendantsOf(u.id, parentOf);
                return (
                  <li key={u.id} style={{ marginLeft: `${Math.min(u.depth, 6) * 1}rem` }} className="rounded-md border border-slate-200 p-3">
                    <details>
                      <summary className="cursor-pointer list-none">
                        <span className="font-semibold">{u.name}</span>
                        {u.code ? <span className="ml-2 font-mono text-xs text-slate-500">{u.code}</span> : null}
                        <span className="ml-2 text-xs text-slate-600">
                          {u.employees} pegawai · {u.activeChildren} sub-unit aktif
                        </span>
                        {!u.active ? <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold">Nonaktif</span> : null}
                        <span className="ml-2 text-sm font-semibold text-brand-700">Ubah</span>
                      </summary>
                      <UnitEditor
                        unit={u}
                        parents={activeParents.filter((p) => !below.has(p.id))}
                        canDeactivate={u.employees === 0 && u.activeChildren === 0}
                        actions={{ rename: renameUnitAction, move: moveUnitAction, deactivate: deactivateUnitAction }}
                      />
                    </details>
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}
