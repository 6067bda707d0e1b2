/** Pengumuman (DESIGN.md §10): title, body and a validity period of WIB dates, inclusive. */
import { z } from "zod";
import { parseDateKey } from "../period";

const dateKey = z
  .string()
  .trim()
  .refine((v) => parseDateKey(v) !== null, "Isi tanggal dengan benar (HH/BB/TTTT).");

export const announcementSchema = z
  .object({
    title: z.string().trim().min(5, "Judul paling sedikit 5 karakter.").max(200, "Judul paling banyak 200 karakter."),
    body: z.string().trim().min(10, "Isi pengumuman paling sedikit 10 karakter.").max(4000, "Isi pengumuman paling banyak 4.000 karakter."),
    validFrom: dateKey,
    validUntil: dateKey,
  })
  .refine((a) => a.validFrom <= a.validUntil, { path: ["validUntil"], message: "Tanggal berakhir tidak boleh sebelum tanggal mulai." });

export type AnnouncementInput = z.infer<typeof announcementSchema>;
