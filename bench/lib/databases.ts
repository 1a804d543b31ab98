import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startThrowawayPostgres } from "../../scripts/lib/postgres.ts";
import { ensurePostgres } from "../../scripts/lib/prerequisites.ts";
import { type DatabaseHandle, openDatabase } from "../../src/server/db/client.ts";

export interface BenchDatabase {
  name: "PGlite" | "PostgreSQL";
  handle: DatabaseHandle;
  dispose(): Promise<void>;
}

/** A fresh, migrated database of each kind: PGlite in a temp dir, and a throwaway server. */
export async function openBenchDatabases(which: string[]): Promise<BenchDatabase[]> {
  const result: BenchDatabase[] = [];
  if (which.includes("pglite")) {
    const dir = mkdtempSync(path.join(tmpdir(), "citymatch-bench-"));
    const handle = await openDatabase({ dataDir: dir });
    await handle.migrate();
    result.push({
      name: "PGlite",
      handle,
      dispose: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    });
  }
  if (which.includes("postgres")) {
    const external = process.env.BENCH_DATABASE_URL;
    const server = external ? null : await startThrowawayPostgres(await ensurePostgres());
    const url = external ?? server?.url ?? "";
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS citymatch_bench WITH (FORCE)");
    await admin.query("CREATE DATABASE citymatch_bench");
    await admin.end();
    const benchUrl = new URL(url);
    benchUrl.pathname = "/citymatch_bench";
    const handle = await openDatabase({ url: benchUrl.toString() });
    await handle.migrate();
    result.push({
      name: "PostgreSQL",
      handle,
      dispose: async () => {
        await handle.close();
        await server?.stop();
      },
    });
  }
  return result;
}
