import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseAuditFilters, type AuditFilters } from "@/lib/domain/audit/filters";
import { requireUser } from "@/lib/server/auth/current-user";
import { listAuditEntries } from "@/lib/server/audit/queries";
import { allowed } from "@/lib/server/authz";
import { AuditTable } from "@/components/audit/audit-table";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export const metadata: Metadata = { title: "Log Audit" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The query string of a page of the same filters. */
function pageHref(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  const set = (key: string, value?: string) => value && params.set(key, value);
  set("dari", filters.from);
  set("sampai", filters.to);
  set("nip", filters.actorNip);
  set("aksi", filters.actionPrefix);
  set("jenis", filters.targetType);
  set("target", filters.targetId);
  if (page > 1) params.set("hal", String(page));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}

/** Admin BKD browses the audit trail (DESIGN.md §12); there is nothing to edit, here or anywhere. */
export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  if (!allowed(user, "audit.view")) notFound();
  const raw = await searchParams;
  const { filters, errors } = parseAuditFilters(raw);
  const result = await listAuditEntries(user, filters);
  const value = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");

  return (
    <div className="space-y-6">
      <nav aria-label="Remah roti" className="text-sm">
        <Link href="/admin" className="text-brand-700 underline">Administrasi</Link> / Log Audit
      </nav>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Log Audit</h1>
        <p className="text-slate-600">
          Setiap perubahan data tercatat di sini: siapa, kapan (WIB), dari alamat IP mana, dan nilai sebelum serta sesudahnya.
          Catatan audit tidak dapat diubah atau dihapus.
        </p>
      </div>

      <form method="get" action="/admin/audit" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3">
        <Field id="dari" name="dari" type="date" label="Dari tanggal" defaultValue={value("dari")} errors={errors.dari ? [errors.dari] : undefined} />
        <Field id="sampai" name="sampai" type="date" label="Sampai tanggal" defaultValue={value("sampai")} errors={errors.sampai ? [errors.sampai] : undefined} />
        <Field id="nip" name="nip" label="NIP pelaku" inputMode="numeric" defaultValue={value("nip")} errors={errors.nip ? [errors.nip] : undefined} />
        <Field id="aksi" name="aksi" label="Awalan aksi" hint="Misalnya import. atau employee." defaultValue={value("aksi")} errors={errors.aksi ? [errors.aksi] : undefined} />
        <Field id="jenis" name="jenis" label="Jenis target" hint="Misalnya Employee atau ImportBatch" defaultValue={value("jenis")} errors={errors.jenis ? [errors.jenis] : undefined} />
        <Field id="target" name="target" label="ID target" defaultValue={value("target")} errors={errors.target ? [errors.target] : undefined} />
        <div className="flex items-end gap-2 sm:col-span-3">
          <Button type="submit">Terapkan</Button>
          <Link href="/admin/audit" className="rounded-md px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100">
            Atur ulang
          </Link>
        </div>
      </form>

      <p className="text-sm text-slate-600" data-testid="audit-count">
        {result.total.toLocaleString("id-ID")} entri, terbaru lebih dulu. Halaman {result.page} dari {result.pageCount}.
      </p>
      {result.entries.length > 0 ? (
        <AuditTable entries={result.entries} />
      ) : (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-500">
          Tidak ada entri yang cocok dengan penyaring.
        </p>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label="Halaman log audit" className="flex justify-between text-sm">
          {result.page > 1 ? (
            <Link href={pageHref(filters, result.page - 1)} className="font-semibold text-brand-700 hover:underline">← Lebih baru</Link>
          ) : <span />}
          {result.page < result.pageCount ? (
            <Link href={pageHref(filters, result.page + 1)} className="font-semibold text-brand-700 hover:underline">Lebih lama →</Link>
          ) : <span />}
        </nav>
      ) : null}
    </div>
  );
}
