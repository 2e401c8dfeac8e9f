import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config, isPublicPath } from "./proxy";

// The proxy runs on every page (it sets the per-request CSP), but only redirects signed-out visitors
// away from the signed-in area: the public portal must never be redirected, whole path segments only.
const runs = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("proxy", () => {
  it("runs on pages and routes (CSP), not on the build's static files", () => {
    for (const url of ["/", "/gongkai", "/gongkai/cm123/document", "/login", "/reports", "/api/reports/x/export"]) expect(runs(url), url).toBe(true);
    for (const url of ["/_next/static/chunks/a.js", "/favicon.ico", "/fonts/x.woff2"]) expect(runs(url), url).toBe(false);
  });
  it("leaves the public portal, its documents and files and the login page public", () => {
    for (const path of ["/gongkai", "/gongkai/cm123/document", "/gongkai/cm123/files/pdf", "/login", "/api/auth/session"]) expect(isPublicPath(path), path).toBe(true);
  });
  it("guards the signed-in area, whole segments only", () => {
    for (const path of ["/", "/reports", "/publications", "/dashboard", "/api/reports/x/export", "/gongkaix", "/loginx", "/publicationsx"]) expect(isPublicPath(path), path).toBe(false);
  });
});
