import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Juesuan2024";

export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.fill("#username", username);
  await page.fill("#password", password);
  await page.click("button[type=submit]");
}

export async function loginAs(page: Page, username: string): Promise<void> {
  await login(page, username);
  await expect(page.getByTestId("current-user")).toBeVisible();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/u);
}
