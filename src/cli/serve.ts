import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { DEMO_PASSWORD, loadDemoData } from "../demo/load.ts";
import { buildApp } from "../server/app.ts";
import type { Config } from "../server/config.ts";
import { openDatabase } from "../server/db/client.ts";
import { ensureInitialAdmin } from "../server/modules/accounts/service.ts";
import { warmMatches } from "../server/modules/matching/maintenance.ts";
import { countRows } from "../server/modules/platform-data/queries.ts";
import { warmSearchSnapshot } from "../server/modules/search/service.ts";
import { configFrom, describeDatabase } from "./database.ts";
import { createProgress } from "./progress.ts";

export const WEB_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../dist/web",
);

/**
 * Starts the platform: migrate, first admin, demo data when the database is empty,
 * then listen. Stops gracefully on SIGTERM/SIGINT (in-flight requests finish).
 */
export async function startServer(config: Config): Promise<void> {
  const startedAt = performance.now();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  const admin = await ensureInitialAdmin(database.db, config.initialAdmin);
  if (config.demo === "auto" && (await countRows(database.db, "organizations")) === 0) {
    const progress = createProgress("Loading demo data");
    const result = await loadDemoData(database.db, { progress: progress.update });
    progress.stop();
    process.stderr.write(
      `Demo data loaded. Demo sign-ins (password "${DEMO_PASSWORD}"): ${Object.values(result.accounts).join(", ")}\n`,
    );
  }
  const app = await buildApp({
    database,
    logger: { level: config.logLevel },
    webRoot: WEB_ROOT,
    trustProxy: config.trustProxy,
    rateLimitPerMinute: config.rateLimitPerMinute,
    smtpUrl: config.smtpUrl,
    mailFrom: config.mailFrom,
  });
  if (admin?.created)
    app.log.info({ email: config.initialAdmin?.email }, "created the first admin");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down");
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    {
      url: `http://localhost:${config.port}`,
      database: describeDatabase(config),
      readyInMs: Math.round(performance.now() - startedAt),
    },
    "citymatch is ready",
  );
  // Load the search snapshot and the match engine now, not in the first visitor's search
  // or recommendation (at 100,000 items they take seconds), and bring the stored
  // recommendations up to date (all of them after a demo load or new weights).
  const warmStart = performance.now();
  warmSearchSnapshot(database.db)
    .then(() => warmMatches(database.db))
    .then(
      (refresh) =>
        app.log.info(
          { ms: Math.round(performance.now() - warmStart), matches: refresh },
          "search snapshot loaded, stored recommendations current",
        ),
      (error: unknown) => app.log.warn({ err: error }, "search and matching not preloaded"),
    );
}

export function registerServe(program: Command) {
  program
    .command("serve")
    .description("run the platform (API and web app); loads demo data into an empty database")
    .option("-p, --port <port>", "port to listen on (PORT, default 3000)")
    .option("--host <host>", "address to bind (HOST, default 0.0.0.0)")
    .option("--no-demo", "do not load demo data into an empty database (CITYMATCH_DEMO=off)")
    .action(async (options: { port?: string; host?: string; demo: boolean }, command: Command) => {
      const config = configFrom(command);
      if (options.port !== undefined) {
        const port = Number(options.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new Error(`--port must be a number from 0 to 65535, not "${options.port}"`);
        }
        config.port = port;
      }
      if (options.host) config.host = options.host;
      if (!options.demo) config.demo = "off";
      await startServer(config);
    });
}
