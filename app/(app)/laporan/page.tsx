import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";

export const metadata: Metadata = { title: "Laporan" };

export default function Page() {
  return <ModulePending title="Laporan" description="Laporan kinerja bulanan dan tahunan serta rincian Tunjangan Remunerasi Kinerja." />;
}
