/**
 * Keeps every challenge's and solution's stored recommendations (match_lists) current.
 *
 * The match engine's MatchIndex holds the whole marketplace in memory, loaded once and
 * then synced by search generation like the search snapshot. A refresh compares the
 * stored lists' generation (match_state) with the search index's: items written since are
 * recomputed and merged into their counterparts' lists; a new epoch, new weights, or a
 * change touching many items recompute everything (`citymatch match rebuild` forces it).
 *
 * Three steps so the database is never held while the engine computes: a read-only,
 * repeatable-read transaction syncs the engine and plans; the lists are computed outside
 * any transaction (yielding to the event loop, so a server keeps answering); a short
 * write transaction locks match_state, checks nobody refreshed meanwhile, and writes.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { MatchIndex, type ScoredTarget } from "../../../core/matching/match-index.ts";
import type { CorpusStats } from "../../../core/matching/profile.ts";
import { DEFAULT_WEIGHTS, type MatchWeights } from "../../../core/matching/score.ts";
import type { Database } from "../../db/client.ts";
import { selectTombstones } from "../search/queries.ts";
import {
  deleteLists,
  type IndexRow,
  type MatchStateRow,
  selectCaseEvidence,
  selectCasePartners,
  selectChallengeProfiles,
  selectIndexRows,
  selectLexemeFrequencies,
  selectLists,
  selectMatchState,
  selectMatchWeights,
  selectSolutionProfiles,
  updateMatchState,
  upsertLists,
} from "./queries.ts";
import type { RankJob, RankMessage } from "./rank-worker.ts";

/** Recommendations stored per item (the API shows at most 50). */
export const STORED_MATCHES = 50;
/** A change touching more items than this share (and at least MIN_REBUILD) is recomputed whole. */
const REBUILD_SHARE = 0.05;
const MIN_REBUILD = 200;
/** Items added or removed before the corpus statistics may be recounted. */
const STATS_DRIFT_MIN = 100;
/** Items loaded into the engine per statement. */
const LOAD_CHUNK = 2_000;
/** Items computed between yields to the event loop. */
const YIELD_EVERY = 100;

interface Engine {
  index: MatchIndex;
  epoch: number;
  generation: number;
  /** Indexed docs (all item types) when the corpus statistics were counted. */
  statsDocuments: number;
  documents: number;
  docOf: Map<string, number>;
  idAt: Map<number, string>;
  stats: CountedStats;
  /** Every indexed doc, cases included (the statistics count them all). */
  knownDocs: Set<number>;
  /** Each case's partner organizations, as last loaded (kept after deletion: their evidence changed). */
  caseOrganizations: Map<number, string[]>;
  /** Solutions whose evidence changed since the lists last took it in. */
  evidenceChanged: Set<string>;
  /** Bumped when the statistics are recounted: every score moves, so every list is recomputed. */
  statsVersion: number;
  /** The statsVersion the stored lists were last computed with (a fresh engine trusts them). */
  listsStatsVersion: number;
}

interface EngineEntry {
  engine: Engine | null;
  /** Refreshes of one database run one at a time. */
  queue: Promise<unknown>;
  /** A plain refresh queued and not started yet: later callers share it. */
  waiting: Promise<RefreshResult> | null;
  /** A rebuild is being computed (readers do not wait for it). */
  rebuilding: boolean;
}

const engines = new WeakMap<Database, EngineEntry>();

function entryOf(db: Database): EngineEntry {
  let entry = engines.get(db);
  if (!entry) {
    entry = { engine: null, queue: Promise.resolve(), waiting: null, rebuilding: false };
    engines.set(db, entry);
  }
  return entry;
}

/** The organizers' weights, completed by the defaults for parts added since they tuned. */
export async function tunedWeights(db: Database): Promise<MatchWeights> {
  const row = await selectMatchWeights(db);
  return { ...DEFAULT_WEIGHTS, ...(row?.weights ?? {}) } as MatchWeights;
}

/** Corpus statistics that can also be sent to a worker thread (the map travels, not the function). */
interface CountedStats extends CorpusStats {
  frequencies: Map<string, number>;
}

