import { accountAction } from "@/app/(app)/admin/pegawai/[id]/akun-actions";
import type { AccountStateKind } from "@/lib/domain/accounts/account-rules";
import { formatPersonName } from "@/lib/domain/person-name";
import { formatDateTimeWib } from "@/lib/format-date";
import { getAccountPanelData } from "@/lib/server/accounts/queries";
import { requireUser } from "@/lib/server/auth/current-user";
import { Alert } from "@/components/ui/alert";
import { AccountActions } from "./account-actions";

const STATE_STYLE: Record<AccountStateKind, string> = {
  BELUM_AKTIF: "bg-slate-100 text-slate-800 ring-slate-300",
  AKTIF: "bg-green-50 text-green-800 ring-green-300",
  NONAKTIF: "bg-red-50 text-red-800 ring-red-300",
  TERKUNCI: "bg-amber-50 text-amber-900 ring-amber-300",
};

const ROLE_LABEL = { PEGAWAI: "Pegawai", ADMIN_OPD: "Admin OPD", ADMIN_BKD: "Admin BKD" } as const;

function stateLabel(state: AccountStateKind, lockedUntil: Date | null): string {
  switch (state) {
    case "BELUM_AKTIF":
      return "Belum aktif";
    case "AKTIF":
      return "Aktif";
    case "NONAKTIF":
      return "Nonaktif";
    case "TERKUNCI":
      return `Terkunci sampai ${lockedUntil ? formatDateTimeWib(lockedUntil) : "—"}`;
  }
}

/**
 * Akun: the login account of one employee as an administrator sees and manages it. Loads its own
 * data within the admin's scope, so it can sit on any admin page that knows the employee's id.
 */
export async function AccountPanel({ employeeId }: { employeeId: number }) {
  const actor = await requireUser();
  const data = await getAccountPanelData(actor, employeeId);
  if (!data) return <Alert tone="error">Data akun pegawai tidak ditemukan.</Alert>;
  const { account, employee } = data;
  const rows: [string, string][] = [
    ["Peran", account.role ? ROLE_LABEL[account.role] : "—"],
    ["Masuk terakhir", account.lastLoginAt ? formatDateTimeWib(account.lastLoginAt) : "Belum pernah"],
    [
      "Kata sandi",
      account.state === "BELUM_AKTIF"
        ? "—"
        : account.mustChangePassword
          ? "Sementara (wajib diganti saat masuk)"
          : account.passwordChangedAt
            ? `Diganti pegawai pada ${formatDateTimeWib(account.passwordChangedAt)}`
            : "Sudah diganti pegawai",
    ],
    ["E-mail", employee.email ?? "Belum ada"],
  ];
  if (account.state === "NONAKTIF" && account.deactivatedAt) rows.push(["Dinonaktifkan", formatDateTimeWib(account.deactivatedAt)]);

  return (
    <section aria-labelledby="akun-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" data-testid="account-panel">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="akun-heading" className="text-lg font-semibold">
          Akun
        </h2>
        <span className={`rounded-full px-3 py-1 text-sm font-semibold ring-1 ${STATE_STYLE[account.state]}`} data-testid="account-state">
          {stateLabel(account.state, account.lockedUntil)}
        </span>
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="break-words font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      {data.refusal ? <Alert tone="info">{data.refusal}</Alert> : null}
      <AccountActions
        employeeId={employee.id}
        employeeName={formatPersonName(employee)}
        hasEmail={Boolean(employee.email)}
        can={data.can}
        action={accountAction}
      />
    </section>
  );
}
