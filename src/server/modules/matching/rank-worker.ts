/**
 * A worker thread that ranks part of the items during a rebuild (the server's main thread
 * ranks the rest): it builds its own MatchIndex from the items it is sent and answers
 * each item's best counterparts. Pure computation, no database.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type IndexedItem, MatchIndex } from "../../../core/matching/match-index.ts";
import type { Evidence } from "../../../core/matching/profile.ts";
import type { MatchWeights } from "../../../core/matching/score.ts";

export interface RankJob {
  items: IndexedItem[];
  cases: [string, readonly Evidence[]][];
  frequencies: Map<string, number>;
  documents: number;
  ids: string[];
  weights: MatchWeights;
  now: number;
  keep: number;
}

export type RankMessage =
  | { type: "progress"; done: number }
  | { type: "ranked"; results: [string, string[], number[]][] };

const job = workerData as RankJob;
const index = new MatchIndex({
  documents: job.documents,
  frequency: (lexeme) => job.frequencies.get(lexeme) ?? 0,
});
for (const [organization, cases] of job.cases) index.setOrganizationCases(organization, cases);
for (const item of job.items) index.upsert(item);
job.items.length = 0;
const options = { weights: job.weights, now: new Date(job.now), keep: job.keep };
let batch: [string, string[], number[]][] = [];
for (let i = 0; i < job.ids.length; i++) {
  const id = job.ids[i] as string;
  const ranked = index.rank(id, options) ?? [];
  batch.push([id, ranked.map((target) => target.id), ranked.map((target) => target.score)]);
  if (batch.length === 500) {
    parentPort?.postMessage({ type: "ranked", results: batch } satisfies RankMessage);
    parentPort?.postMessage({ type: "progress", done: i + 1 } satisfies RankMessage);
    batch = [];
  }
}
parentPort?.postMessage({ type: "ranked", results: batch } satisfies RankMessage);
parentPort?.postMessage({ type: "progress", done: job.ids.length } satisfies RankMessage);
