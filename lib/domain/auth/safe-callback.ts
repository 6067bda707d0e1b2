/**
 * Only a path of this site: "/x" but not "//host" or "/\\host" (browsers read a backslash as a
 * slash), nor anything with control characters.
 */
export function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || !v.startsWith("/") || v.startsWith("//") || v.includes("\\") || /[\u0000-\u001f]/.test(v)) return "/";
  try {
    const url = new URL(v, "http://trk.invalid");
    return url.origin === "http://trk.invalid" ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
