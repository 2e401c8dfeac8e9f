import { NextResponse, type NextRequest } from "next/server";

/**
 * Optimistic redirect only: a visitor without a session cookie is sent to the login page. This is not
 * the security boundary: every page, action and route re-checks the session itself (lib/auth/session.ts).
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = new URL("/login", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") url.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(url);
}

export const config = {
  // Everything except the login page, auth API, the public portal, and static assets. Whole path segments
  // only: a bare prefix ("public") also let /publications through unguarded.
  matcher: ["/((?!(?:login|api/auth|api/public|public|gongkai|fonts)(?:/|$)|_next/static/|_next/image|favicon\\.ico$).*)"],
};
