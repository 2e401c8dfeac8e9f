import { expect, test, type Page } from "@playwright/test";

// An officer fills a small 2024 report from empty (赫山区政府办, demo user officer_hs): by keyboard and by
// pasting a block copied from Excel, sees a blocking ERROR on a cell, fixes it, explains a WARNING, and
// the overview shows the tables complete. Another unit's report answers "not found".
test.describe.configure({ mode: "serial" });

const PASSWORD = "Juesuan2024";

async function login(page: Page, username: string) {
  await page.goto("/login");
  await page.fill("#username", username);
  await page.fill("#password", PASSWORD);
  await page.click("button[type=submit]");
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

async function openReport(page: Page, year: number): Promise<string> {
  await page.goto("/reports");
  await page.locator("tr", { hasText: `${year} 年度` }).first().getByRole("link", { name: "打开" }).click();
  await page.waitForURL(/\/reports\/[^/]+$/u);
  return page.url().replace(/^.*\/reports\//u, "");
}

const grid = (page: Page, table: string) => page.locator(`.jsg-grid[data-table="${table}"]`);
const cell = (page: Page, table: string, row: string, column: string) => grid(page, table).locator(`[row-id="${row}"] [col-id="${column}"]`);

async function saved(page: Page) {
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
}

async function addCode(page: Page, query: string, code: string) {
  await page.getByTestId("add-code").click();
  const picker = page.getByTestId("code-picker");
  await page.keyboard.type(query);
  await expect(picker.locator(`[data-code="${code}"]`)).toBeVisible();
  // The match is first for a code prefix; ↓/↑ move, Enter adds.
  await page.keyboard.press("Enter");
  await expect(picker).toBeHidden();
  await expect(page.locator(`.jsg-grid [row-id="${code}"]`).first()).toBeVisible();
  // The new row's first entry cell takes the focus (as the officer sees it) before anything is typed.
  await expect(page.locator(`.jsg-grid [row-id="${code}"] .ag-cell-focus`)).toHaveCount(1);
}

/** A paste as Excel does it: tab-separated rows ending with a line break, on the focused cell. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test("an officer fills a report by keyboard and paste, fixes an error and explains a warning", async ({ page }) => {
  await login(page, "officer_hs");
  const reportId = await openReport(page, 2024);
  const tables = `/reports/${reportId}/tables`;

  // 公开02 by keyboard: pick 项 from the catalogue by code and by name, type figures, Enter moves down.
  await page.goto(`${tables}/T02`);
  await addCode(page, "2013101", "2013101");
  await page.keyboard.type("100");
  await page.keyboard.press("Enter");
  await page.getByTestId("add-code").click();
  await page.keyboard.type("行政运行");
  await expect(page.getByTestId("code-picker").locator('[data-code="2013101"]')).toBeVisible();
  await page.keyboard.press("Escape");
  await addCode(page, "2013102", "2013102");
  await page.keyboard.type("20");
  await page.keyboard.press("Enter");
  await saved(page);
  await expect(cell(page, "T02", "total", "total")).toHaveText("120.00");
  await expect(cell(page, "T02", "201", "fiscal")).toHaveText("120.00"); // the 类 and 款 rows came with the 项

  // A typing mistake is refused with a message naming the cell, and the stored value stays.
  await cell(page, "T02", "2013101", "fiscal").click();
  await page.keyboard.type("12a");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("entry-problem")).toContainText("“2013101 行政运行”行“财政拨款收入”列");
  await expect(cell(page, "T02", "2013101", "fiscal")).toHaveText("100.00");

  // 公开03 and 公开05 by pasting a block copied from Excel (blank cells clear, separators accepted).
  for (const table of ["T03", "T05"]) {
    await page.getByTestId("table-switcher").locator(`[data-slug="${table}"]`).click();
    await addCode(page, "2013101", "2013101");
    await addCode(page, "2013102", "2013102");
    await cell(page, table, "2013101", "basic").click();
    await paste(page, "100.00\t\r\n\t20\r\n");
    await saved(page);
    await expect(cell(page, table, "total", "total")).toHaveText("120.00");
  }

  // 公开05 基本支出 without the matching 公开06 款: a blocking error on the 合计 cell.
  const blocked = cell(page, "T05", "total", "basic");
  await expect(blocked).toHaveClass(/jsg-error/u);
  await expect(page.getByTestId("table-switcher").locator('[data-slug="T05"]')).toContainText("错 1");
  await blocked.click();
  await expect(page.getByTestId("cell-inspector")).toContainText("应等于公开06 人员经费合计＋公用经费合计");

  // The overview lists it with a link that lands on the cell.
  await page.goto(`/reports/${reportId}`);
  await expect(page.getByTestId("overview-table-T05")).toHaveAttribute("data-state", "in-progress");
  await page.locator('[data-testid="finding"][data-rule="X.T05-T06.BASIC"]').getByRole("link").click();
  await expect(page).toHaveURL(/\/tables\/T05\?cell=total%7Cbasic$/u);
  await expect(page.getByTestId("cell-inspector")).toContainText("公开05 合计“本年支出/基本支出”");

  // Fix: 公开06 基本工资 100 万元 — typed while the network is down: the save fails, nothing is lost,
  // and 重试 stores it once the network is back.
  await page.getByTestId("table-switcher").locator('[data-slug="T06"]').click();
  await cell(page, "T06", "30101", "amount").click();
  await page.context().setOffline(true);
  await page.keyboard.type("100");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "error", { timeout: 10_000 });
  await expect(cell(page, "T06", "30101", "amount")).toHaveText("100.00");
  await page.context().setOffline(false);
  await page.getByTestId("save-state").getByRole("button", { name: "重试" }).click();
  await saved(page);
  await page.getByTestId("table-switcher").locator('[data-slug="T05"]').click();
  await expect(cell(page, "T05", "total", "basic")).not.toHaveClass(/jsg-error/u);
  await expect(page.getByTestId("page-findings-empty")).toBeVisible();

  // 三公: 决算 above 预算 is a warning that needs a written explanation.
  await page.getByTestId("table-switcher").locator('[data-slug="T3G"]').click();
  await cell(page, "T3G", "data", "budget.reception").click();
  await page.keyboard.type("1");
  await page.keyboard.press("Enter");
  await cell(page, "T3G", "data", "actual.reception").click();
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await saved(page);
  await expect(cell(page, "T3G", "data", "actual.reception")).toHaveClass(/jsg-warning/u);
  const warnings = page.locator('[data-testid="finding"][data-rule="T3G.OVERBUDGET"]');
  await expect(warnings).toHaveCount(2);
  for (let i = 0; i < 2; i++) {
    const warning = warnings.nth(i);
    await warning.getByRole("button", { name: "填写说明" }).click();
    await warning.getByRole("textbox").fill("年中接待上级检查组，追加接待费预算外支出。");
    await warning.getByRole("button", { name: "保存说明" }).click();
    await expect(warning.getByTestId("explanation-text")).toContainText("年中接待上级检查组");
  }
  await expect(cell(page, "T3G", "data", "actual.reception")).toHaveClass(/jsg-explained/u);

  // The overview, computed on the server, shows the tables complete.
  await page.goto(`/reports/${reportId}`);
  for (const slug of ["T02", "T03", "T05", "T06", "T3G"]) await expect(page.getByTestId(`overview-table-${slug}`)).toHaveAttribute("data-state", "complete");
  await expect(page.getByTestId("overview-summary")).toContainText("错误 0");
  // The two fund tables stay empty on purpose: marked 本单位无此类数据, the report is ready to submit.
  for (const slug of ["TGF", "TSC"]) {
    await page.getByTestId(`overview-table-${slug}`).getByRole("checkbox").check();
    await expect(page.getByTestId(`overview-table-${slug}`)).toHaveAttribute("data-state", "no-data");
  }
  await expect(page.getByTestId("overview-summary")).toContainText("检查通过，可以报送");
  await page.screenshot({ path: test.info().outputPath("overview.png"), fullPage: true });

  // Reload: everything typed and pasted was stored (元 exactly).
  await page.goto(`${tables}/T03`);
  await expect(cell(page, "T03", "2013102", "project")).toHaveText("20.00");
  await page.getByRole("radio", { name: "元", exact: true }).click();
  await expect(cell(page, "T03", "2013102", "project")).toHaveText("200,000.00");
  await page.getByRole("radio", { name: "万元", exact: true }).click();
});

test("another unit's report answers not found", async ({ page, browser }) => {
  const other = await browser.newPage();
  await login(other, "officer");
  const foreignId = await openReport(other, 2024);
  await other.close();

  await login(page, "officer_hs");
  for (const path of [`/reports/${foreignId}`, `/reports/${foreignId}/tables/T02`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("未找到").first()).toBeVisible();
  }
  const download = await page.request.get(`/api/reports/${foreignId}/export?format=json`);
  expect(download.status()).toBe(404);
  // The officer's own report downloads, named after the unit (RFC 5987 for the Chinese name).
  const ownId = await openReport(page, 2024);
  const own = await page.request.get(`/api/reports/${ownId}/export?format=json`);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent("益阳市赫山区人民政府办公室_2024_部门决算.json")}`);
  expect((await own.json()).format).toBe("final-accounts/1");
});
