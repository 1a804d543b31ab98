// `npm start`: build the web app if its sources changed, then run the platform with the
// configuration from the environment (see the README's configuration table).
import { startServer } from "../src/cli/serve.ts";
import { loadConfig } from "../src/server/config.ts";
import { ensureWebBuilt } from "./lib/web-build.ts";

try {
  await ensureWebBuilt();
  await startServer(loadConfig());
} catch (error) {
  process.stderr.write(`citymatch: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
