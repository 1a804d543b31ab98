import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { generateBrokerage } from "../../src/core/scheduling/generate.ts";
import { openDatabase } from "../../src/server/db/client.ts";
import { ensureInitialAdmin } from "../../src/server/modules/accounts/service.ts";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
// The project's Node 24 (the `node` devDependency), whichever Node runs the tests.
const NODE = existsSync(path.join(ROOT, "node_modules/.bin/node"))
  ? path.join(ROOT, "node_modules/.bin/node")
  : process.execPath;
const work = mkdtempSync(path.join(tmpdir(), "citymatch-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the real `citymatch` CLI on embedded databases in temp dirs. */
function citymatch(...args: string[]) {
  return run(NODE, [path.join(ROOT, "src/cli/main.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "silent" },
    maxBuffer: 10 * 1024 * 1024,
  });
}

describe("citymatch CLI", () => {
  it("loads the demo, exports it, and imports it losslessly into another database", async () => {
    const first = path.join(work, "first");
    const second = path.join(work, "second");
    const loaded = await citymatch("--data-dir", first, "demo", "load");
    expect(loaded.stdout).toMatch(/cities\s+121/);
    await citymatch("--data-dir", first, "export", "--out", path.join(work, "one.json"));
    const imported = await citymatch("--data-dir", second, "import", path.join(work, "one.json"));
    expect(imported.stdout).toMatch(/challenges\s+\d+/);
    await citymatch("--data-dir", second, "export", "--out", path.join(work, "two.json"));
    const one = JSON.parse(readFileSync(path.join(work, "one.json"), "utf8"));
    const two = JSON.parse(readFileSync(path.join(work, "two.json"), "utf8"));
    expect(two.tables).toEqual(one.tables);

    const rebuilt = await citymatch("--data-dir", second, "match", "rebuild");
    expect(rebuilt.stderr).toMatch(/Rebuilding recommendations: ranking (\d+)\/\1/);
    const [, ranked, written] =
      rebuilt.stdout.match(/(\d+) items ranked, (\d+) lists written/) ?? [];
    // Every challenge and solution of the demo has its list.
    expect(Number(ranked)).toBe(one.tables.challenges.length + one.tables.solutions.length);
    expect(Number(written)).toBe(Number(ranked));

    const again = await citymatch(
      "--data-dir",
      second,
      "import",
      path.join(work, "one.json"),
    ).catch((error: { code: number; stderr: string }) => error);
    expect(again).toMatchObject({ code: 1 });
    expect((again as { stderr: string }).stderr).toMatch(/already holds .* rows/);
  }, 120_000);

  it("creates an administrator, refusing a short password, and says what is wrong", async () => {
    const dir = path.join(work, "admin");
    const short = await citymatch(
      "--data-dir",
      dir,
      "admin",
      "create",
      "--email",
      "ops@city.example",
      "--password",
      "short",
    ).catch((error: { code: number; stderr: string }) => error);
    expect(short).toMatchObject({ code: 1 });
    expect((short as { stderr: string }).stderr).toMatch(/--password: at least 12 characters/);
    const created = await citymatch(
      "--data-dir",
      dir,
      "admin",
      "create",
      "--email",
      "ops@city.example",
      "--password",
      "a long admin password",
    );
    expect(created.stdout).toMatch(/Created platform administrator ops@city.example/);
    const promoted = await citymatch(
      "--data-dir",
      dir,
      "admin",
      "create",
      "--email",
      "OPS@city.example",
      "--password",
      "another long password",
    );
    expect(promoted.stdout).toMatch(/Promoted/);
  }, 60_000);

  it("prints help for every command", async () => {
    for (const command of [
      [],
      ["serve"],
      ["db", "migrate"],
      ["demo", "load"],
      ["admin", "create"],
      ["export"],
      ["import"],
      ["match", "rebuild"],
      ["schedule"],
      ["index", "build"],
      ["index", "uncertainty"],
    ]) {
      const { stdout } = await citymatch(...command, "--help");
      expect(stdout).toMatch(/Usage: citymatch/);
    }
  }, 60_000);
});

describe("citymatch schedule", () => {
  it("writes a schedule that verify accepts, and refuses bad input or a broken schedule", async () => {
    const dir = mkdtempSync(path.join(work, "schedule-"));
    const problem = path.join(dir, "problem.json");
    const output = path.join(dir, "schedule.json");
    writeFileSync(
      problem,
      JSON.stringify(
        generateBrokerage({ participants: 20, meetings: 40, slots: 8, tables: 8, seed: 5 }),
      ),
    );
    const solved = await citymatch(
      "schedule",
      "--input",
      problem,
      "--output",
      output,
      "--time-limit",
      "2",
    );
    expect(solved.stdout).toMatch(/^(optimal|feasible): 40 meetings placed, 0 unscheduled/);
    const verified = await citymatch(
      "schedule",
      "verify",
      "--input",
      problem,
      "--schedule",
      output,
    );
    expect(verified.stdout).toMatch(/^valid: every constraint holds/);

    const schedule = JSON.parse(readFileSync(output, "utf8"));
    schedule.breaks.total += 1;
    writeFileSync(output, JSON.stringify(schedule));
    const broken = await citymatch(
      "schedule",
      "verify",
      "--input",
      problem,
      "--schedule",
      output,
    ).catch((error: { code: number; stderr: string }) => error);
    expect(broken).toMatchObject({ code: 1 });
    expect((broken as { stderr: string }).stderr).toMatch(/breaks\.total is \d+, recounted \d+/);

    writeFileSync(problem, '{"slots":[{"id":"s1"}],"tables":1,"participants":[],"meetings":[');
    const malformed = await citymatch("schedule", "--input", problem, "--output", output).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(malformed).toMatchObject({ code: 1 });
    expect((malformed as { stderr: string }).stderr).toMatch(/problem\.json: not valid JSON/);
  }, 60_000);
});

describe("first start", () => {
  it("creates the administrator from the environment only when there is none", async () => {
    const database = await openDatabase({});
    await database.migrate();
    const created = await ensureInitialAdmin(database.db, {
      email: "first@city.example",
      password: "first admin password",
    });
    expect(created).toMatchObject({ created: true });
    const second = await ensureInitialAdmin(database.db, {
      email: "other@city.example",
      password: "other admin password",
    });
    expect(second).toBeNull();
    await database.close();
  });
});
