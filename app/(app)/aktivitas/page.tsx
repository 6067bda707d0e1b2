import type { Metadata } from "next";
import { ModulePending } from "@/components/layout/module-pending";

export const metadata: Metadata = { title: "Aktivitas Harian" };

export default function Page() {
  return <ModulePending title="Aktivitas Harian" description="Catatan aktivitas harian beserta bukti dukung, diverifikasi oleh atasan langsung." />;
}
