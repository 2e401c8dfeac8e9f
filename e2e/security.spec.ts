import { expect, test, type Page } from "@playwright/test";

// Security headers and Content-Security-Policy on the real production build: every page type renders,
// hydrates and works (typing + autosave, charts, admin forms) without a single CSP violation, and
// cross-origin state-changing requests are refused. Signs in as officer_zz (auth.spec locks officer_bj).

const PASSWORD = "Juesuan2024";

/** Collects CSP violations two ways: the DOM event (exact) and Chromium's console message (belt and braces). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/iu.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

async function signIn(page: Page, username: string) {
  await page.goto("/login");
  await page.fill("#username", username);
  await page.fill("#password", PASSWORD);
  await page.click("button[type=submit]");
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

test("pages carry the security headers and a per-request nonce policy", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  expect(first.status()).toBe(200);
  const h = first.headers();
  const csp = h["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/u);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("default-src 'self'");
  // A fresh nonce every time, and Next put it on its scripts.
  const nonce = (v: string) => /'nonce-([^']+)'/u.exec(v)![1];
  expect(nonce(second.headers()["content-security-policy"])).not.toBe(nonce(csp));
  expect(await first.text()).toContain(`nonce="${nonce(csp)}"`);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["x-powered-by"]).toBeUndefined();
  // Over http no HSTS (browsers ignore it there); behind an https-terminating proxy it is sent.
  expect(h["strict-transport-security"]).toBeUndefined();
  const viaHttps = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(viaHttps.headers()["strict-transport-security"]).toMatch(/max-age=31536000/u);
  expect(viaHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  // Static assets get the static half.
  const script = /<script[^>]+src="([^"]+\.js)"/u.exec(await first.text())![1];
  expect((await request.get(script)).headers()["x-content-type-options"]).toBe("nosniff");
  // A redirect to the login page is covered too.
  const redirect = await request.get("/dashboard", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("session cookie is httpOnly and SameSite=Lax", async ({ page, context }) => {
  await signIn(page, "officer_zz");
  const cookie = (await context.cookies()).find((c) => c.name === "next-auth.session-token");
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
  // Served over http here; over https next-auth switches to the __Secure- name with Secure (NEXTAUTH_URL https).
  expect(cookie!.secure).toBe(false);
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");

  // 退出登录 ends the session on the server: a copy of the cookie taken before no longer works.
  const stolen = `${cookie!.name}=${cookie!.value}`;
  const before = await page.request.get("/reports", { headers: { cookie: stolen }, maxRedirects: 0 });
  expect(before.status()).toBe(200);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/u);
  const after = await page.request.get("/reports", { headers: { cookie: stolen }, maxRedirects: 0 });
  expect(after.status()).toBe(307);
  expect(after.headers()["location"]).toContain("/login");
});

test("no CSP violation on login, overview, a grid with typing and autosave, dashboard charts, admin, 文本核查", async ({ browser }) => {
  const officer = await browser.newPage();
  const violations = await watchCsp(officer);
  await officer.goto("/login");
  await expect(officer.locator("#username")).toBeVisible();
  expect(await violations()).toEqual([]);
  await signIn(officer, "officer_zz");
  await officer.goto("/reports");
  await officer.locator("tr", { hasText: "2024 年度" }).first().getByRole("link", { name: "打开" }).click();
  await officer.waitForURL(/\/reports\/[^/]+$/u);
  await expect(officer.getByTestId("report-title")).toBeVisible();
  const reportUrl = officer.url();
  expect(await violations()).toEqual([]);

  // A grid page: type a figure, let autosave store it, then put the cell back as it was.
  await officer.goto(`${reportUrl}/tables/T3G`);
  const cell = officer.locator('.jsg-grid[data-table="T3G"] [row-id="data"] [col-id="budget.abroad"]');
  await expect(cell).toBeVisible();
  const before = (await cell.textContent())?.trim() ?? "";
  await cell.click();
  await officer.keyboard.type("1.5");
  await officer.keyboard.press("Enter");
  await expect(officer.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  await expect(cell).toHaveText("1.50");
  await cell.click();
  if (before) await officer.keyboard.type(before.replaceAll(",", ""));
  else await officer.keyboard.press("Delete");
  await officer.keyboard.press("Enter");
  await expect(officer.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  // The report's history (its audit trail) too.
  expect((await officer.goto(`${reportUrl}/history`))?.status()).toBe(200);
  expect(await violations()).toEqual([]);
  await officer.close();

  const bureau = await browser.newPage();
  const bureauViolations = await watchCsp(bureau);
  await signIn(bureau, "bureau");
  await bureau.goto("/dashboard?year=2021");
  await expect(bureau.getByRole("img", { name: "各部门报送进度图" }).locator("canvas")).toHaveCount(1);
  await bureau.goto("/audit");
  await expect(bureau.getByRole("button", { name: "开始核查" })).toBeVisible();
  expect(await bureauViolations()).toEqual([]);
  await bureau.close();

  const admin = await browser.newPage();
  const adminViolations = await watchCsp(admin);
  await signIn(admin, "admin");
  for (const path of ["/admin", "/admin/users", "/admin/organisation", "/admin/years", "/admin/catalogue"]) {
    const response = await admin.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  expect(await adminViolations()).toEqual([]);
  await admin.close();
});

test("a cross-origin POST to a route handler is refused with 403 and a Chinese message", async ({ page }) => {
  await signIn(page, "officer_zz");
  await page.goto("/reports");
  await page.locator("tr", { hasText: "2024 年度" }).first().getByRole("link", { name: "打开" }).click();
  await page.waitForURL(/\/reports\/[^/]+$/u);
  const id = page.url().replace(/^.*\/reports\//u, "");
  const file = { name: "r.json", mimeType: "application/json", buffer: Buffer.from("{}") };
  for (const path of [`/api/reports/${id}/import`, `/api/reports/${id}/performance/import`, "/api/admin/imports"]) {
    const response = await page.request.post(path, { headers: { Origin: "https://evil.example" }, multipart: { file, type: "UNITS" } });
    expect(response.status(), path).toBe(403);
    expect(JSON.stringify(await response.json()), path).toMatch(/跨站|来源/u);
  }
  // The same request from the app's own origin gets past the check (and fails for its own reasons).
  const own = await page.request.post(`/api/reports/${id}/import`, { headers: { Origin: new URL(page.url()).origin }, multipart: { file } });
  expect(own.status()).not.toBe(403);
});
