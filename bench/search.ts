// npm run bench:search — search latency at 100,000 solutions, 20,000 challenges and
// 10,000 cases, through the HTTP API, on PGlite and on a PostgreSQL server.
// Options (env): BENCH_SCALE (default 1: the full sizes), BENCH_DATABASES
// (default "pglite,postgres"), BENCH_DATABASE_URL (use this server, else a throwaway).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateDemoData } from "../src/demo/generate.ts";
import { loadDemoData } from "../src/demo/load.ts";
import { buildApp } from "../src/server/app.ts";
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

const TERMS = [
  "flood",
  "flood warning",
  "heat",
  "cooling",
  "energy",
  "solar rooftops",
  "elderly care",
  "tourism",
  "heritage",
  "waste recycling",
  "water leakage",
  "air quality",
  "open data",
  "bus priority",
  "ev charging",
  "digital twin",
  "sensors",
  "inundaciones",
  "movilidad",
  "energía",
  "smart grid",
  "microgrid",
  "drainage",
  "public safety",
];
const FUZZY = ["flod warnng", "heritge", "recyclng", "洪水", "智慧"];
const FACETS = [
  "",
  "&type=challenge",
  "&type=solution&trl=7,8,9",
  "&domain=safety-resilience",
  "&continent=AS",
  "&type=challenge&stage=tender-open",
  "&budgetBand=1m-10m",
  "&sdg=11",
  "&type=case&continent=EU",
  "&domain=energy-environment,mobility&continent=AS,EU",
];

/** 200 fixed queries: text with facets, facet-only browsing, and fuzzy fallbacks. */
function queries(): { kind: string; url: string }[] {
  const list: { kind: string; url: string }[] = [];
  for (let i = 0; list.length < 200; i++) {
    // Every tenth query browses and every tenth is a fuzzy one; each kind walks its own
    // lists, so no kind repeats a single query.
    const round = Math.floor(i / 10);
    if (i % 10 === 9) {
      const facets = FACETS[round % FACETS.length] || "&type=solution";
      list.push({ kind: "browse (facets only)", url: `/api/v1/search?limit=20${facets}` });
    } else if (i % 10 === 4) {
      const term = FUZZY[round % FUZZY.length] ?? "";
      const facets = FACETS[(round * 3) % FACETS.length] ?? "";
      list.push({
        kind: "fuzzy fallback",
        url: `/api/v1/search?limit=20&q=${encodeURIComponent(term)}${facets}`,
      });
    } else {
      const term = TERMS[i % TERMS.length] ?? "";
      const facets = FACETS[(i * 7) % FACETS.length] ?? "";
      list.push({
        kind: "text + facets",
        url: `/api/v1/search?limit=20&q=${encodeURIComponent(term)}${facets}`,
      });
    }
  }
  return list;
}

async function timeQueries(
  baseUrl: string,
  list: { kind: string; url: string }[],
  concurrency: number,
) {
  const samples: { kind: string; url: string; ms: number }[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < list.length) {
        const query = list[next++];
        if (!query) break;
        const t0 = performance.now();
        const response = await fetch(baseUrl + query.url);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${query.url}: ${response.status}`);
        samples.push({ kind: query.kind, url: query.url, ms: performance.now() - t0 });
      }
    }),
  );
  return { samples, seconds: (performance.now() - started) / 1000 };
}

const results: Record<string, unknown>[] = [];
for (const database of await openBenchDatabases(databases)) {
  try {
    const loadStart = performance.now();
    await loadDemoData(database.handle.db);
    const corpus = await fillCorpus(database.handle.db, generateDemoData(), sizes, (done) => {
      process.stderr.write(
        `\r${database.name}: ${done.solutions} solutions, ${done.challenges} challenges, ${done.cases} cases`,
      );
    });
    process.stderr.write("\n");
    await database.handle.db.execute("ANALYZE" as never);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const app = await buildApp({ database: database.handle, rateLimitPerMinute: 1_000_000 });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const list = queries();
    await timeQueries(baseUrl, list.slice(0, 20), 1); // warm caches and plans
    const sequential = await timeQueries(baseUrl, list, 1);
    const concurrent = await timeQueries(baseUrl, list, 4);
    await app.close();

    const rows: Record<string, string | number>[] = [];
    const summarize = (label: string, samples: number[], seconds: number) => {
      const s = latencySummary(samples, seconds);
      rows.push({
        queries: label,
        n: s.queries,
        p50: ms(s.p50),
        p95: ms(s.p95),
        p99: ms(s.p99),
        mean: ms(s.mean),
        "queries/s": s.perSecond.toFixed(1),
      });
      results.push({ database: database.name, label, ...s });
    };
    summarize(
      "all, 1 client",
      sequential.samples.map((s) => s.ms),
      sequential.seconds,
    );
    for (const kind of ["text + facets", "browse (facets only)", "fuzzy fallback"]) {
      const kindSamples = sequential.samples.filter((s) => s.kind === kind).map((s) => s.ms);
      summarize(`  ${kind}`, kindSamples, kindSamples.reduce((a, b) => a + b, 0) / 1000);
    }
    summarize(
      "all, 4 clients",
      concurrent.samples.map((s) => s.ms),
      concurrent.seconds,
    );
    const slowest = [...sequential.samples].sort((a, b) => b.ms - a.ms).slice(0, 5);
    printTable(
      `${database.name}: ${corpus.solutions + 440} solutions, ${corpus.challenges + 376} challenges, ${corpus.cases + 140} cases (loaded and indexed in ${loadSeconds.toFixed(0)} s)`,
      rows,
    );
    printTable(
      "slowest queries (1 client)",
      slowest.map((s) => ({ ms: s.ms.toFixed(1), query: decodeURIComponent(s.url) })),
    );
  } finally {
    await database.dispose();
  }
}
const out = path.resolve(import.meta.dirname, "results");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "search.json"), JSON.stringify({ sizes, results }, null, 2));
process.stdout.write(`\nWritten to bench/results/search.json\n`);
