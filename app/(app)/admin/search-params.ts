/** Reading GET parameters of the admin pages: one value, a positive integer, or one of a list. */
export type SearchParams = Record<string, string | string[] | undefined>;

export function param(params: SearchParams, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export function intParam(params: SearchParams, key: string): number | undefined {
  const value = param(params, key);
  if (!/^[0-9]{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

export function oneOf<T extends string>(params: SearchParams, key: string, allowed: readonly T[]): T | undefined {
  const value = param(params, key);
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A query string of the non-empty entries, for links that keep the current filters. */
export function query(entries: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}
