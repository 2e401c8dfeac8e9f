import { expect, test, type Page } from "@playwright/test";

// Administration end to end: the bureau creates an officer (password generated and shown once), the
// officer signs in, the bureau disables the account, and the officer's open session ends at once.

async function signIn(page: Page, username: string, password = "Juesuan2024") {
  await page.goto("/login");
  await page.fill("#username", username);
  await page.fill("#password", password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

test("a new officer's session ends when the bureau disables the account", async ({ page, browser }) => {
  const username = `e2e_officer_${Date.now().toString(36)}`;
  await signIn(page, "bureau");
  await page.goto("/admin/users");
  const form = page.getByTestId("create-user-form");
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("姓名").fill("端到端填报人");
  await form.getByLabel("角色").selectOption("OFFICER");
  await form.getByTestId("pick-units").getByLabel("查找单位").fill("荷塘");
  await form.getByTestId("pick-units").getByRole("checkbox", { name: /中共株洲市荷塘区委办公室/u }).check();
  await form.getByRole("button", { name: "创建账号" }).click();
  const created = page.getByTestId("user-created");
  await expect(created).toContainText(username);
  const password = (await created.locator("code").textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z2-9]{12}$/u);

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, username, password);
  await officer.goto("/reports");
  await expect(officer.getByText("中共株洲市荷塘区委办公室").first()).toBeVisible();

  await page.getByTestId("users-table").getByRole("link", { name: username }).click();
  page.once("dialog", (d) => d.accept());
  await page.getByTestId("disable-user").click();
  await expect(page.getByTestId("enable-user")).toBeVisible();

  await officer.goto("/reports");
  await expect(officer).toHaveURL(/\/login/u);
  await officerContext.close();
});

test("administration is closed to officers and reviewers, and unknown records answer 404", async ({ page }) => {
  await signIn(page, "officer");
  expect((await page.goto("/admin/users"))?.status()).toBe(403);
  await page.context().clearCookies();
  await signIn(page, "reviewer");
  expect((await page.goto("/admin/organisation"))?.status()).toBe(403);
  await page.context().clearCookies();
  await signIn(page, "bureau");
  expect((await page.goto("/admin/users/not-a-user"))?.status()).toBe(404);
  expect((await page.goto("/admin/organisation/departments/not-a-department"))?.status()).toBe(404);
});
