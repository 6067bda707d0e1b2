/**
 * Next 16 proxy (formerly middleware). It only routes: anonymous users to the login page, users
 * who must change their password to that page, and it slides the idle timeout forward. Every
 * authorization decision is made again on the server, in actions and queries.
 */
import { NextResponse, type NextRequest } from "next/server";
import { sessionExpiry, shouldTouchSession } from "@/lib/domain/auth/session-rules";
import {
  decodeSessionToken,
  encodeSessionToken,
  sessionCookieName,
  sessionCookieOptions,
} from "@/lib/server/auth/token";

const PUBLIC_PATHS = ["/login", "/lupa-kata-sandi", "/reset-kata-sandi", "/api/health"];
const CHANGE_PASSWORD_PATH = "/ganti-kata-sandi";

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const cookieName = sessionCookieName();
  const token = await decodeSessionToken(request.cookies.get(cookieName)?.value);
  const now = Math.floor(Date.now() / 1000);
  const expired = token ? sessionExpiry(token, now) : null;
  const valid = token && !expired ? token : null;

  // Server actions and other non-GET requests go through: the action answers for itself, so a
  // form whose session expired gets a proper message and keeps what was typed.
  const isNavigation = request.method === "GET" || request.method === "HEAD";

  if (!valid) {
    if (isPublic(pathname) || !isNavigation) {
      const res = NextResponse.next();
      if (token) res.cookies.delete(cookieName);
      return res;
    }
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    if (pathname !== "/") url.searchParams.set("callbackUrl", `${pathname}${search}`);
    if (expired) url.searchParams.set("sesi", "berakhir");
    const res = NextResponse.redirect(url);
    if (token) res.cookies.delete(cookieName);
    return res;
  }

  if (isNavigation && pathname === "/login") {
    // The server found this (signed, unexpired) session ended in the database: drop the cookie
    // and show the form, rather than bouncing between the login page and the app.
    if (request.nextUrl.searchParams.get("sesi") === "berakhir") {
      const res = NextResponse.next();
      res.cookies.delete(cookieName);
      return res;
    }
    return NextResponse.redirect(new URL("/", request.url));
  }
  if (isNavigation && valid.mcp && pathname !== CHANGE_PASSWORD_PATH && !isPublic(pathname)) {
    return NextResponse.redirect(new URL(CHANGE_PASSWORD_PATH, request.url));
  }

  const res = NextResponse.next();
  if (shouldTouchSession(valid, now)) {
    res.cookies.set(cookieName, await encodeSessionToken({ ...valid, seenAt: now }), sessionCookieOptions());
  }
  return res;
}

export const config = {
  // POST /api/bukti (evidence upload) is left out: when the proxy runs, Next buffers the whole
  // request body for it first, so the upload route could not refuse an oversized body early. The
  // route checks the session itself. Downloads (/api/bukti/:id) still pass through here.
  matcher: ["/((?!api/auth|api/bukti$|_next/static|_next/image|favicon.ico|manifest.webmanifest|icons/).*)"],
};
