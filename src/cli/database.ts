import type { Command } from "commander";
import { type Config, loadConfig } from "../server/config.ts";
import { type DatabaseHandle, openDatabase } from "../server/db/client.ts";

/** The config from the environment with the --data-dir flag applied. */
export function configFrom(command: Command): Config {
  const config = loadConfig();
  const options = command.optsWithGlobals<{ dataDir?: string }>();
  if (options.dataDir) {
    return loadConfig({ ...process.env, CITYMATCH_DATA_DIR: options.dataDir });
  }
  return config;
}

/** Opens the configured database, migrated, runs `work`, and always closes it. */
export async function withDatabase<T>(
  config: Config,
  work: (database: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}

export function describeDatabase(config: Config): string {
  return config.databaseUrl
    ? `PostgreSQL server (${new URL(config.databaseUrl).host})`
    : `embedded PostgreSQL in ${config.dataDir}`;
}
