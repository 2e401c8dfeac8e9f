import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isHttps, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";

/**
 * Runs before every page and route handler:
 * 1. a per-request Content-Security-Policy with a fresh script nonce (lib/http/security-headers.ts), given
 *    to Next in the request headers (it puts the nonce on its own scripts) and sent on the response;
 * 2. an optimistic redirect: a visitor without a session cookie is sent to the login page. This is not
 *    the security boundary: every page, action and route re-checks the session itself (lib/auth/session.ts).
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Reachable without signing in: the login page, next-auth's endpoints and the public portal. */
const PUBLIC_PREFIXES = ["/login", "/api/auth", "/api/public", "/public", "/gongkai"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export function proxy(request: NextRequest) {
  const https = isHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  const policy = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === "development", https });
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", policy);
    if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    return response;
  };

  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && !isPublicPath(request.nextUrl.pathname)) {
    const url = new URL("/login", request.url);
    const target = request.nextUrl.pathname + request.nextUrl.search;
    if (target !== "/") url.searchParams.set("callbackUrl", target);
    return secure(NextResponse.redirect(url));
  }
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  return secure(NextResponse.next({ request: { headers } }));
}

export const config = {
  // Everything but the build's static files (immutable, no HTML): their headers come from next.config.ts.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/).*)"],
};
