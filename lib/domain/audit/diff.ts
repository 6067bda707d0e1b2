/** One line of an audit entry's change, as shown to Admin BKD: field, value before, value after. */
export type AuditChange = { readonly field: string; readonly before: string | null; readonly after: string | null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function display(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * The readable difference between an audit entry's before and after: with both, the fields whose
 * value differs; with one side only (a creation, a summary), every field of it. Field order
 * follows `after`, then fields only `before` has.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  if (before == null && after == null) return [];
  if (!isRecord(before ?? {}) || !isRecord(after ?? {})) {
    const b = display(before);
    const a = display(after);
    return b === a ? [] : [{ field: "nilai", before: b, after: a }];
  }
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const both = before != null && after != null;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .map((field) => ({ field, before: display(b[field]), after: display(a[field]) }))
    .filter((change) => !both || change.before !== change.after);
}
