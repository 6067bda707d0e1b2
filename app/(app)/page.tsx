import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth/current-user";
import Link from "next/link";
import { monthLabel } from "@/lib/domain/period";
import { formatRupiah } from "@/lib/format-number";
import { predictAllowance } from "@/lib/server/remuneration/predict";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Beranda" };

export default async function BerandaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const params = await searchParams;
  const prediction = user.mustChangePassword ? null : await predictAllowance(user, new Date());
  return (
    <div className="space-y-4">
      {params.sandi === "diganti" ? <Alert tone="success">Kata sandi berhasil diganti.</Alert> : null}
      <h1 className="text-2xl font-semibold">Selamat datang, {user.name}</h1>
      <p className="text-slate-600">
        Rencanakan SKP, catat aktivitas harian, laporkan realisasi IKI, dan pantau Tunjangan Remunerasi Kinerja
        Anda di satu tempat.
      </p>
      {prediction ? (
        <section aria-labelledby="perkiraan-trk" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="dashboard-prediction">
          <h2 id="perkiraan-trk" className="font-semibold">Perkiraan TRK {monthLabel(prediction.month)} {prediction.year}</h2>
          <p className="text-sm text-slate-600">
            Nilai kinerja sejauh ini {prediction.line.breakdown.score.text ?? "—"}; kinerja {formatRupiah(prediction.line.kinerja)}, disiplin{" "}
            {formatRupiah(prediction.line.disiplin)}, PPh 21 {formatRupiah(prediction.line.tax)}.
          </p>
          <p className="mt-1 text-lg font-semibold tabular-nums">Perkiraan neto {formatRupiah(prediction.line.net)}</p>
          <Link href="/trk" className="text-sm text-brand-700 hover:underline">Lihat slip TRK dan rinciannya</Link>
        </section>
      ) : null}
    </div>
  );
}
