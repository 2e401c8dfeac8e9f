import crypto from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./helpers";
import { FIXTURE_FILES, setUpPortalFixture, type PortalFixture } from "./portal-fixtures";

// The public portal as a signed-out visitor sees it, on a phone (375×812) and on a desktop: the list by
// year and by department, search, a publication with its downloads and document, a superseded version
// pointing to its correction, and 404s for anything unpublished. The publications are test fixtures
// (e2e/portal-fixtures.ts): the portal serves stored rows, whatever rendered them.
test.describe.configure({ mode: "serial" });

let fx: PortalFixture;
test.beforeAll(async () => {
  fx = await setUpPortalFixture();
});

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };

async function noHorizontalScroll(page: Page) {
  const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth, "the page must not scroll sideways").toBeLessThanOrEqual(width);
}

test("on a phone, a signed-out visitor browses, searches and opens a publication", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const response = await page.goto("/gongkai");
  expect(response?.status()).toBe(200);
  expect(page.url()).toMatch(/\/gongkai$/u); // not sent to the login page
  // (workflow.spec.ts may publish 荷塘区委办 2021 as well, when the specs run in parallel: counts name ours.)
  await expect(page.getByTestId("portal-count")).toContainText(/共 [23] 份公开的部门决算/u);
  const results = page.getByTestId("portal-result");
  await expect(page.getByTestId("portal-results")).toContainText("2024 年度部门决算");
  await expect(results.filter({ hasText: "株洲市人民政府办公室" })).toHaveCount(1);
  const heshan = results.filter({ hasText: "益阳市赫山区人民政府办公室" });
  await expect(heshan).toHaveCount(1); // the correction only: the superseded original is not listed
  await expect(heshan).toContainText("更正版");
  await noHorizontalScroll(page);
  for (const box of [await results.first().boundingBox(), await page.getByRole("button", { name: "搜索" }).boundingBox()]) {
    expect(box!.height, "tap targets are at least 44px high").toBeGreaterThanOrEqual(44);
  }
  await page.screenshot({ path: test.info().outputPath("portal-phone-home.png"), fullPage: true });

  // Search: a region's name finds its departments; the year chips count within the search.
  await page.getByLabel("搜索部门、单位、地区或年度").fill("益阳");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/q=%E7%9B%8A%E9%98%B3/u);
  await expect(page.getByTestId("portal-count")).toContainText("“益阳”：共 1 份");
  await expect(page.getByRole("link", { name: /2021 年度\s*1/u })).toBeVisible();
  await page.getByLabel("搜索部门、单位、地区或年度").fill("不存在的部门");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByTestId("portal-empty")).toContainText("没有找到符合条件的公开决算");

  // By department, then the publication.
  await page.goto("/gongkai?view=department");
  await expect(page.getByTestId("portal-department").filter({ hasText: /株洲市人民政府办公室|益阳市赫山区人民政府办公室/u })).toHaveCount(2);
  await page.getByTestId("portal-department").filter({ hasText: "株洲市人民政府办公室" }).getByRole("link", { name: "2024 年度" }).click();
  await expect(page).toHaveURL(new RegExp(`/gongkai/${fx.zhuzhou.id}$`, "u"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("株洲市人民政府办公室");
  await expect(page.getByTestId("members")).toContainText("株洲市人民政府办公室本级（本级）、株洲市人民政府驻北京联络处");
  await expect(page.getByTestId("publication-facts")).toContainText("2025/09/10");
  await expect(page.getByTestId("downloads")).toContainText("JSON 开放数据");
  await expect(page.getByTestId("download-pdf")).toContainText(`${Buffer.byteLength(FIXTURE_FILES.pdf.text)} 字节`);
  await noHorizontalScroll(page);
  await page.screenshot({ path: test.info().outputPath("portal-phone-publication.png"), fullPage: true });

  // The document itself, served as stored.
  await page.getByTestId("read-document").click();
  await expect(page.getByRole("heading", { name: "株洲市人民政府办公室2024年度部门决算" })).toBeVisible();
  await expect(page.getByText("第一部分 部门概况")).toBeVisible();
  await context.close();
});

