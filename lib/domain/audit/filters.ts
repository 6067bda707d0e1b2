import { parseNip } from "../nip";
import { jakartaInstant, parseDateKey } from "../period";

/** Filters of the audit log page, from its query string (Indonesian parameter names). */
export type AuditFilters = {
  /** First WIB day included, YYYY-MM-DD. */
  readonly from?: string;
  /** Last WIB day included, YYYY-MM-DD. */
  readonly to?: string;
  readonly actorNip?: string;
  /** e.g. "import." or "employee.import" */
  readonly actionPrefix?: string;
  readonly targetType?: string;
  readonly targetId?: string;
  readonly page: number;
};

export type AuditFilterParse = { readonly filters: AuditFilters; readonly errors: Record<string, string> };

type Params = Readonly<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

/** Reads dari, sampai, nip, aksi, jenis, target, hal; a bad value is dropped with a message. */
export function parseAuditFilters(params: Params): AuditFilterParse {
  const errors: Record<string, string> = {};
  const date = (key: string) => {
    const value = first(params[key]);
    if (value === "") return undefined;
    if (parseDateKey(value)) return value;
    errors[key] = "Tanggal tidak valid (format TTTT-BB-HH).";
    return undefined;
  };
  const text = (key: string) => {
    const value = first(params[key]);
    if (value === "") return undefined;
    if (value.length <= 100) return value;
    errors[key] = "Paling panjang 100 karakter.";
    return undefined;
  };
  const nipText = first(params.nip);
  let actorNip: string | undefined;
  if (nipText !== "") {
    const parsed = parseNip(nipText);
    if (parsed.ok) actorNip = parsed.nip;
    else errors.nip = parsed.message;
  }
  const pageText = first(params.hal);
  const page = /^[0-9]{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  const from = date("dari");
  const to = date("sampai");
  if (from && to && from > to) errors.sampai = "Tanggal akhir tidak boleh sebelum tanggal awal.";
  return {
    filters: {
      from,
      to: errors.sampai ? undefined : to,
      actorNip,
      actionPrefix: text("aksi"),
      targetType: text("jenis"),
      targetId: text("target"),
      page,
    },
    errors,
  };
}

/** The instants bounding a WIB date range: [start of `from`, start of the day after `to`). */
export function auditTimeRange(filters: Pick<AuditFilters, "from" | "to">): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  const from = filters.from ? parseDateKey(filters.from) : null;
  const to = filters.to ? parseDateKey(filters.to) : null;
  if (from) range.gte = jakartaInstant(from);
  if (to) range.lt = new Date(jakartaInstant(to).getTime() + 24 * 60 * 60 * 1000);
  return range;
}
