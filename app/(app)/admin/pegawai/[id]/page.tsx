import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { getEmployeeForAdmin } from "@/lib/server/admin/employees/get-employee";
import { searchSupervisorCandidates } from "@/lib/server/admin/employees/search-supervisor-candidates";
import { positionOptions, unitOptions } from "@/lib/server/admin/org-options";
import { formatPersonName } from "@/lib/domain/person-name";
import { Alert } from "@/components/ui/alert";
import { AccountBadge } from "@/components/admin/account-badge";
import { EmployeeForm } from "@/components/admin/employee-form";
import { SupervisorForm } from "@/components/admin/supervisor-form";
import { RoleForm } from "@/components/admin/role-form";
import { AccountPanel } from "@/components/admin/account-panel";
import { setRoleAction, setSupervisorAction, updateEmployeeAction } from "../actions";
import { param, type SearchParams } from "../../search-params";

export const metadata: Metadata = { title: "Data Pegawai" };

const ROLE_LABEL = { PEGAWAI: "Pegawai", ADMIN_OPD: "Admin OPD", ADMIN_BKD: "Admin BKD" } as const;

export default async function EmployeeDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  if (user.role === "PEGAWAI") notFound();
  const { id } = await params;
  if (!/^[0-9]{1,9}$/.test(id)) notFound();
  // Another agency's employee is "not found" for an Admin OPD (the query is scoped).
  const employee = await getEmployeeForAdmin(user, Number(id));
  if (!employee) notFound();
  const query = await searchParams;
  const isBkd = user.role === "ADMIN_BKD";
  const supervisorQuery = param(query, "cariAtasan");
  const [units, positions, candidates] = await Promise.all([
    unitOptions(user, employee.opdId, true),
    positionOptions(user, employee.opdId, true),
    supervisorQuery ? searchSupervisorCandidates(user, { employeeId: employee.id, q: supervisorQuery }) : Promise.resolve([]),
  ]);
  // The current unit or position stays selectable even if it was deactivated since.
  if (!units.some((u) => u.id === employee.unitId)) units.unshift({ id: employee.unitId, label: `${employee.unit.name} (nonaktif)` });
  if (!positions.some((p) => p.id === employee.positionId)) {
    positions.unshift({ id: employee.positionId, label: `${employee.position.name} (nonaktif)` });
  }

  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href="/admin/pegawai" className="text-brand-700 hover:underline">← Daftar pegawai</Link></p>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{formatPersonName(employee)}</h1>
        <p className="text-slate-600">
          NIP {employee.nip} · {employee.position.name} · {employee.unit.name} · {employee.opd.shortName}
        </p>
        <p className="text-sm text-slate-600">
          Lahir {employee.birthDateKey} · {employee.gender === "LAKI_LAKI" ? "Laki-laki" : "Perempuan"} · {employee.status} {employee.golongan} · Akun{" "}
          <AccountBadge state={employee.account} />
        </p>
      </header>
      {param(query, "baru") === "1" ? (
        <Alert tone="success">Pegawai berhasil ditambahkan. Akunnya belum aktif.</Alert>
      ) : null}

      <section aria-labelledby="data-pegawai" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="data-pegawai" className="mb-4 text-lg font-semibold">Data Pegawai</h2>
        <EmployeeForm
          action={updateEmployeeAction}
          initial={{
            nip: employee.nip,
            name: employee.name,
            frontTitle: employee.frontTitle ?? "",
            backTitle: employee.backTitle ?? "",
            status: employee.status,
            golongan: employee.golongan,
            unitId: String(employee.unitId),
            positionId: String(employee.positionId),
            startDate: employee.startDateKey,
            positionStartDate: employee.positionStartDateKey,
            email: employee.email ?? "",
            phone: employee.phone ?? "",
          }}
          hidden={{ employeeId: String(employee.id) }}
          units={units}
          positions={positions}
          submitLabel="Simpan Perubahan"
        />
      </section>

      <section aria-labelledby="atasan" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="atasan" className="text-lg font-semibold">Atasan Langsung</h2>
        <p className="text-sm" data-testid="current-supervisor">
          {employee.supervisor ? (
            <>
              Saat ini: <strong>{formatPersonName(employee.supervisor)}</strong> (NIP {employee.supervisor.nip}, {employee.supervisor.position.name}
              {isBkd ? `, ${employee.supervisor.opd.shortName}` : ""})
            </>
          ) : (
            <>Saat ini: <strong>tanpa atasan langsung</strong> (kepala perangkat daerah; SKP disetujui Admin BKD).</>
          )}
        </p>
        <p className="text-sm text-slate-600">
          {employee._count.subordinates} bawahan langsung. Persetujuan yang masih menunggu dialihkan ke atasan baru saat atasan diganti.
        </p>
        <form method="get" role="search" aria-label="Cari calon atasan" className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor="cariAtasan" className="block text-sm font-medium text-slate-700">Cari calon atasan (NIP atau nama)</label>
            <input
              id="cariAtasan"
              name="cariAtasan"
              type="search"
              minLength={2}
              defaultValue={supervisorQuery}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
            />
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">Cari Atasan</button>
        </form>
        {supervisorQuery && candidates.length === 0 ? (
          <p className="text-sm text-slate-600">Tidak ada pegawai yang cocok{isBkd ? "" : " di perangkat daerah ini"}.</p>
        ) : null}
        {candidates.length > 0 || employee.supervisor ? (
          <SupervisorForm
            action={setSupervisorAction}
            employeeId={employee.id}
            candidates={candidates}
            hasSupervisor={employee.supervisor !== null}
            showAgency={isBkd}
          />
        ) : null}
      </section>

      <AccountPanel employeeId={employee.id} />

      {isBkd && employee.user ? (
        <section aria-labelledby="peran" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="peran" className="text-lg font-semibold">Peran</h2>
          <p className="text-sm">Peran saat ini: <strong data-testid="current-role">{ROLE_LABEL[employee.user.role]}</strong></p>
          {employee.user.role === "ADMIN_BKD" ? (
            <p className="text-sm text-slate-600">Peran Admin BKD tidak diubah dari halaman ini.</p>
          ) : (
            <RoleForm action={setRoleAction} employeeId={employee.id} isAdminOpd={employee.user.role === "ADMIN_OPD"} />
          )}
        </section>
      ) : null}
    </div>
  );
}
