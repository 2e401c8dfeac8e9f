import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "./proxy";

// The proxy only redirects signed-out visitors to the login page; the public portal must never be
// redirected (its pages and files are for everyone), the signed-in area always is.
const runs = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("proxy matcher", () => {
  it("leaves the public portal, its documents and files alone", () => {
    for (const url of ["/gongkai", "/gongkai?q=%E8%8D%B7%E5%A1%98&page=2", "/gongkai/cm123/document", "/gongkai/cm123/files/pdf", "/login", "/login?callbackUrl=%2Freports", "/_next/static/chunks/a.js", "/favicon.ico", "/fonts/x.woff2"]) expect(runs(url), url).toBe(false);
  });
  it("guards the signed-in area", () => {
    for (const url of ["/", "/reports", "/publications", "/dashboard", "/api/reports/x/export", "/gongkaix", "/loginx", "/publicationsx"]) expect(runs(url), url).toBe(true);
  });
});
