// `npm run dev`: the API on :3000 restarted on change (node --watch) and Vite on :5173
// with hot reload, proxying /api to the API. Ctrl-C stops both.
import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const children = [
  spawn(
    process.execPath,
    [
      "--watch-path=src/server",
      "--watch-path=src/core",
      "--watch-path=src/demo",
      "src/cli/main.ts",
      "serve",
    ],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  ),
  spawn(process.execPath, [path.join(ROOT, "node_modules/vite/bin/vite.js")], {
    cwd: ROOT,
    stdio: "inherit",
  }),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", stop);
