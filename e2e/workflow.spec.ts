import { expect, test, type Browser, type Page } from "@playwright/test";
import { loginAs } from "./helpers";

// The season in the browser, as new users would do it: the officer of 中共株洲市荷塘区委办公室 submits the
// 2021 report, the reviewer returns it with a comment, the officer replies and resubmits, the reviewer
// approves it from the queue, the bureau publishes the department; the history tab shows every step.
// On the way, a reviewer's approval tampered to name an unassigned unit's report gets "not found".
test.describe.configure({ mode: "serial" });

const RETURN_COMMENT = "公开02 其他收入与账面不符，请核对后重新报送。";
const REPLY = "已核对，其他收入无误，系账面科目调整。";

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, username);
  return page;
}

async function ownReportId(page: Page, year: number): Promise<string> {
  await page.goto("/reports");
  await page.locator("tr", { hasText: `${year} 年度` }).first().getByRole("link", { name: "打开" }).click();
  await page.waitForURL(/\/reports\/[^/]+$/u);
  return page.url().replace(/^.*\/reports\//u, "");
}

/** Opens the confirm dialog of a transition and waits until it has read the report's current version. */
async function openTransition(page: Page, action: string) {
  await page.getByTestId(`transition-${action}`).click();
  await expect(page.getByTestId("transition-dialog")).toBeVisible();
  await expect(page.getByText("正在读取报表的最新状态")).toHaveCount(0);
}

async function confirmTransition(page: Page, action: string, notice: string | RegExp, text?: string) {
  await openTransition(page, action);
  if (text) await page.getByTestId("transition-dialog").locator("textarea").fill(text);
  await page.getByTestId("transition-confirm").click();
  await expect(page.getByTestId("transition-notice")).toContainText(notice);
}

test("a demo report goes from draft to published in the browser, and every step is audited", async ({ browser }) => {
  test.setTimeout(180_000);
  const heshan = await signedIn(browser, "officer_hs");
  const foreignId = await ownReportId(heshan, 2021);
  await heshan.context().close();

  // The officer: submission is refused while two tables are neither filled nor marked, with links to them.
  const officer = await signedIn(browser, "officer");
  const reportId = await ownReportId(officer, 2021);
  await openTransition(officer, "SUBMIT");
  await expect(officer.getByTestId("blocking-list")).toContainText("公开08 政府性基金预算财政拨款收入支出决算表");
  await expect(officer.getByTestId("transition-confirm")).toBeDisabled();
  await officer.getByRole("button", { name: "取消" }).click();
  for (const box of await officer.getByLabel("本单位无此类数据").all()) {
    const saved = officer.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
    await box.check();
    expect((await saved).ok()).toBe(true);
  }
  await officer.reload();
  await expect(officer.getByTestId("overview-summary")).toContainText("检查通过，可以报送");
  await confirmTransition(officer, "SUBMIT", "已报送审核");
  await expect(officer.locator("[data-status=SUBMITTED]").first()).toBeVisible();

  // The reviewer finds it waiting in the queue and returns it with a comment.
  const reviewer = await signedIn(browser, "reviewer");
  await reviewer.goto("/review?year=2021");
  const row = reviewer.getByTestId(`queue-row-${reportId}`);
  await expect(row).toContainText("张敏（荷塘区委办）");
  await row.getByRole("link", { name: "审核" }).click();
  await openTransition(reviewer, "RETURN");
  await reviewer.getByTestId("transition-confirm").click();
  await expect(reviewer.getByText("请填写退回意见")).toBeVisible(); // a return needs a comment
  await reviewer.getByRole("button", { name: "取消" }).click();
  await confirmTransition(reviewer, "RETURN", "已退回填报人修改", RETURN_COMMENT);

  // The officer sees the comment on every tab, replies on the history tab and resubmits.
  await officer.reload();
  await expect(officer.getByTestId("status-notice")).toContainText(RETURN_COMMENT);
  await officer.getByRole("link", { name: "查看全部意见并回复" }).click();
  const thread = officer.getByTestId("comment-group-report");
  await expect(thread).toContainText(RETURN_COMMENT);
  await thread.locator("textarea").fill(REPLY);
  await thread.getByRole("button", { name: "发送" }).click();
  await expect(thread.getByTestId("comment")).toHaveCount(2);
  // The officer corrects one figure before resubmitting: the 三公 接待费 budget.
  await officer.goto(`/reports/${reportId}/tables/T3G`);
  await officer.locator('.jsg-grid[data-table="T3G"] [row-id="data"] [col-id="budget.reception"]').click();
  await officer.keyboard.type("2");
  await officer.keyboard.press("Enter");
  await expect(officer.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 10_000 });
  await officer.goto(`/reports/${reportId}`);
  await confirmTransition(officer, "SUBMIT", "已报送审核");

  // The reviewer compares "as submitted" with "as resubmitted": the changed cell is highlighted in the grid,
  // and its comments open from the grid.
  await reviewer.goto(`/reports/${reportId}/history`);
  await reviewer.getByTestId("diff-table-link").first().click();
  await expect(reviewer.getByTestId("diff-banner")).toContainText("共 1 个单元格有变化");
  const changed = reviewer.locator('.jsg-grid[data-table="T3G"] [row-id="data"] [col-id="budget.reception"]');
  await expect(changed).toHaveClass(/jsg-changed/u);
  await changed.click();
  await expect(reviewer.getByTestId("inspector-change")).toContainText("修改前 1.50 → 修改后 2");
  await reviewer.getByTestId("toggle-cell-comments").click();
  await expect(reviewer.getByTestId("cell-comments")).toBeVisible();

  // A tampered approval: the request the dialog sends, rewritten to name 赫山区政府办's report.
  await reviewer.goto(`/reports/${reportId}`);
  await openTransition(reviewer, "APPROVE");
  await reviewer.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    await route.continue({ postData: (request.postData() ?? "").replaceAll(reportId, foreignId) });
  });
  await reviewer.getByTestId("transition-confirm").click();
  await expect(reviewer.getByTestId("transition-error")).toContainText("未找到该决算报表，或您无权查看。");
  await reviewer.unroute("**/*");
  await reviewer.getByRole("button", { name: "取消" }).click();

  // The reviewer approves it together with whatever else is ticked, from the queue.
  await reviewer.goto("/review?year=2021");
  await reviewer.getByLabel("选择 中共株洲市荷塘区委办公室").check();
  await reviewer.getByTestId("bulk-approve").click();
  await reviewer.getByTestId("bulk-approve-confirm").click();
  await expect(reviewer.getByTestId("bulk-outcomes")).toContainText("通过 1 份，未通过 0 份");

  // The bureau publishes the department (a one-unit department: its only member is approved).
  const bureau = await signedIn(browser, "bureau");
  await bureau.goto(`/reports/${reportId}`);
  await openTransition(bureau, "PUBLISH");
  await expect(bureau.getByTestId("member-list")).toContainText("审核通过");
  await bureau.getByTestId("transition-confirm").click();
  // Publishing renders the six public files (HTML, PDF, Word, Excel, JSON, CSV) in the same transaction.
  await expect(bureau.getByTestId("transition-notice")).toContainText("已公开（第 1 次公开", { timeout: 30_000 });

  // Every step left its audit event; the history shows who did what, with the comment. (Other specs may
  // have edited this report's 绩效自评 or 情况说明 before: only this test's events are counted.)
  await bureau.goto(`/reports/${reportId}/history`);
  await expect(bureau.getByTestId("timeline-entry")).toHaveCount(5);
  await expect(bureau.getByTestId("transition-timeline")).toContainText(RETURN_COMMENT);
  const audit = bureau.getByTestId("audit-log");
  await expect(audit.locator("[data-action=TRANSITION]")).toHaveCount(5);
  await expect(audit.locator("[data-action=TEXT_UPDATE]", { hasText: "本单位无此类数据" })).toHaveCount(2);
  await expect(audit.locator("[data-action=COMMENT]", { hasText: REPLY })).toHaveCount(1);
  await bureau.screenshot({ path: test.info().outputPath("history.png"), fullPage: true });

  // The tampered request changed nothing on the other unit's report.
  await bureau.goto(`/reports/${foreignId}/history`);
  await expect(bureau.getByText("报表尚未报送过。")).toBeVisible();
  for (const p of [officer, reviewer, bureau]) await p.context().close();
});

test("another unit's report, its history and its export answer not found, for an officer and a reviewer", async ({ browser }) => {
  const heshan = await signedIn(browser, "officer_hs");
  const foreignId = await ownReportId(heshan, 2021);
  await heshan.context().close();
  for (const username of ["officer", "reviewer"]) {
    const page = await signedIn(browser, username);
    for (const path of [`/reports/${foreignId}`, `/reports/${foreignId}/history`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByText("未找到").first()).toBeVisible();
      await expect(page.getByText("益阳市赫山区人民政府办公室")).toHaveCount(0);
    }
    expect((await page.request.get(`/api/reports/${foreignId}/export?format=json`)).status()).toBe(404);
    await page.context().close();
  }
});
