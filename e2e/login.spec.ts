import { expect, test } from "@playwright/test";

// Proves the harness: the production build serves the sign-in page with its Chinese text rendered.
test("the sign-in page renders", async ({ page }) => {
  const response = await page.goto("/login");
  expect(response?.status()).toBe(200);
  await expect(page.locator('input[type="password"]')).toBeVisible();
  await expect(page.getByText("决算通").first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("login.png"), fullPage: true });
});
