import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatPersonName } from "@/lib/domain/person-name";
import { getAccountPanelData } from "@/lib/server/accounts/queries";
import { requireUser } from "@/lib/server/auth/current-user";
import { AccountPanel } from "@/components/admin/account-panel";

export const metadata: Metadata = { title: "Detail Pegawai" };

// Minimal employee page that hosts the account panel; the full detail page replaces it.
export default async function EmployeeDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (user.role === "PEGAWAI") notFound();
  const { id } = await params;
  const employeeId = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const data = Number.isSafeInteger(employeeId) ? await getAccountPanelData(user, employeeId) : null;
  if (!data) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin" className="text-sm font-medium text-brand-700 hover:underline">
          ← Administrasi
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{formatPersonName(data.employee)}</h1>
        <p className="text-slate-600">NIP {data.employee.nip}</p>
      </div>
      <AccountPanel employeeId={employeeId} />
    </div>
  );
}
