import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { run } from "./run.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const WEB_INDEX = path.join(ROOT, "dist/web/index.html");

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app when dist/web is missing or older than its sources. */
export async function ensureWebBuilt(): Promise<void> {
  const sourcesChanged = Math.max(
    newestChange(path.join(ROOT, "src/web")),
    statSync(path.join(ROOT, "vite.config.ts")).mtimeMs,
    statSync(path.join(ROOT, "package-lock.json")).mtimeMs,
  );
  if (existsSync(WEB_INDEX) && statSync(WEB_INDEX).mtimeMs >= sourcesChanged) return;
  process.stderr.write("Building the web app (vite build)…\n");
  const code = await run(
    process.execPath,
    [path.join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"],
    {
      cwd: ROOT,
    },
  );
  if (code !== 0) throw new Error("vite build failed");
}
