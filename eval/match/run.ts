// npm run eval:match — offline evaluation of matchmaking on the judged set
// (eval/match/judged-set.json, see judged-set.ts for what it is and is not): loads the
// demo data into an in-memory database, asks for the top 50 solutions of every judged
// challenge from the real match engine (as stored recommendations are computed), once with the full scorer and once
// with text relevance alone, and prints nDCG@10, recall@50 and MRR side by side.
// `--write` rebuilds the judged set from the generator first.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { printTable } from "../../bench/lib/table.ts";
import { DEFAULT_WEIGHTS, MATCH_PARTS, type MatchWeights } from "../../src/core/matching/score.ts";
import { DEFAULT_DEMO_SEED } from "../../src/demo/generate.ts";
import { loadDemoData } from "../../src/demo/load.ts";
import { openDatabase } from "../../src/server/db/client.ts";
import { rankNow } from "../../src/server/modules/matching/maintenance.ts";
import { buildJudgedSet, type JudgedSet } from "./judged-set.ts";
import { meanMetrics } from "./metrics.ts";

const file = path.join(import.meta.dirname, "judged-set.json");
if (process.argv.includes("--write")) {
  writeFileSync(file, `${JSON.stringify(buildJudgedSet(DEFAULT_DEMO_SEED), null, 2)}\n`);
  process.stdout.write(`Wrote ${file}\n`);
}
const judged = JSON.parse(readFileSync(file, "utf8")) as JudgedSet;

const handle = await openDatabase({});
await handle.migrate();
await loadDemoData(handle.db, { seed: judged.seed });
const slugRows = (await handle.db.execute(
  "SELECT 'c' AS t, id, slug, visibility::text AS visibility FROM challenges UNION ALL SELECT 's', id, slug, visibility::text FROM solutions" as never,
)) as unknown as { rows: { t: string; id: string; slug: string; visibility: string }[] };
const challengeIds = new Map(slugRows.rows.filter((r) => r.t === "c").map((r) => [r.slug, r.id]));
// What an anonymous visitor is shown: public solutions only.
const solutionSlugs = new Map(
  slugRows.rows.filter((r) => r.t === "s" && r.visibility === "public").map((r) => [r.id, r.slug]),
);

const textOnly = Object.fromEntries(
  MATCH_PARTS.map((part) => [part, part === "text" ? 1 : 0]),
) as MatchWeights;
const scorers: { name: string; weights: MatchWeights }[] = [
  { name: "full scorer", weights: DEFAULT_WEIGHTS },
  { name: "text only (baseline)", weights: textOnly },
];
const now = new Date("2026-11-23T00:00:00Z");
const rows: Record<string, string | number>[] = [];
const started = performance.now();
for (const scorer of scorers) {
  const rankings: { ranked: string[]; relevant: Record<string, number> }[] = [];
  for (const query of judged.queries) {
    const id = challengeIds.get(query.challenge);
    if (!id)
      throw new Error(
        `judged challenge ${query.challenge} is not in the demo data: rebuild with --write`,
      );
    const recommendations = await rankNow(handle.db, id, {
      limit: Number.POSITIVE_INFINITY,
      now,
      weights: scorer.weights,
    });
    rankings.push({
      ranked: recommendations.flatMap((r) => solutionSlugs.get(r.id) ?? []).slice(0, 50),
      relevant: query.relevant,
    });
  }
  const metrics = meanMetrics(rankings);
  rows.push({
    scorer: scorer.name,
    queries: rankings.length,
    "nDCG@10": metrics.ndcg10.toFixed(3),
    "recall@50": metrics.recall50.toFixed(3),
    MRR: metrics.mrr.toFixed(3),
  });
}
printTable(
  `Matchmaking on the judged set (${judged.queries.length} demo challenges, generator ground truth; ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  rows,
);
await handle.close();
