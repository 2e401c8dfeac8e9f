/**
 * Rendering the 300-row 公开03 page in headless Chromium against a running production server: signs in,
 * then loads the page several times and reads the browser's own paint timing (first-contentful-paint)
 * and when the grid's first data row is in the DOM. Target: first paint < 500 ms.
 */
import { chromium } from "@playwright/test";
import { TARGETS } from "./targets";

export interface RenderBenchResult {
  /** aria-rowcount of the grid: its header rows, the pinned 合计 row and every code row. */
  rows: number;
  runs: number;
  /** Median first-contentful-paint of the table page, ms from navigation start. */
  firstPaintMs: number;
  /** Median time until the grid shows its rows (client rendering done), ms from navigation start. */
  gridReadyMs: number;
  /** Median time to the first byte of the HTML (server rendering). */
  serverMs: number;
  targetMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchRenderTable(opts: { baseUrl: string; reportId: string; username: string; password: string; runs?: number }): Promise<RenderBenchResult> {
  const runs = opts.runs ?? 5;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(`${opts.baseUrl}/login`);
    await page.fill("#username", opts.username);
    await page.fill("#password", opts.password);
    await page.click("button[type=submit]");
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    const url = `${opts.baseUrl}/reports/${opts.reportId}/tables/T03`;
    const paints: number[] = [];
    const ready: number[] = [];
    const server: number[] = [];
    let rows = 0;
    for (let i = 0; i <= runs; i++) {
      await page.goto("about:blank");
      await page.goto(url, { waitUntil: "load" });
      // Checked on every animation frame inside the page, so the time is the page's, not the test driver's.
      const gridAt = await page.waitForFunction(() => (document.querySelector('.jsg-grid [row-id="201"]') ? performance.now() : false), undefined, { polling: "raf" });
      const t = await page.evaluate(() => {
        const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return { paint, server: nav.responseStart - nav.requestStart };
      });
      const readyAt = (await gridAt.jsonValue()) as number;
      // The grid virtualises its rows; it announces how many it holds (header rows included) to screen readers.
      rows = await page.evaluate(() => Number(document.querySelector(".jsg-grid [aria-rowcount]")?.getAttribute("aria-rowcount") ?? 0));
      if (i === 0) continue; // warm-up: compiles the route's server code and fills caches
      paints.push(t.paint);
      ready.push(readyAt);
      server.push(t.server);
    }
    const round = (x: number) => Math.round(x);
    return { rows, runs, firstPaintMs: round(median(paints)), gridReadyMs: round(median(ready)), serverMs: round(median(server)), targetMs: TARGETS.renderTableFirstPaintMs };
  } finally {
    await browser.close();
  }
}