async function countStats(tx: Database, documents: number): Promise<CountedStats> {
  const frequencies = await selectLexemeFrequencies(tx);
  return {
    documents: Math.max(1, documents),
    frequencies,
    frequency: (lexeme: string) => frequencies.get(lexeme) ?? 0,
  };
}

/** From this many items, a rebuild ranks on two threads (when the machine has two cores). */
const PARALLEL_FROM = 20_000;

/**
 * Ranks items for a rebuild: the main thread takes the first half, a worker thread the
 * second (it builds its own index from the engine's items meanwhile). Progress counts both.
 */
async function rankInParallel(
  engine: Engine,
  ids: string[],
  options: { weights: MatchWeights; now: Date; keep: number },
  progress: (done: number) => void,
): Promise<Map<string, ScoredTarget[]>> {
  const split = Math.ceil(ids.length / 2);
  const exported = engine.index.export();
  const job: RankJob = {
    items: exported.items,
    cases: exported.cases,
    frequencies: engine.stats.frequencies,
    documents: engine.stats.documents,
    ids: ids.slice(split),
    weights: options.weights,
    now: options.now.getTime(),
    keep: options.keep,
  };
  const results = new Map<string, ScoredTarget[]>();
  let workerDone = 0;
  let mainDone = 0;
  const worker = new Worker(new URL("./rank-worker.ts", import.meta.url), { workerData: job });
  const finished = new Promise<void>((resolve, reject) => {
    worker.on("message", (message: RankMessage) => {
      if (message.type === "progress") {
        workerDone = message.done;
        progress(mainDone + workerDone);
      } else
        for (const [id, targets, scores] of message.results)
          results.set(
            id,
            targets.map((target, i) => ({ id: target, score: scores[i] as number })),
          );
    });
    worker.on("error", reject);
    worker.on("exit", (code) =>
      code === 0 && workerDone === job.ids.length
        ? resolve()
        : reject(new Error(`the ranking worker stopped (exit code ${code})`)),
    );
  });
  finished.catch(() => {});
  try {
    for (let i = 0; i < split; i++) {
      const id = ids[i] as string;
      results.set(id, engine.index.rank(id, options) ?? []);
      mainDone = i + 1;
      if (mainDone % YIELD_EVERY === 0) {
        progress(mainDone + workerDone);
        await yieldToEventLoop();
      }
    }
    await finished;
  } finally {
    await worker.terminate();
  }
  return results;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Loads (or reloads) challenges and solutions into the engine, in chunks. */
async function loadItems(tx: Database, engine: Engine, rows: IndexRow[], progress?: OnProgress) {
  const byType = (type: IndexRow["itemType"]) => rows.filter((row) => row.itemType === type);
  for (const row of [...byType("challenge"), ...byType("solution")]) {
    engine.docOf.set(row.itemId, row.doc);
    engine.idAt.set(row.doc, row.itemId);
  }
  const challengeIds = byType("challenge").map((row) => row.itemId);
  const solutionIds = byType("solution").map((row) => row.itemId);
  const total = challengeIds.length + solutionIds.length;
  for (let start = 0; start < challengeIds.length; start += LOAD_CHUNK) {
    progress?.({ stage: "loading items", done: start, total });
    const ids = challengeIds.slice(start, start + LOAD_CHUNK);
    const found = await selectChallengeProfiles(tx, ids);
    for (const row of found)
      engine.index.upsert({
        kind: "challenge",
        profile: row.profile,
        open: row.status === "open" || row.status === "in-talks",
      });
  }
  for (let start = 0; start < solutionIds.length; start += LOAD_CHUNK) {
    progress?.({ stage: "loading items", done: challengeIds.length + start, total });
    const ids = solutionIds.slice(start, start + LOAD_CHUNK);
    for (const row of await selectSolutionProfiles(tx, ids))
      engine.index.upsert({
        kind: "solution",
        profile: row.profile,
      });
  }
}

/**
 * Brings the engine up to the generation the transaction sees: everything on first use or
 * after a truncation, else the items written since and the evidence of organizations
 * whose cases changed. Returns the ids of challenges and solutions whose scores changed.
 */
async function syncEngine(
  tx: Database,
  db: Database,
  state: MatchStateRow,
  progress?: OnProgress,
): Promise<Engine> {
  const entry = entryOf(db);
  let engine = entry.engine;
  if (!engine || engine.epoch !== state.searchEpoch) {
    const rows = await selectIndexRows(tx, -1);
    const stats = await countStats(tx, rows.length);
    engine = {
      index: new MatchIndex(stats),
      stats,
      epoch: state.searchEpoch,
      generation: state.searchGeneration,
      statsDocuments: rows.length,
      documents: rows.length,
      docOf: new Map(),
      idAt: new Map(),
      statsVersion: 0,
      listsStatsVersion: 0,
      knownDocs: new Set(rows.map((row) => row.doc)),
      caseOrganizations: await selectCasePartners(tx, "all"),
      evidenceChanged: new Set(),
    };
    for (const [organization, cases] of await selectCaseEvidence(tx, "all"))
      engine.index.setOrganizationCases(organization, cases);
    await loadItems(tx, engine, rows, progress);
    entry.engine = engine;
    return engine;
  }
  if (state.searchGeneration <= engine.generation) return engine;
  const rows = await selectIndexRows(tx, engine.generation);
  const removed = await selectTombstones(tx, engine.generation);
  for (const doc of removed) {
    if (engine.knownDocs.delete(doc)) engine.documents--;
    const id = engine.idAt.get(doc);
    if (id === undefined) continue;
    engine.index.remove(id);
    engine.idAt.delete(doc);
    engine.docOf.delete(id);
  }
  for (const row of rows)
    if (!engine.knownDocs.has(row.doc)) {
      engine.knownDocs.add(row.doc);
      engine.documents++;
    }
  await loadItems(tx, engine, rows);
  // Cases written or deleted: their partners' (old and new) solutions' evidence changes.
  const caseDocs = [
    ...rows.filter((row) => row.itemType === "case").map((row) => row.doc),
    ...removed.filter((doc) => engine.caseOrganizations.has(doc)),
  ];
  const partners = await selectCasePartners(tx, caseDocs);
  const organizations = new Set<string>();
  for (const doc of caseDocs) {
    for (const organization of engine.caseOrganizations.get(doc) ?? [])
      organizations.add(organization);
    for (const organization of partners.get(doc) ?? []) organizations.add(organization);
    engine.caseOrganizations.set(doc, partners.get(doc) ?? []);
  }
  const evidence = await selectCaseEvidence(tx, [...organizations]);
  for (const organization of organizations)
    for (const id of engine.index.setOrganizationCases(
      organization,
      evidence.get(organization) ?? [],
    ))
      engine.evidenceChanged.add(id);
  // Word frequencies move slowly: recount when the corpus has grown or shrunk by a tenth
  // (and by more than a few items: a recount reranks everything).
  const drift = Math.abs(engine.documents - engine.statsDocuments);
  if (drift > Math.max(STATS_DRIFT_MIN, engine.statsDocuments * 0.1)) {
    engine.stats = await countStats(tx, engine.documents);
    engine.index.setStats(engine.stats);
    engine.statsDocuments = engine.documents;
    engine.statsVersion++;
  }
  engine.generation = state.searchGeneration;
  return engine;
}

export interface RefreshProgress {
  stage: "loading items" | "ranking" | "writing";
  done: number;
  total: number;
}
type OnProgress = (step: RefreshProgress) => void;

export interface RefreshOptions {
  /** Recompute every list, whatever changed. */
  rebuild?: boolean;
  progress?: OnProgress;
  now?: Date;
  /** Rank a rebuild on two threads (default: from PARALLEL_FROM items on a multi-core machine). */
  parallel?: boolean;
}

export interface RefreshResult {
  mode: "current" | "incremental" | "rebuild";
  /** Items whose own lists were computed. */
  items: number;
  /** Lists written (theirs and their counterparts'). */
  lists: number;
  seconds: number;
}

interface ListEntry {
  doc: number;
  id: string;
  score: number;
}

const byScore = (a: ListEntry, b: ListEntry) =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toEntries(engine: Engine, ranked: ScoredTarget[]): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const target of ranked) {
    const doc = engine.docOf.get(target.id);
    if (doc !== undefined) entries.push({ doc, id: target.id, score: target.score });
    if (entries.length === STORED_MATCHES) break;
  }
  return entries;
}

