import type { MetadataRoute } from "next";

/** Web app manifest: TRK Jabar installs to a phone's home screen and opens without browser chrome. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "TRK Jabar — Kinerja dan Tunjangan Remunerasi Kinerja",
    short_name: "TRK Jabar",
    description: "SKP, aktivitas harian, IKI, penilaian perilaku dan TRK ASN Pemerintah Daerah Provinsi Jawa Barat",
    lang: "id",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#f8fafc",
    theme_color: "#0b7a4b",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
