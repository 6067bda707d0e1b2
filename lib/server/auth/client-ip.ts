import { env } from "@/lib/env";

/**
 * The client's IP address. Our server (scripts/lib/serve.ts) replaces X-Forwarded-For with the
 * socket's peer address, or appends the peer behind a reverse proxy (TRUST_PROXY=true), where the
 * first entry is the client as the proxy saw it. So without TRUST_PROXY the last (only) entry is
 * the peer, whatever the client sent.
 */
export function clientIp(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded.split(",").map((p) => p.trim()).filter(Boolean);
    const pick = env().TRUST_PROXY ? parts[0] : parts[parts.length - 1];
    if (pick) return pick.slice(0, 64);
  }
  return headers.get("x-real-ip")?.slice(0, 64) ?? "unknown";
}
