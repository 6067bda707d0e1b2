import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";

export const metadata: Metadata = { title: "SKP" };

export default function Page() {
  return <ModulePending title="SKP" description="Sasaran Kinerja Pegawai tahunan: Rencana Hasil Kerja (RHK), Indikator Kinerja Individu (IKI) dan target bulanan." />;
}
