/**
 * The security headers of every response. Two halves:
 *
 * - `STATIC_SECURITY_HEADERS` do not depend on the request; next.config.ts sets them on every path
 *   (pages, route handlers, static assets).
 * - `contentSecurityPolicy(nonce, …)` is per request: proxy.ts makes a fresh nonce for each page, hands
 *   the policy to Next in the request headers (Next reads the nonce from it and puts it on its own
 *   hydration scripts) and sets it on the response. A nonce only reaches dynamically rendered HTML, so
 *   the root layout opts every page into dynamic rendering (app/layout.tsx).
 *
 * Scripts: only those carrying the nonce, and what they load ('strict-dynamic'); no eval in production
 * (React's development build needs it for error overlays).
 * Styles: 'unsafe-inline' on purpose. AG Grid and ECharts inject <style> elements and style="" attributes
 * at run time, React server-renders style props as attributes, and the public portal serves stored HTML
 * documents with inline CSS. A nonce in style-src would make browsers ignore 'unsafe-inline', and hashes
 * cannot cover run-time styles. Styles cannot run code; the script policy is what stops injected markup.
 * No third-party origin appears anywhere: fonts, images and data all come from this server.
 */

export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()",
  },
];

/** HSTS for a year: sent only on responses served over https (a browser ignores it over http anyway). */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

export interface PolicyOptions {
  /** next dev: React needs eval for its debugging aids. */
  development: boolean;
  /** The request came over https (directly or through a proxy that says so): upgrade any http sub-request. */
  https: boolean;
}

export function contentSecurityPolicy(nonce: string, options: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce (128 random bits, base64). Web Crypto: proxy.ts may run on the edge runtime. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Whether the request reached us over https: the URL, or X-Forwarded-Proto from a terminating proxy. */
export function isHttps(url: URL, forwardedProto: string | null): boolean {
  if (url.protocol === "https:") return true;
  return (forwardedProto ?? "").split(",")[0].trim().toLowerCase() === "https";
}
