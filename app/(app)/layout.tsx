import { requireUser } from "@/lib/server/auth/current-user";
import { getEmployeeCard } from "@/lib/server/employees/profile";
import { AppShell } from "@/components/layout/app-shell";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const card = await getEmployeeCard(user.employeeId);
  if (!card) throw new Error("Data pegawai tidak ditemukan untuk akun ini.");
  return (
    <AppShell user={user} card={card}>
      {children}
    </AppShell>
  );
}
