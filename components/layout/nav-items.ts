import type { Role } from "@/lib/server/auth/current-user";

export type NavItem = { href: string; label: string };

export function navItems(role: Role): NavItem[] {
  const items: NavItem[] = [
    { href: "/", label: "Beranda" },
    { href: "/skp", label: "SKP" },
    { href: "/aktivitas", label: "Aktivitas" },
    { href: "/instruksi", label: "Instruksi" },
    { href: "/iki", label: "IKI" },
    { href: "/penilaian", label: "Penilaian" },
    { href: "/laporan", label: "Laporan" },
    { href: "/trk", label: "TRK" },
  ];
  if (role === "ADMIN_OPD" || role === "ADMIN_BKD") items.push({ href: "/admin", label: "Admin" });
  return items;
}