test("a download is the stored file, with its Chinese name, sha256 ETag and immutable caching", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(`/gongkai/${fx.zhuzhou.id}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
  expect(download.suggestedFilename()).toBe("株洲市人民政府办公室2024年度部门决算（开放数据）.csv");
  expect(await readFile(await download.path(), "utf8")).toBe(FIXTURE_FILES.csv.text);

  const pdf = await page.request.get(`/gongkai/${fx.zhuzhou.id}/files/pdf`);
  expect(pdf.status()).toBe(200);
  const body = await pdf.body();
  expect(body.toString("utf8")).toBe(FIXTURE_FILES.pdf.text);
  const headers = pdf.headers();
  expect(headers["content-type"]).toBe("application/pdf");
  expect(headers["content-disposition"]).toBe(`attachment; filename="4302-001-2024.pdf"; filename*=UTF-8''${encodeURIComponent("株洲市人民政府办公室2024年度部门决算.pdf")}`);
  expect(headers.etag).toBe(`"${crypto.createHash("sha256").update(body).digest("hex")}"`);
  expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  const again = await page.request.get(`/gongkai/${fx.zhuzhou.id}/files/pdf`, { headers: { "If-None-Match": headers.etag } });
  expect(again.status()).toBe(304);
});

test("on a desktop, a superseded publication stays readable and points to its correction", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/gongkai");
  await noHorizontalScroll(page);
  await page.screenshot({ path: test.info().outputPath("portal-desktop-home.png"), fullPage: true });
  await page.getByRole("link", { name: /益阳市赫山区人民政府办公室/u }).click();
  await expect(page).toHaveURL(new RegExp(`/gongkai/${fx.heshanLive.id}$`, "u"));
  await expect(page.getByTestId("superseded-note")).toHaveCount(0);
  await page.getByTestId("versions").getByRole("link", { name: /第 1 次公开/u }).click();
  await expect(page).toHaveURL(new RegExp(`/gongkai/${fx.heshanOld.id}$`, "u"));
  await expect(page.getByTestId("superseded-note")).toContainText("本公开已被更正版替代");
  await page.screenshot({ path: test.info().outputPath("portal-desktop-superseded.png"), fullPage: true });
  await page.getByTestId("superseded-note").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/gongkai/${fx.heshanLive.id}$`, "u"));
  await expect(page.getByTestId("publication-facts")).toContainText("第 2 次公开（更正版）");
});

test("anything unpublished answers 404 in Chinese, to visitors and to staff alike", async ({ page }) => {
  for (const path of [`/gongkai/${fx.unpublishedReportId}`, "/gongkai/cm0000000000000000000000"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("portal-not-found")).toContainText("未找到该公开决算");
  }
  for (const path of [`/gongkai/${fx.unpublishedReportId}/files/json`, `/gongkai/${fx.unpublishedReportId}/document`, `/gongkai/${fx.zhuzhou.id}/files/exe`]) {
    const response = await page.request.get(path);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain("未找到");
  }
});

test("the login page and every role's navigation link to the portal", async ({ page }) => {
  await page.goto("/login");
  await page.getByTestId("login-portal-link").click();
  await expect(page).toHaveURL(/\/gongkai$/u);
  await loginAs(page, "officer");
  await page.getByTestId("nav-portal").click();
  await expect(page).toHaveURL(/\/gongkai$/u);
  await expect(page.getByTestId("portal-result").filter({ hasText: "株洲市人民政府办公室" })).toHaveCount(1);
});

test("the bureau's 公开管理 links each publication to its public page", async ({ page }) => {
  await loginAs(page, "bureau");
  await page.goto("/publications?year=2021");
  const rows = page.getByTestId("publication-row").filter({ hasText: "益阳市赫山区人民政府办公室" });
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("现行");
  await rows.first().getByTestId("public-link").click();
  await expect(page).toHaveURL(new RegExp(`/gongkai/${fx.heshanLive.id}$`, "u"));
});
