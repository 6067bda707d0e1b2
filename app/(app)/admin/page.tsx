import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { ModulePending } from "@/components/layout/module-pending";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const user = await requireUser();
  if (user.role === "PEGAWAI") notFound();
  return (
    <ModulePending
      title="Administrasi"
      description={
        user.role === "ADMIN_BKD"
          ? "Pegawai, akun, periode, hari libur, kebijakan remunerasi dan penghitungan TRK untuk seluruh perangkat daerah."
          : "Pegawai, unit kerja, jabatan dan akun di perangkat daerah Anda."
      }
    />
  );
}
