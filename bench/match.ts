// npm run bench:match — matchmaking at 100,000 solutions and 20,000 challenges, on PGlite
// and on a PostgreSQL server: the time of a full `match rebuild` (what
// `citymatch match rebuild` runs: load the engine, rank every item, write every list),
// the incremental refresh after 50 edited solutions, and the latency of a top-20
// recommendation through the HTTP API (200 challenges, 50 solutions, one client).
// Options (env): BENCH_SCALE (default 1), BENCH_DATABASES (default "pglite,postgres"),
// BENCH_DATABASE_URL (use this server, else a throwaway one).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { generateDemoData } from "../src/demo/generate.ts";
import { loadDemoData } from "../src/demo/load.ts";
import { buildApp } from "../src/server/app.ts";
import { refreshMatches } from "../src/server/modules/matching/maintenance.ts";
import { fillCorpus } from "./lib/corpus.ts";
import { openBenchDatabases } from "./lib/databases.ts";
import { latencySummary, ms, printTable } from "./lib/table.ts";

const scale = Number(process.env.BENCH_SCALE ?? "1");
const sizes = {
  challenges: Math.round(20_000 * scale),
  solutions: Math.round(100_000 * scale),
  cases: Math.round(10_000 * scale),
};
const databases = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",");

const results: Record<string, unknown>[] = [];
for (const database of await openBenchDatabases(databases)) {
  try {
    const db = database.handle.db;
    await loadDemoData(db);
    await fillCorpus(db, generateDemoData(), sizes, (done) => {
      process.stderr.write(
        `\r${database.name}: ${done.solutions} solutions, ${done.challenges} challenges`,
      );
    });
    process.stderr.write("\n");
    await db.execute(sql`ANALYZE`);
    const pick = async (table: "challenges" | "solutions", n: number) =>
      (
        (await db.execute(
          sql`SELECT slug FROM ${sql.identifier(table)} WHERE visibility = 'public' ORDER BY md5(id::text) LIMIT ${n}`,
        )) as unknown as { rows: { slug: string }[] }
      ).rows.map((row) => row.slug);
    // A full rebuild, stage by stage (stages end when the next one reports).
    const stageStarts = new Map<string, number>();
    const rebuildStart = performance.now();
    const rebuild = await refreshMatches(db, {
      rebuild: true,
      progress: (step) => {
        if (!stageStarts.has(step.stage)) stageStarts.set(step.stage, performance.now());
        process.stderr.write(`\r${database.name}: ${step.stage} ${step.done}/${step.total}   `);
      },
    });
    const rebuildEnd = performance.now();
    process.stderr.write("\n");
    const stageTime = (stage: string, next: string | null) =>
      ((next ? (stageStarts.get(next) ?? rebuildEnd) : rebuildEnd) -
        (stageStarts.get(stage) ?? rebuildStart)) /
      1000;
    // 50 solutions edited (as a provider saving a new summary), then the incremental refresh.
    await db.execute(
      sql`UPDATE solutions SET summary = summary || ' Now with open data exports.'
           WHERE id IN (SELECT id FROM solutions ORDER BY md5(id::text || 'edit') LIMIT 50)`,
    );
    const incrementalStart = performance.now();
    const incremental = await refreshMatches(db);
    const incrementalSeconds = (performance.now() - incrementalStart) / 1000;
    const challengeSlugs = await pick("challenges", 200);
    const solutionSlugs = await pick("solutions", 50);
    const app = await buildApp({ database: database.handle, rateLimitPerMinute: 1_000_000 });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const time = async (url: string) => {
      const t0 = performance.now();
      const response = await fetch(base + url);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return performance.now() - t0;
    };
    const first = await time(`/api/v1/challenges/${challengeSlugs[0]}/matches?limit=20`);
    for (const slug of challengeSlugs.slice(0, 10))
      await time(`/api/v1/challenges/${slug}/matches?limit=20`);
    const rows: Record<string, string | number>[] = [];
    for (const [label, urls] of [
      [
        "top 20 solutions for a challenge",
        challengeSlugs.map((s) => `/api/v1/challenges/${s}/matches?limit=20`),
      ],
      [
        "top 20 challenges for a solution",
        solutionSlugs.map((s) => `/api/v1/solutions/${s}/matches?limit=20`),
      ],
    ] as const) {
      const started = performance.now();
      const samples: number[] = [];
      for (const url of urls) samples.push(await time(url));
      const s = latencySummary(samples, (performance.now() - started) / 1000);
      rows.push({
        queries: label,
        n: s.queries,
        p50: ms(s.p50),
        p95: ms(s.p95),
        p99: ms(s.p99),
        mean: ms(s.mean),
      });
      results.push({ database: database.name, label, ...s });
    }
    rows.push({
      queries: "first request (search snapshot load)",
      n: 1,
      p50: ms(first),
      p95: "",
      p99: "",
      mean: "",
    });
    await app.close();
    const title = `${database.name}: ${sizes.solutions + 440} solutions, ${sizes.challenges + 376} challenges, ${sizes.cases + 140} cases`;
    printTable(`${title}: recommendation latency`, rows);
    const seconds = (value: number) => `${value.toFixed(1)} s`;
    const maintenance = [
      {
        operation: "full rebuild (citymatch match rebuild)",
        items: rebuild.items,
        lists: rebuild.lists,
        time: seconds((rebuildEnd - rebuildStart) / 1000),
      },
      {
        operation: "  load the engine",
        items: "",
        lists: "",
        time: seconds(stageTime("loading items", "ranking")),
      },
      {
        operation: "  rank every item",
        items: "",
        lists: "",
        time: seconds(stageTime("ranking", "writing")),
      },
      {
        operation: "  write every list",
        items: "",
        lists: "",
        time: seconds(stageTime("writing", null)),
      },
      {
        operation: `incremental refresh after 50 edits (${incremental.mode})`,
        items: incremental.items,
        lists: incremental.lists,
        time: seconds(incrementalSeconds),
      },
    ];
    printTable(`${title}: stored recommendations`, maintenance);
    results.push({
      database: database.name,
      rebuildSeconds: (rebuildEnd - rebuildStart) / 1000,
      stages: {
        load: stageTime("loading items", "ranking"),
        rank: stageTime("ranking", "writing"),
        write: stageTime("writing", null),
      },
      incremental: { ...incremental, seconds: incrementalSeconds },
    });
  } finally {
    await database.dispose();
  }
}
const out = path.resolve(import.meta.dirname, "results");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "match.json"), JSON.stringify({ sizes, results }, null, 2));
process.stdout.write("\nWritten to bench/results/match.json\n");