const storable = (doc: number, entries: ListEntry[], sourceGeneration: number) => ({
  doc,
  targets: entries.map((entry) => entry.doc),
  scores: entries.map((entry) => entry.score),
  sourceGeneration,
});

/**
 * Brings the stored recommendations up to the search index (see the file comment).
 * `rebuild` recomputes every list whatever changed; `progress` hears about each batch.
 */
export function refreshMatches(db: Database, options: RefreshOptions = {}): Promise<RefreshResult> {
  const entry = entryOf(db);
  const plain =
    !options.rebuild && !options.progress && !options.now && options.parallel === undefined;
  if (plain && entry.waiting) return entry.waiting;
  const run = entry.queue.then(() => {
    if (entry.waiting === run) entry.waiting = null;
    return refreshNow(db, options, entry);
  });
  if (plain) entry.waiting = run;
  entry.queue = run.catch(() => {});
  return run;
}

/**
 * Loads the match engine (a server calls this once ready, so explanations and the first
 * refresh after a write do not pay for it) and brings the stored lists up to date.
 */
export async function warmMatches(db: Database): Promise<RefreshResult> {
  const entry = entryOf(db);
  const load = entry.queue.then(() =>
    db.transaction(async (tx) => syncEngine(tx, db, await selectMatchState(tx)), {
      isolationLevel: "repeatable read",
      accessMode: "read only",
    }),
  );
  entry.queue = load.catch(() => {});
  await load;
  return refreshMatches(db);
}

