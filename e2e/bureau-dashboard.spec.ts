import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

// The bureau's season at a glance on the demo data: 2021's deadline has passed and every demo unit is
// still a draft, so all four are overdue. Drill down region → department → unit → its report, and
// download the progress list.

async function signIn(page: Page, username: string) {
  await page.goto("/login");
  await page.fill("#username", username);
  await page.fill("#password", "Juesuan2024");
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

test("the bureau sees who is late, drills down to a unit's report and downloads the progress list", async ({ page }) => {
  await signIn(page, "bureau");
  await page.goto("/dashboard?year=2021");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2021 年度决算进度");
  await expect(page.getByTestId("count-overdue")).toContainText("4");
  const overdue = page.getByTestId("overdue-list");
  await expect(overdue.locator("tbody tr")).toHaveCount(4);
  await expect(overdue).toContainText("株洲市人民政府驻北京联络处");
  // The charts are drawn (ECharts renders into a canvas).
  await expect(page.getByRole("img", { name: "各部门报送进度图" }).locator("canvas")).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath("dashboard.png"), fullPage: true });

  // Region → department → unit → report.
  await page.getByTestId("progress-table").getByRole("link", { name: "株洲市" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("株洲市 · 2021 年度决算进度");
  await page.getByTestId("progress-table").getByRole("link", { name: "株洲市人民政府办公室" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("株洲市人民政府办公室 · 2021 年度决算进度");
  const units = page.getByTestId("department-units");
  await expect(units.locator("tbody tr")).toHaveCount(2);
  await units.locator("tr", { hasText: "驻北京联络处" }).getByRole("link", { name: "报表" }).click();
  await expect(page.getByTestId("report-title")).toContainText("株洲市人民政府驻北京联络处 · 2021 年度部门决算");
  // …its tables, down to the cells: the liaison office's own 功能 类 216 in 公开05.
  await page.getByTestId("table-switcher").getByRole("link", { name: /公开05/u }).click();
  await expect(page.locator('.jsg-grid[data-table="T05"]')).toContainText("216");

  // The progress list as Excel.
  await page.goto("/dashboard?year=2021");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-progress").click()]);
  expect(download.suggestedFilename()).toMatch(/2021年度决算进度\.xlsx$/u);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(["地区", "部门", "单位", "状态", "状态时间", "是否逾期", "逾期天数"]);
  const rows = [4, 5, 6, 7].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
  expect(rows.map((r) => r[2]).sort()).toEqual(["中共株洲市荷塘区委办公室（本级）", "益阳市赫山区人民政府办公室（本级）", "株洲市人民政府办公室本级", "株洲市人民政府驻北京联络处"].sort());
  for (const r of rows) {
    expect(r[3]).toBe("草稿");
    expect(r[5]).toBe("是");
    expect(r[6]).toBeGreaterThan(900);
  }
});

test("the department aggregate is shown and exported; other roles get 403 or 404", async ({ page }) => {
  await signIn(page, "bureau");
  await page.goto("/aggregate?year=2021");
  await page.getByTestId("aggregate-departments").getByRole("link", { name: "株洲市人民政府办公室" }).click();
  await page.getByRole("link", { name: "最新" }).click();
  await expect(page.getByTestId("coverage")).toContainText("已纳入 2 个单位");
  await expect(page.getByTestId("view-table-T01I")).toContainText("6,443.98");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-json").click()]);
  const doc = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(doc).toMatchObject({ format: "final-accounts/1", unit: { name: "株洲市人民政府办公室" }, members: ["株洲市人民政府办公室本级", "株洲市人民政府驻北京联络处"] });

  // The reviewer of 荷塘区委办 and 株洲市政府办: no dashboard (403), no aggregate of 赫山区 (404).
  await page.goto("/aggregate?year=2021");
  const hsUrl = await page.getByTestId("aggregate-departments").getByRole("link", { name: "益阳市赫山区人民政府办公室" }).getAttribute("href");
  expect(hsUrl).toMatch(/^\/aggregate\/departments\//u);
  await page.context().clearCookies();
  await signIn(page, "reviewer");
  const dashboard = await page.goto("/dashboard");
  expect(dashboard?.status()).toBe(403);
  const other = await page.goto(hsUrl!);
  expect(other?.status()).toBe(404);
  await page.goto("/aggregate?year=2021");
  await expect(page.getByTestId("aggregate-departments")).not.toContainText("益阳市赫山区人民政府办公室");
});
