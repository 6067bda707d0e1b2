import Link from "next/link";
import type { SessionUser } from "@/lib/server/auth/current-user";
import type { EmployeeCard } from "@/lib/server/employees/profile";
import { logoutAction } from "@/app/actions";
import { formatPersonName } from "@/lib/domain/person-name";
import { navItems } from "./nav-items";
import { NavLinks } from "./nav-links";

const ROLE_LABEL: Record<SessionUser["role"], string | null> = {
  PEGAWAI: null,
  ADMIN_OPD: "Admin OPD",
  ADMIN_BKD: "Admin BKD",
};

export function AppShell({ user, card, children }: { user: SessionUser; card: EmployeeCard; children: React.ReactNode }) {
  const roleLabel = ROLE_LABEL[user.role];
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#konten" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Lompat ke konten
      </a>
      <header className="border-b border-brand-800 bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight">
            TRK Jabar
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <Link href="/profil" className="text-right leading-tight hover:underline" data-testid="shell-user">
              <span className="block font-semibold">{formatPersonName(card)}</span>
              <span className="block text-xs text-brand-100">NIP {card.nip}{roleLabel ? ` · ${roleLabel}` : ""}</span>
            </Link>
            <form action={logoutAction}>
              <button type="submit" className="rounded-md border border-white/40 px-3 py-1.5 text-sm font-semibold hover:bg-white/10">
                Keluar
              </button>
            </form>
          </div>
        </div>
        <nav aria-label="Navigasi utama" className="bg-brand-800/60">
          <NavLinks items={navItems(user.role)} />
        </nav>
      </header>
      <section aria-label="Data kepegawaian" className="border-b border-slate-200 bg-white">
        <dl className="mx-auto grid max-w-6xl grid-cols-1 gap-x-6 gap-y-1 px-4 py-3 text-sm sm:grid-cols-3" data-testid="shell-card">
          <div>
            <dt className="text-xs uppercase tracking-wide text-slate-500">Jabatan</dt>
            <dd className="font-medium">{card.position.name}</dd>
          </div>
          <div>
            <dt className="text-xs uppercase tracking-wide text-slate-500">Unit kerja</dt>
            <dd className="font-medium">{card.unit.name} · {card.opd.shortName ?? card.opd.name}</dd>
          </div>
          <div>
            <dt className="text-xs uppercase tracking-wide text-slate-500">Atasan langsung</dt>
            <dd className="font-medium">
              {card.supervisor ? `${formatPersonName(card.supervisor)} (${card.supervisor.position.name})` : "— (dinilai oleh Admin BKD)"}
            </dd>
          </div>
        </dl>
      </section>
      <main id="konten" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-xs text-slate-500">
        TRK Jabar · Pemerintah Daerah Provinsi Jawa Barat · Waktu Indonesia Barat (WIB)
      </footer>
    </div>
  );
}
