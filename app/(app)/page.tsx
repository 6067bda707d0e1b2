import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth/current-user";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Beranda" };

export default async function BerandaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const params = await searchParams;
  return (
    <div className="space-y-4">
      {params.sandi === "diganti" ? <Alert tone="success">Kata sandi berhasil diganti.</Alert> : null}
      <h1 className="text-2xl font-semibold">Selamat datang, {user.name}</h1>
      <p className="text-slate-600">
        Rencanakan SKP, catat aktivitas harian, laporkan realisasi IKI, dan pantau Tunjangan Remunerasi Kinerja
        Anda di satu tempat.
      </p>
    </div>
  );
}
