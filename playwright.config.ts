import os from "node:os";
import { defineConfig } from "@playwright/test";

// End-to-end tests run Debian's Chromium (/usr/bin/chromium, installed by .ci/run) against the
// production build on a free port with its own database, both prepared by e2e/global-setup.ts.
// Playwright's own browser download is never used (it needs the internet).
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  // Next, PostgreSQL and Chromium share the machine: one worker on 2 cores, two on bigger ones.
  workers: os.cpus().length > 2 ? 2 : 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    // Set by the global setup before the workers start; workers re-read this file and inherit it.
    baseURL: process.env.E2E_BASE_URL,
    headless: true,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        ...(isRoot ? ["--no-sandbox"] : []), // Chromium's sandbox refuses to run as root
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        // Without these Chromium keeps calling Google services, which this network refuses.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
});
