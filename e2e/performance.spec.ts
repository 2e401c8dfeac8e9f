import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./helpers";

/**
 * 绩效自评 end to end, on the demo data: an officer adds a project form, fills its funds and indicators,
 * sees 执行率, 总分 and 等级 computed, a PE.IND.DEVIATION badge until a reason is written, autosave
 * state, and the data after a reload; another unit's report answers 404.
 */
/** The officer's 2021 report, opened from 我的决算. */
async function open2021Report(page: Page): Promise<string> {
  await page.goto("/reports");
  await page.locator('[data-testid^="report-row-"][data-testid$="-2021"]').first().getByRole("link", { name: "打开" }).click();
  await page.waitForURL(/\/reports\/[a-z0-9]+$/u);
  return new URL(page.url()).pathname;
}

test("an officer fills a project form: scores and grade are computed, a lost point needs a reason", async ({ page }) => {
  await loginAs(page, "officer");
  const report = await open2021Report(page);
  await page.getByRole("link", { name: "绩效自评" }).click();
  await expect(page.getByTestId("perf-form-list")).toBeVisible();

  const name = `调研经费${Date.now().toString().slice(-6)}`;
  await page.getByLabel("项目名称").fill(name);
  await page.getByRole("button", { name: "添加" }).click();
  const row = page.locator(`[data-testid=perf-form-row][data-project="${name}"]`);
  await row.getByRole("link", { name: "填写" }).click();
  await expect(page.getByTestId("form-title")).toContainText(name);

  await page.getByLabel("其中：当年财政拨款 全年预算数（万元）").fill("20");
  await page.getByLabel("其中：当年财政拨款 全年执行数（万元）").fill("19");
  await expect(page.getByTestId("funds-rate")).toHaveText("95.0%");
  await expect(page.getByTestId("funds-score")).toHaveText("9.5");

  // A new form offers one blank row under each template 二级: 1 数量 … 6 社会效益 … 9 服务对象满意度.
  await expect(page.getByTestId("indicator-row")).toHaveCount(9);
  await page.getByTestId("add-row-output-数量指标").click();
  await expect(page.getByTestId("indicator-row")).toHaveCount(10);
  await page.getByRole("button", { name: "删除第 2 行指标" }).click();
  await expect(page.getByTestId("indicator-row")).toHaveCount(9);
  await page.getByLabel("三级指标（第 1 行）").fill("完成调研报告");
  await page.getByLabel("年度指标值（第 1 行）").fill("10 篇");
  await page.getByLabel("实际完成值（第 1 行）").fill("9 篇");
  await page.getByLabel("分值（第 1 行）").fill("50");
  await page.getByLabel("得分（第 1 行）").fill("45");
  await page.getByLabel("三级指标（第 6 行）").fill("决策参考作用");
  await page.getByLabel("分值（第 6 行）").fill("30");
  await page.getByLabel("得分（第 6 行）").fill("30");
  await page.getByLabel("三级指标（第 9 行）").fill("领导满意度");
  await page.getByLabel("分值（第 9 行）").fill("10");
  await page.getByLabel("得分（第 9 行）").fill("10");

  // 9.5 + 45 + 30 + 10
  await expect(page.getByTestId("total-score")).toHaveText("94.5");
  await expect(page.getByTestId("grade")).toHaveText("优");
  await expect(page.getByTestId("total-weight")).toHaveText("100");

  const firstRow = page.getByTestId("indicator-row").first();
  const deviationBadge = firstRow.locator('[data-testid=finding-badge][data-rules~="PE.IND.DEVIATION"]');
  await expect(deviationBadge).toBeVisible();
  await expect(page.getByTestId("findings-panel")).toContainText("指标“完成调研报告”未得满分（45/50）");
  await page.getByLabel("偏差原因分析及改进措施（第 1 行）").fill("一篇调研报告因调研对象调整延至次年，已列入下年计划。");
  await expect(deviationBadge).toHaveCount(0);
  await expect(page.getByTestId("findings-panel")).toContainText("未发现问题");

  await expect(page.locator('[data-testid=save-status][data-state=saved]')).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(page.getByLabel("偏差原因分析及改进措施（第 1 行）")).toHaveValue("一篇调研报告因调研对象调整延至次年，已列入下年计划。");
  await expect(page.getByTestId("total-score")).toHaveText("94.5");

  await page.goto(`${report}/performance`);
  await expect(page.locator(`[data-testid=perf-form-row][data-project="${name}"]`)).toContainText("94.5");
});

test("another unit's 绩效自评 answers 404", async ({ browser }) => {
  const other = await browser.newPage();
  await loginAs(other, "officer_zz");
  const theirs = await open2021Report(other);
  await other.close();

  const page = await browser.newPage();
  await loginAs(page, "officer");
  const response = await page.goto(`${theirs}/performance`);
  expect(response?.status()).toBe(404);
  await page.close();
});
