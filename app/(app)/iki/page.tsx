import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";

export const metadata: Metadata = { title: "Realisasi IKI" };

export default function Page() {
  return <ModulePending title="Realisasi IKI" description="Realisasi Indikator Kinerja Individu setiap bulan dan verifikasinya." />;
}
