import { requireUser } from "@/lib/server/auth/current-user";

/** Pages made to be printed: no navigation or employee card, a white A4-wide sheet. */
export default async function PrintLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <main id="konten" className="mx-auto w-full max-w-[210mm] bg-white px-4 py-6 print:max-w-none print:p-0">{children}</main>;
}
