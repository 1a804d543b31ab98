import { defineConfig } from "@playwright/test";

// Journeys run against a running citymatch server with demo data. The test runner starts
// one on a free port and sets E2E_BASE_URL; for a manual run start one yourself, e.g.
//   node src/cli/main.ts serve --port 3100 --data-dir /tmp/e2e-data
//   E2E_BASE_URL=http://localhost:3100 npx playwright test
// Browsers are never downloaded: Debian's Chromium is driven directly.
export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://localhost:3100",
    headless: true,
    locale: "en-US",
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
});
