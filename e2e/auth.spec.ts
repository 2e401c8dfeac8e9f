import { expect, test } from "@playwright/test";
import { login, loginAs, logout } from "./helpers";

test("a signed-out visitor is sent to the login page", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/u);
});

test("the officer lands on their unit's reports by year", async ({ page }) => {
  await loginAs(page, "officer");
  await expect(page).toHaveURL(/\/reports$/u);
  await expect(page.getByText("中共株洲市荷塘区委办公室").first()).toBeVisible();
  await expect(page.getByText("2021 年度")).toBeVisible();
  await expect(page.getByText("2024 年度")).toBeVisible();
  await expect(page.getByText("株洲市人民政府办公室本级")).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("officer-home.png"), fullPage: true });
  await logout(page);
});

test("the reviewer lands on the units assigned to them", async ({ page }) => {
  await loginAs(page, "reviewer");
  await expect(page).toHaveURL(/\/review/u);
  await expect(page.getByText("株洲市人民政府驻北京联络处")).toBeVisible();
  // In the queue's table (the department filter above it lists the same name as an <option>).
  await expect(page.getByRole("table").getByText("中共株洲市荷塘区委办公室").first()).toBeVisible();
  await expect(page.getByText("益阳市赫山区人民政府办公室")).toHaveCount(0);
});

test("the bureau lands on every unit of the open year with status counts", async ({ page }) => {
  await loginAs(page, "bureau");
  await expect(page).toHaveURL(/\/dashboard/u);
  for (const name of ["株洲市人民政府办公室本级", "株洲市人民政府驻北京联络处", "益阳市赫山区人民政府办公室"]) {
    await expect(page.getByText(name).first()).toBeVisible();
  }
  await expect(page.getByTestId("count-DRAFT")).toContainText("4");
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await login(page, "reviewer", "not-the-password");
  await expect(page.getByTestId("login-error")).toContainText("用户名或密码错误");
  await expect(page).toHaveURL(/\/login/u);
});

test("ten failed attempts lock the account for 15 minutes, even against the right password", async ({ page }) => {
  for (let i = 0; i < 10; i++) {
    await login(page, "officer_bj", `wrong-${i}`);
    await expect(page.getByTestId("login-error")).toBeVisible();
  }
  await expect(page.getByTestId("login-error")).toContainText("锁定 15 分钟");
  await login(page, "officer_bj");
  await expect(page.getByTestId("login-error")).toContainText("已被锁定");
  await expect(page).toHaveURL(/\/login/u);
});

test("an officer opening another unit's report URL gets not found", async ({ page }) => {
  await loginAs(page, "bureau");
  const row = page.locator("tr", { hasText: "株洲市人民政府办公室本级" });
  const href = await row.getByRole("link", { name: "查看" }).getAttribute("href");
  expect(href).toMatch(/^\/reports\//u);
  await logout(page);
  await loginAs(page, "officer");
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("未找到")).toBeVisible();
  await expect(page.getByText("株洲市人民政府办公室本级")).toHaveCount(0);
});
