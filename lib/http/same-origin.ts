/**
 * CSRF protection for state-changing route handlers (POST/PUT/PATCH/DELETE under app/api). Server actions
 * get the same check from Next itself (Origin against Host / X-Forwarded-Host); route handlers do not, and
 * the session cookie (SameSite=Lax) alone does not stop a same-site sibling or an old browser.
 *
 * A request is accepted when the browser says it comes from this app: Origin (sent by every current
 * browser on a POST) names one of our hosts; without Origin, Sec-Fetch-Site is same-origin/none, or the
 * Referer names one of our hosts. A request with none of these headers is not from a browser, so it
 * cannot carry a victim's cookie: it is let through (the CLI and scripts use no cookies anyway).
 *
 * Our hosts: the request's Host, the X-Forwarded-Host of a reverse proxy (as Next checks for actions),
 * and the host of NEXTAUTH_URL, the public address.
 */
import { NextResponse } from "next/server";

export const CROSS_SITE_MESSAGE =
  "已拒绝跨站请求：请求来源与本系统地址不一致。请在本系统页面内操作；若经反向代理访问，请确认代理转发了原始 Host 头。";

function ownHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  const host = headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  const forwarded = headers.get("x-forwarded-host");
  if (forwarded) hosts.add(forwarded.split(",")[0].trim().toLowerCase());
  const publicUrl = process.env.NEXTAUTH_URL;
  if (publicUrl) {
    try {
      hosts.add(new URL(publicUrl).host.toLowerCase());
    } catch {
      // A malformed NEXTAUTH_URL adds nothing; next-auth itself refuses to start with it.
    }
  }
  return hosts;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Whether a request may change state: see the module comment. Exported for tests. */
export function isSameOrigin(request: Request): boolean {
  const headers = request.headers;
  const hosts = ownHosts(headers);
  // Without a Host header the URL's own host stands in (requests built in tests or by the runtime).
  if (hosts.size === 0 || !headers.get("host")) hosts.add(new URL(request.url).host.toLowerCase());
  const origin = headers.get("origin");
  if (origin !== null) {
    const host = origin === "null" ? null : hostOf(origin);
    return host !== null && hosts.has(host);
  }
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" || site === "none";
  const referer = headers.get("referer");
  if (referer !== null) {
    const host = hostOf(referer);
    return host !== null && hosts.has(host);
  }
  return true;
}

/**
 * First line of every state-changing route handler: a 403 JSON response ({ ok: false, message } in
 * Chinese) for a cross-site request, or null to go on.
 */
export function refuseCrossSite(request: Request): NextResponse | null {
  if (isSameOrigin(request)) return null;
  return NextResponse.json({ ok: false, message: CROSS_SITE_MESSAGE }, { status: 403 });
}
