// `npm test`: every suite, on every database, with one summary line at the end.
//   1. unit + HTTP tests (Vitest) on embedded PGlite;
//   2. the HTTP tests again on a PostgreSQL server (TEST_DATABASE_URL, or a throwaway
//      cluster started here);
//   3. Playwright journeys in Debian's Chromium against the built app on demo data.
// Missing Chromium or PostgreSQL is installed from Debian when we may, otherwise the run
// stops with the command to run: no suite is ever skipped silently.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./lib/postgres.ts";
import { CHROMIUM_PATH, ensureChromium, ensurePostgres } from "./lib/prerequisites.ts";
import { freePort, run } from "./lib/run.ts";
import { ensureWebBuilt } from "./lib/web-build.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const REPORTS = path.join(ROOT, ".tmp/test-reports");
const VITEST = path.join(ROOT, "node_modules/vitest/vitest.mjs");
const PLAYWRIGHT = path.join(ROOT, "node_modules/@playwright/test/cli.js");

interface SuiteResult {
  suite: string;
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number;
}

function readVitest(suite: string, file: string, exitCode: number): SuiteResult {
  if (!existsSync(file))
    return { suite, passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  // A file that fails to load has no test results but must still count as a failure.
  const brokenFiles = report.testResults.filter(
    (result) => result.status === "failed" && result.assertionResults.length === 0,
  ).length;
  return {
    suite,
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
    exitCode,
  };
}

function readPlaywright(file: string, exitCode: number): SuiteResult {
  const suite = "e2e (Playwright, Chromium)";
  if (!existsSync(file))
    return { suite, passed: 0, failed: 1, skipped: 0, exitCode: exitCode || 1 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  return {
    suite,
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + (report.errors?.length ?? 0),
    skipped: report.stats.skipped,
    exitCode,
  };
}

async function vitest(suite: string, reportName: string, args: string[], env: NodeJS.ProcessEnv) {
  const file = path.join(REPORTS, `${reportName}.json`);
  rmSync(file, { force: true });
  process.stdout.write(`\n=== ${suite}\n`);
  const code = await run(
    process.execPath,
    [VITEST, "run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`, ...args],
    { env, cwd: ROOT },
  );
  return readVitest(suite, file, code);
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

async function e2e(): Promise<SuiteResult> {
  process.stdout.write("\n=== e2e (Playwright, Chromium)\n");
  await ensureWebBuilt();
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "citymatch-e2e-"));
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [path.join(ROOT, "src/cli/main.ts"), "serve", "--port", String(port), "--host", "127.0.0.1"],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        CITYMATCH_DATA_DIR: dataDir,
        DATABASE_URL: "",
        LOG_LEVEL: "warn",
        RATE_LIMIT_PER_MINUTE: "100000",
      },
    },
  );
  const file = path.join(REPORTS, "e2e.json");
  rmSync(file, { force: true });
  try {
    await waitForHealth(baseUrl, server, 120_000);
    const code = await run(process.execPath, [PLAYWRIGHT, "test", "--reporter=list,json"], {
      cwd: ROOT,
      env: {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        CHROMIUM_PATH,
        PLAYWRIGHT_JSON_OUTPUT_NAME: file,
      },
    });
    return readPlaywright(file, code);
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  mkdirSync(REPORTS, { recursive: true });
  await ensureChromium();
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, TEST_DATABASE_URL: "" };
  const results: SuiteResult[] = [];

  results.push(await vitest("unit + HTTP on PGlite", "vitest-pglite", [], baseEnv));

  let postgres: ThrowawayPostgres | null = null;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    postgres = await startThrowawayPostgres(await ensurePostgres());
    serverUrl = postgres.url;
  }
  try {
    results.push(
      await vitest("HTTP on PostgreSQL server", "vitest-postgres", ["src/server", "tests/http"], {
        ...baseEnv,
        TEST_DATABASE_URL: serverUrl,
      }),
    );
  } finally {
    await postgres?.stop();
  }

  results.push(await e2e());

  process.stdout.write("\nsuite                               passed  failed  skipped\n");
  for (const result of results) {
    process.stdout.write(
      `${result.suite.padEnd(34)} ${String(result.passed).padStart(7)} ${String(result.failed).padStart(7)} ${String(result.skipped).padStart(8)}\n`,
    );
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce(
    (sum, r) => sum + r.failed + (r.exitCode !== 0 && r.failed === 0 ? 1 : 0),
    0,
  );
  const skipped = results.reduce((sum, r) => sum + r.skipped, 0);
  process.stdout.write(
    `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`,
  );
  return failed > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`npm test: ${error instanceof Error ? error.message : String(error)}\n`);
  process.stdout.write("0 passed, 1 failed\n");
  process.exitCode = 1;
}
