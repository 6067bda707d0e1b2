import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "TRK Jabar", template: "%s · TRK Jabar" },
  description: "Kinerja dan Tunjangan Remunerasi Kinerja ASN Pemerintah Daerah Provinsi Jawa Barat",
  applicationName: "TRK Jabar",
  icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "TRK Jabar", statusBarStyle: "default" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b7a4b" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
