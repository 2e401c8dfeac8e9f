import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CROSS_SITE_MESSAGE, isSameOrigin } from "./same-origin";

// Route handlers import the session helper; the CSRF check comes before it, so a refused request must
// never reach it (the stub would throw and the status would not be 403).
vi.mock("@/lib/auth/session", () => ({
  requireSession: () => {
    throw new Error("the session was read before the cross-site check");
  },
}));
vi.mock("@/lib/db", () => ({
  db: new Proxy({}, { get: () => { throw new Error("the database was used before the cross-site check"); } }),
}));

const post = (headers: Record<string, string>) => new Request("http://app.local:3000/api/x", { method: "POST", headers });

describe("isSameOrigin", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("accepts the app's own origin, a proxy's forwarded host and NEXTAUTH_URL's host", () => {
    expect(isSameOrigin(post({ host: "app.local:3000", origin: "http://app.local:3000" }))).toBe(true);
    expect(isSameOrigin(post({ host: "10.0.0.5:3000", "x-forwarded-host": "juesuan.example.gov.cn", origin: "https://juesuan.example.gov.cn" }))).toBe(true);
    vi.stubEnv("NEXTAUTH_URL", "https://jsuan.example.gov.cn");
    expect(isSameOrigin(post({ host: "10.0.0.5:3000", origin: "https://jsuan.example.gov.cn" }))).toBe(true);
  });

  it("refuses another origin, a look-alike host, another port and the opaque origin", () => {
    expect(isSameOrigin(post({ host: "app.local:3000", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "app.local:3000", origin: "http://app.local.evil.example:3000" }))).toBe(false);
    expect(isSameOrigin(post({ host: "app.local:3000", origin: "http://app.local:4000" }))).toBe(false);
    expect(isSameOrigin(post({ host: "app.local:3000", origin: "null" }))).toBe(false);
    expect(isSameOrigin(post({ host: "app.local:3000", origin: "not a url" }))).toBe(false);
  });

  it("without Origin, falls back to Sec-Fetch-Site, then Referer; with neither it is no browser", () => {
    expect(isSameOrigin(post({ host: "app.local:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(post({ host: "app.local:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOrigin(post({ host: "app.local:3000", "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOrigin(post({ host: "app.local:3000", referer: "http://app.local:3000/reports/1" }))).toBe(true);
    expect(isSameOrigin(post({ host: "app.local:3000", referer: "https://evil.example/x" }))).toBe(false);
    expect(isSameOrigin(post({ host: "app.local:3000" }))).toBe(true);
  });
});

/** Every state-changing method of every route handler under app/api, except next-auth's own (it has a CSRF token). */
function stateChangingRoutes(): Array<{ file: string; method: string }> {
  const out: Array<{ file: string; method: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name === "route.ts" && !file.includes("[...nextauth]")) {
        const source = readFileSync(file, "utf8");
        for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(POST|PUT|PATCH|DELETE)\b/gu)) out.push({ file, method: m[1] });
      }
    }
  };
  walk(path.join(process.cwd(), "app", "api"));
  return out;
}

describe("every state-changing route handler refuses a cross-site request", () => {
  const routes = stateChangingRoutes();
  it("finds them", () => expect(routes.length).toBeGreaterThanOrEqual(3));

  it.each(routes.map((r) => [`${path.relative(process.cwd(), r.file)} ${r.method}`, r] as const))("%s → 403", async (_label, r) => {
    const handler = (await import(/* @vite-ignore */ r.file))[r.method] as (req: Request, ctx: unknown) => Promise<Response>;
    const form = new FormData();
    form.set("file", new File(["{}"], "x.json"));
    const request = new Request("http://app.local:3000/api/x", { method: r.method, headers: { host: "app.local:3000", origin: "https://evil.example" }, body: form });
    const response = await handler(request, { params: Promise.resolve({ id: "x", kind: "departments" }) });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ ok: false, message: CROSS_SITE_MESSAGE });
  });
});
