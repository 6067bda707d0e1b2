import { ACCOUNT_STATE_LABEL, type AccountState } from "@/lib/domain/admin/account-state";

const TONE: Record<AccountState, string> = {
  BELUM_AKTIF: "bg-slate-100 text-slate-700",
  AKTIF: "bg-green-100 text-green-800",
  NONAKTIF: "bg-red-100 text-red-800",
  TERKUNCI: "bg-amber-100 text-amber-900",
};

export function AccountBadge({ state }: { state: AccountState }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${TONE[state]}`}>{ACCOUNT_STATE_LABEL[state]}</span>;
}
