import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { capture, run } from "./run.ts";

/**
 * What the test suites need from the machine: Debian's Chromium (Playwright may not
 * download browsers here) and PostgreSQL server binaries (the server-mode suite). When
 * missing, install them with apt-get if we are root; otherwise stop and say how.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function findPostgresBin(): string | null {
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, "initdb"))) {
    return process.env.PG_BIN;
  }
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && Number(name) >= 15)
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(root, version, "bin");
    if (existsSync(path.join(bin, "initdb")) && existsSync(path.join(bin, "pg_ctl"))) return bin;
  }
  return null;
}

async function aptInstall(packages: string[], why: string): Promise<void> {
  const command = `apt-get update && apt-get install -y ${packages.join(" ")}`;
  const isRoot = process.getuid?.() === 0;
  const hasApt = (await capture("sh", ["-c", "command -v apt-get"])).code === 0;
  if (!isRoot || !hasApt) {
    throw new Error(`${why} is missing. Install it, then run npm test again:\n  sudo ${command}`);
  }
  process.stderr.write(`${why} is missing; installing: ${command}\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if ((await run("apt-get", ["update", "-qq"], { env })) !== 0) {
    throw new Error(`apt-get update failed; run it by hand: ${command}`);
  }
  if ((await run("apt-get", ["install", "-y", "-qq", ...packages], { env })) !== 0) {
    throw new Error(`apt-get install failed; run it by hand: ${command}`);
  }
}

export async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM_PATH)) return;
  await aptInstall(["chromium", "fonts-noto-cjk"], `Chromium (${CHROMIUM_PATH})`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium still missing at ${CHROMIUM_PATH}`);
}

export async function ensurePostgres(): Promise<string> {
  const found = findPostgresBin();
  if (found) return found;
  await aptInstall(["postgresql", "postgresql-contrib"], "PostgreSQL server (initdb, pg_ctl)");
  const installed = findPostgresBin();
  if (!installed) throw new Error("PostgreSQL binaries still missing under /usr/lib/postgresql");
  return installed;
}
