import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./helpers";

/** Opens the officer's (or reviewer's) 2021 report of 荷塘区委办 and its 情况说明 tab. */
async function openNarrative(page: Page, user: "officer" | "reviewer") {
  await loginAs(page, user);
  if (user === "officer") {
    await page.locator("tr", { hasText: "2021 年度" }).getByRole("link", { name: "打开" }).click();
  } else {
    await page.goto("/review?year=2021");
    await page.locator("tr", { hasText: "中共株洲市荷塘区委办公室" }).first().getByRole("link", { name: "查看" }).click();
  }
  await page.getByRole("link", { name: "情况说明" }).click();
  await expect(page.getByTestId("narrative-document")).toBeVisible();
}

test("the officer reads the generated 情况说明, sees where a figure comes from, and writes a reason", async ({ page }) => {
  await openNarrative(page, "officer");
  const doc = page.getByTestId("narrative-document");
  await expect(doc).toContainText("2021年度收、支总计635.01万元");
  await expect(doc).toContainText("占本年支出合计的93.5%");
  await page.locator('button[data-slot="share:gpb.total"]').click();
  const popover = page.getByRole("dialog", { name: /来源/u });
  await expect(popover).toContainText("566.54 ÷ 606.20 × 100");
  await expect(popover.getByRole("link", { name: /公开05 合计/u })).toHaveAttribute("href", /\/tables\/T05\?cell=total%7Ctotal$/u);
  await page.keyboard.press("Escape");

  await page.locator('button[data-text-key="reason.threePublic.reception.budget"]').click();
  await page.locator('textarea[data-text-key="reason.threePublic.reception.budget"]').fill("严格执行接待标准，压减接待批次");
  await page.locator('textarea[data-text-key="reason.threePublic.reception.budget"]').blur();
  await expect(page.getByText("已保存")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("narrative-document")).toContainText("决算数小于预算数的主要原因是：严格执行接待标准，压减接待批次");
  await page.screenshot({ path: test.info().outputPath("narrative.png"), fullPage: true });
});

test("the officer fills a narrative input; a malformed number is refused at the field", async ({ page }) => {
  await openNarrative(page, "officer");
  await page.getByRole("link", { name: /输入项/u }).click();
  const perf = page.locator("#panel-perf");
  await perf.getByLabel("绩效自评项目数").fill("7");
  await perf.getByLabel("绩效自评涉及资金").fill("13万");
  await perf.getByRole("button", { name: "保存" }).click();
  await expect(perf).toContainText("请填写非负金额");
  await perf.getByLabel("绩效自评涉及资金").fill("132.23");
  await perf.getByRole("button", { name: "保存" }).click();
  await expect(perf.getByRole("status")).toContainText("已保存 2 项");
  await page.getByRole("link", { name: "情况说明正文" }).click();
  await expect(page.getByTestId("narrative-document")).toContainText("共涉及项目7个，涉及资金132.23万元，占一般公共预算项目支出总额的100.0%");
});

test("the reviewer reads the 情况说明 without any editing", async ({ page }) => {
  await openNarrative(page, "reviewer");
  await expect(page.getByTestId("narrative-summary")).toContainText("只读");
  await expect(page.locator("textarea")).toHaveCount(0);
  await expect(page.locator("button[data-text-key]")).toHaveCount(0);
});

test("the bureau checks a published report's text sentence by sentence", async ({ page }) => {
  await loginAs(page, "bureau");
  await page.getByRole("link", { name: "文本核查" }).click();
  await page.getByLabel("决算文档").setInputFiles(path.join("fixtures", "000.json"));
  await page.getByRole("button", { name: "开始核查" }).click();
  await expect(page.getByTestId("coverage")).toContainText("108 / 117");
  await expect(page.getByTestId("narrative-errors")).toContainText("12");
  const text = page.getByTestId("audited-text");
  await expect(text.locator('mark[data-status="error"]', { hasText: "100.0%" }).first()).toBeVisible();
  await expect(text).toContainText("建议改为2021年度一般公共预算财政拨款支出566.54万元，占本年支出合计的93.5%");
  await page.screenshot({ path: test.info().outputPath("audit.png"), fullPage: true });

  await page.getByLabel("决算文档").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await page.getByRole("button", { name: "开始核查" }).click();
  await expect(page.getByTestId("audit-error")).toContainText("不是有效的 JSON");
});

test("an officer may not open 文本核查", async ({ page }) => {
  await loginAs(page, "officer");
  await expect(page.getByRole("link", { name: "文本核查" })).toHaveCount(0);
  const response = await page.goto("/audit");
  expect(response?.status()).toBe(403);
});
