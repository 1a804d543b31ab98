import { chmodSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { capture, freePort } from "./run.ts";

export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
}

async function userIds(user: string): Promise<{ uid: number; gid: number } | null> {
  const uid = await capture("id", ["-u", user]);
  const gid = await capture("id", ["-g", user]);
  if (uid.code !== 0 || gid.code !== 0) return null;
  return { uid: Number(uid.output.trim()), gid: Number(gid.output.trim()) };
}

/**
 * A PostgreSQL cluster for one test run: initdb in a temp dir, listening on a free
 * loopback port only, durability off (it is thrown away). PostgreSQL refuses to run as
 * root, so as root it runs as the `postgres` system user.
 */
export async function startThrowawayPostgres(bin: string): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), "citymatch-pg-"));
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  let prefix: string[] = [];
  if (process.getuid?.() === 0) {
    const ids = await userIds("postgres");
    if (!ids)
      throw new Error(
        "running as root needs the `postgres` system user (apt-get install postgresql)",
      );
    chownSync(dir, ids.uid, ids.gid);
    chmodSync(dir, 0o700);
    prefix = ["runuser", "-u", "postgres", "--"];
  }
  const exec = async (tool: string, args: string[]) => {
    const [command, ...rest] = [...prefix, path.join(bin, tool), ...args];
    const result = await capture(command as string, rest);
    if (result.code !== 0) throw new Error(`${tool} failed:\n${result.output}`);
  };
  await exec("initdb", [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C",
  ]);
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  await exec("pg_ctl", [
    "-D",
    dataDir,
    "-o",
    serverOptions,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "start",
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await exec("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
