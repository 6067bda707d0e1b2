import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";

export const metadata: Metadata = { title: "Penilaian Perilaku" };

export default function Page() {
  return <ModulePending title="Penilaian Perilaku" description="Penilaian 360° perilaku kerja BerAKHLAK dari atasan, rekan dan bawahan." />;
}