/** Whether this process is recomputing every list now (minutes at 100,000 items). */
export function rebuilding(db: Database): boolean {
  return engines.get(db)?.rebuilding ?? false;
}

async function refreshNow(
  db: Database,
  options: RefreshOptions,
  entry: EngineEntry,
): Promise<RefreshResult> {
  const started = performance.now();
  const seconds = () => Math.round(performance.now() - started) / 1000;
  for (let attempt = 0; ; attempt++) {
    const plan = await db.transaction(
      async (tx) => {
        const state = await selectMatchState(tx);
        const rebuild =
          options.rebuild === true ||
          state.rebuildRequested ||
          state.epoch !== state.searchEpoch ||
          state.generation < 0;
        if (!rebuild && state.generation >= state.searchGeneration) return null;
        const engine = await syncEngine(tx, db, state, options.progress);
        const weights = await tunedWeights(tx);
        if (rebuild || engine.statsVersion !== engine.listsStatsVersion)
          return {
            state,
            engine,
            weights,
            rebuild: true,
            statsVersion: engine.statsVersion,
            evidenceChanged: [...engine.evidenceChanged],
            changed: [] as string[],
            removed: [] as number[],
          };
        const rows = await selectIndexRows(tx, state.generation);
        const removed = await selectTombstones(tx, state.generation);
        const changed = new Set([
          ...rows.filter((row) => row.itemType !== "case").map((row) => row.itemId),
          ...engine.evidenceChanged,
        ]);
        // Cases changed since the lists' generation but before this engine was loaded.
        const partners = await selectCasePartners(
          tx,
          rows.filter((row) => row.itemType === "case").map((row) => row.doc),
        );
        for (const organizations of partners.values())
          for (const organization of organizations)
            for (const id of engine.index.solutionsOf(organization)) changed.add(id);
        const many =
          changed.size + removed.length > Math.max(MIN_REBUILD, engine.index.size * REBUILD_SHARE);
        return {
          state,
          engine,
          weights,
          rebuild: many,
          statsVersion: engine.statsVersion,
          evidenceChanged: [...engine.evidenceChanged],
          changed: [...changed],
          removed,
        };
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    if (!plan) return { mode: "current", items: 0, lists: 0, seconds: seconds() };
    const now = options.now ?? new Date();
    const rankOptions = { weights: plan.weights, now };
    const { engine } = plan;
    const total = plan.rebuild ? engine.index.size : plan.changed.length;
    entry.rebuilding = plan.rebuild;
    let written: number | null;
    let items = 0;
    try {
      // Own lists of the recomputed items, and the scores they now have with each candidate.
      const own = new Map<number, ListEntry[] | null>();
      const candidatesOf = new Map<number, ListEntry[]>();
      const ids = plan.rebuild ? engine.index.ids() : plan.changed;
      const parallel =
        plan.rebuild &&
        (options.parallel ?? (ids.length >= PARALLEL_FROM && availableParallelism() > 1));
      const ranks = parallel
        ? await rankInParallel(engine, ids, { ...rankOptions, keep: STORED_MATCHES }, (done) =>
            options.progress?.({ stage: "ranking", done, total }),
          )
        : null;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as string;
        const doc = engine.docOf.get(id);
        if (doc === undefined) continue;
        // A rebuild needs each item's best STORED_MATCHES; a merge, every candidate's score.
        const ranked = ranks
          ? ranks.get(id)
          : engine.index.rank(
              id,
              plan.rebuild ? { ...rankOptions, keep: STORED_MATCHES } : rankOptions,
            );
        own.set(doc, ranked ? toEntries(engine, ranked) : null);
        if (!plan.rebuild && ranked)
          candidatesOf.set(
            doc,
            ranked.flatMap((target) => {
              const targetDoc = engine.docOf.get(target.id);
              return targetDoc === undefined
                ? []
                : [{ doc: targetDoc, id: target.id, score: target.score }];
            }),
          );
        if (!ranks && (i + 1) % YIELD_EVERY === 0) {
          options.progress?.({ stage: "ranking", done: i + 1, total });
          await yieldToEventLoop();
        }
      }
      options.progress?.({ stage: "ranking", done: total, total });
      written = await db.transaction(async (tx) => {
        const current = await selectMatchState(tx, true);
        // A merge applies on top of exactly the lists it read; a rebuild replaces them all
        // and sets the generation back to its own, so merges written meanwhile (by another
        // process) are merged again by the next refresh.
        const moved = plan.rebuild
          ? current.searchEpoch !== plan.state.searchEpoch
          : current.epoch !== plan.state.epoch || current.generation !== plan.state.generation;
        if (moved || JSON.stringify(await tunedWeights(tx)) !== JSON.stringify(plan.weights))
          return null;
        const at = new Date();
        const generation = plan.state.searchGeneration;
        if (plan.rebuild) {
          await deleteLists(tx, "all");
          await upsertLists(
            tx,
            [...own].map(([doc, entries]) => storable(doc, entries ?? [], generation)),
            at,
            (done, total) => options.progress?.({ stage: "writing", done, total }),
          );
          await updateMatchState(tx, { epoch: plan.state.searchEpoch, generation, rebuilt: at });
          engine.listsStatsVersion = plan.statsVersion;
          for (const id of plan.evidenceChanged) engine.evidenceChanged.delete(id);
          return own.size;
        }
        const lists = mergeIntoCounterparts(
          engine,
          await selectLists(
            tx,
            [...candidatesOf.values()].flat().map((e) => e.doc),
            [...own.keys(), ...plan.removed],
          ),
          own,
          candidatesOf,
          new Set(plan.removed),
          rankOptions,
        );
        await deleteLists(tx, [
          ...plan.removed,
          ...[...own].filter(([, entries]) => entries === null).map(([doc]) => doc),
        ]);
        const rows = [
          ...[...own].flatMap(([doc, entries]) =>
            entries ? [storable(doc, entries, generation)] : [],
          ),
          ...lists.map((list) => ({ ...list, sourceGeneration: list.sourceGeneration })),
        ];
        await upsertLists(tx, rows, at);
        await updateMatchState(tx, { epoch: plan.state.searchEpoch, generation });
        for (const id of plan.evidenceChanged) engine.evidenceChanged.delete(id);
        return rows.length;
      });
      items = own.size;
    } finally {
      entry.rebuilding = false;
    }
    if (written !== null)
      return {
        mode: plan.rebuild ? "rebuild" : "incremental",
        items,
        lists: written,
        seconds: seconds(),
      };
    if (attempt >= 2) throw new Error("stored recommendations kept changing under the refresh");
  }
}

/**
 * Counterparts' lists after some items changed: each changed item leaves every list and
 * comes back, at its new score, where it may still be suggested and ranks among the best
 * STORED_MATCHES. Lists that do not change are not returned.
 */
function mergeIntoCounterparts(
  engine: Engine,
  stored: { doc: number; targets: number[]; scores: number[] }[],
  own: Map<number, ListEntry[] | null>,
  candidatesOf: Map<number, ListEntry[]>,
  removed: Set<number>,
  rankOptions: { weights: MatchWeights; now: Date },
) {
  // score of (counterpart, changed item), from the changed item's side.
  const scoreWith = new Map<number, Map<number, number>>();
  for (const [doc, candidates] of candidatesOf)
    for (const candidate of candidates) {
      let map = scoreWith.get(candidate.doc);
      if (!map) {
        map = new Map();
        scoreWith.set(candidate.doc, map);
      }
      map.set(doc, candidate.score);
    }
  const changedLists: {
    doc: number;
    targets: number[];
    scores: number[];
    sourceGeneration: number;
  }[] = [];
  for (const list of stored) {
    if (own.has(list.doc) || removed.has(list.doc)) continue;
    const listId = engine.idAt.get(list.doc);
    if (listId === undefined) continue;
    const before = list.targets.map((doc, i) => ({
      doc,
      id: engine.idAt.get(doc) ?? "",
      score: Math.round((list.scores[i] as number) * 10) / 10,
    }));
    const entries = before.filter((entry) => !own.has(entry.doc) && !removed.has(entry.doc));
    // The changed items this list may now hold: those that scored it, and those it held.
    const scored = scoreWith.get(list.doc) ?? new Map<number, number>();
    const comeBack = new Set([
      ...scored.keys(),
      ...before.filter((entry) => own.has(entry.doc)).map((entry) => entry.doc),
    ]);
    for (const doc of comeBack) {
      if (!own.get(doc)) continue;
      const id = engine.idAt.get(doc) as string;
      if (!engine.index.eligible(listId, id)) continue;
      const score = scored.get(doc) ?? engine.index.score(listId, id, rankOptions);
      if (score !== undefined) entries.push({ doc, id, score });
    }
    entries.sort(byScore);
    let after = entries.slice(0, STORED_MATCHES);
    // A full list that lost entries is ranked again: what stood 51st is not stored.
    if (before.length === STORED_MATCHES && after.length < STORED_MATCHES)
      after = toEntries(
        engine,
        engine.index.rank(listId, { ...rankOptions, keep: STORED_MATCHES }) ?? [],
      );
    const same =
      after.length === before.length &&
      after.every((entry, i) => entry.doc === before[i]?.doc && entry.score === before[i]?.score);
    if (!same)
      changedLists.push({
        doc: list.doc,
        targets: after.map((entry) => entry.doc),
        scores: after.map((entry) => entry.score),
        sourceGeneration: engine.generation,
      });
  }
  return changedLists;
}

/**
 * The best counterparts of one item computed now with the given weights (the offline
 * evaluation compares scorers this way); the engine is synced first.
 */
export async function rankNow(
  db: Database,
  id: string,
  options: { weights: MatchWeights; now: Date; limit: number },
): Promise<ScoredTarget[]> {
  const entry = entryOf(db);
  const run = entry.queue.then(() =>
    db.transaction(
      async (tx) => {
        const engine = await syncEngine(tx, db, await selectMatchState(tx));
        return (engine.index.rank(id, options) ?? []).slice(0, options.limit);
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    ),
  );
  entry.queue = run.catch(() => {});
  return run;
}

/** The engine's corpus statistics once it is loaded (explanations then score as it ranks). */
export function engineStats(db: Database): CorpusStats | null {
  return engines.get(db)?.engine?.index.corpusStats ?? null;
}

/**
 * Background upkeep for a server: `soon()` refreshes shortly after writes (one refresh for
 * a burst of them); `stop()` cancels what is pending and waits for a refresh under way.
 */
export function scheduleMatchRefresh(db: Database, onError: (error: unknown) => void) {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  return {
    soon() {
      if (timer || stopped) return;
      timer = setTimeout(() => {
        timer = null;
        refreshMatches(db).catch(onError);
      }, 100);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await entryOf(db).queue;
    },
  };
}

/** Whether the stored lists lag behind the search index or await a rebuild. */
export async function matchesBehind(db: Database): Promise<boolean> {
  const state = await selectMatchState(db);
  return (
    state.rebuildRequested ||
    state.epoch !== state.searchEpoch ||
    state.generation < state.searchGeneration
  );
}
