import type {
  ChallengeProfile,
  CorpusStats,
  SolutionProfile,
  TextProfile,
} from "../../../core/matching/profile.ts";
import {
  DEFAULT_WEIGHTS,
  type Labels,
  type Match,
  type MatchWeights,
  scoreMatch,
} from "../../../core/matching/score.ts";
import { fieldBoost, idf } from "../../../core/matching/text.ts";
import type { Database } from "../../db/client.ts";
import { AREA_CODES } from "../../db/schema/index.ts";
import type { Actor, ActorContext, ServiceContext } from "../../http/context.ts";
import { AppError, invalid } from "../../http/errors.ts";
import { idOrSlugKey } from "../../http/reference.ts";
import { can } from "../items/policy.ts";
import { makeRanker, visibilityTest } from "../search/evaluate.ts";
import { withSearchSnapshot } from "../search/service.ts";
import type { SearchSnapshot } from "../search/snapshot.ts";
import {
  deleteVerdict,
  selectAreaNames,
  selectChallengeProfiles,
  selectDocsWithAnyLexeme,
  selectEventParticipants,
  selectItemCards,
  selectItemId,
  selectLexemeFrequencies,
  selectMatchWeights,
  selectOrganizationItems,
  selectOrganizationRef,
  selectOrganizationRefs,
  selectSavedPairs,
  selectSolutionProfiles,
  selectSourceWords,
  selectStems,
  selectVerdicts,
  upsertMatchWeights,
  upsertVerdict,
} from "./queries.ts";
import type { Counterparts, Recommendations } from "./schema.ts";

/** Lexemes of the source item that retrieve candidates: its most telling words. */
export const RETRIEVAL_LEXEMES = 16;
/** Candidates scored in full after the in-memory pre-ranking. */
export const CANDIDATES = 300;

interface CachedStats {
  stats: CorpusStats;
  size: number;
}
const corpusCache = new WeakMap<Database, CachedStats>();

/**
 * Document frequencies over the whole index, recounted when the index has grown or
 * shrunk by a tenth since (a full pass; frequencies move slowly).
 */
async function corpusStats(tx: Database, db: Database, size: number): Promise<CorpusStats> {
  const cached = corpusCache.get(db);
  if (cached && Math.abs(size - cached.size) <= cached.size * 0.1) return cached.stats;
  const frequencies = await selectLexemeFrequencies(tx);
  const documents = Math.max(size, 1);
  const stats = { documents, frequency: (lexeme: string) => frequencies.get(lexeme) ?? 0 };
  corpusCache.set(db, { stats, size });
  return stats;
}

/**
 * A lexeme held by more than this share of the index retrieves too much to tell anything
 * (at 130,000 items, "city" or "data" would fetch nearly all of them).
 */
export const RETRIEVAL_MAX_SHARE = 0.05;

/** Counts the corpus statistics ahead of the first recommendation (the server calls this once ready). */
export async function warmMatching(db: Database): Promise<void> {
  await withSearchSnapshot(db, async (tx, snapshot) => {
    await corpusStats(tx, db, snapshot.size);
  });
}

/** The source's lexemes that say most about it: rare words in prominent fields. */
export function retrievalLexemes(text: TextProfile, stats: CorpusStats, count = RETRIEVAL_LEXEMES) {
  const limit = Math.max(1, stats.documents * RETRIEVAL_MAX_SHARE);
  return [...text]
    .filter(([lexeme]) => stats.frequency(lexeme) <= limit)
    .map(([lexeme, fields]) => ({ lexeme, weight: idf(stats, lexeme) * fieldBoost(fields) }))
    .sort((a, b) => b.weight - a.weight || a.lexeme.localeCompare(b.lexeme))
    .slice(0, count)
    .map((entry) => entry.lexeme);
}

const CONTINENT_NAMES: Record<string, string> = {
  AF: "Africa",
  AN: "Antarctica",
  AS: "Asia",
  EU: "Europe",
  NA: "North America",
  OC: "Oceania",
  SA: "South America",
};

/** The congress areas are reference data, seeded by a migration: read once per database. */
const areaNames = new WeakMap<Database, Map<string, string>>();

async function labelsFor(
  tx: Database,
  db: Database,
  source: TextProfile,
  surface: string,
): Promise<Labels> {
  let areas = areaNames.get(db);
  if (!areas) {
    areas = await selectAreaNames(tx);
    areaNames.set(db, areas);
  }
  // Readable words for stems: the source's own words, stemmed as the index stems them.
  const words = [...new Set(surface.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 120);
  const stems = new Map<string, string>();
  if (words.length > 0) {
    const result = await selectStems(tx, words);
    for (const row of result) {
      for (const stem of [row.en, row.es].flatMap((value) =>
        Array.isArray(value)
          ? value
          : typeof value === "string"
            ? value.slice(1, -1).split(",")
            : [],
      )) {
        if (source.has(String(stem)) && !stems.has(String(stem))) stems.set(String(stem), row.w);
      }
      if (source.has(row.w) && !stems.has(row.w)) stems.set(row.w, row.w);
    }
  }
  const languages = new Intl.DisplayNames(["en"], { type: "language" });
  return {
    word: (lexeme) => stems.get(lexeme) ?? lexeme,
    area: (code) => areas.get(code) ?? code,
    continent: (code) => CONTINENT_NAMES[code] ?? code,
    language: (code) => {
      try {
        return languages.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

interface RecommendOptions {
  limit: number;
  weights?: MatchWeights;
  now: Date;
}

export interface Recommendation {
  type: "challenge" | "solution";
  id: string;
  match: Match;
  /** The viewer saved this pair; dismissed pairs are left out. */
  saved: boolean;
}

/**
 * Candidates of one item type for a source text: the database finds the items sharing any
 * of the source's telling words; the search snapshot keeps those the actor may see and
 * pre-ranks them (telling words in their titles and summaries, shared domains), and the
 * best CANDIDATES go on to full scoring.
 */
async function retrieve(
  tx: Database,
  snapshot: SearchSnapshot,
  actor: Actor | null,
  lexemes: string[],
  type: "challenge" | "solution",
  domains: readonly string[],
  excludeOrganization: string,
): Promise<string[]> {
  const docs = await selectDocsWithAnyLexeme(tx, lexemes);
  const typeCode = type === "challenge" ? 1 : 2;
  const canSee = visibilityTest(snapshot, actor);
  const rank = makeRanker(snapshot, { lexemes });
  const wantedMask = domains.reduce((mask, domain) => {
    const bit = (AREA_CODES as readonly string[]).indexOf(domain);
    return bit >= 0 ? mask | (1 << bit) : mask;
  }, 0);
  const excluded = snapshot.organizations.find(excludeOrganization) ?? -1;
  const wantedDomains = Math.max(1, popcount(wantedMask));
  const eligible = (doc: number) =>
    doc < snapshot.docLimit &&
    snapshot.present[doc] === 1 &&
    snapshot.itemType[doc] === typeCode &&
    snapshot.organization[doc] !== excluded &&
    canSee(doc);
  // Text candidates, pre-ranked by their telling words in titles and summaries…
  const textScore = new Float64Array(snapshot.docLimit).fill(-1);
  let best = 0;
  for (const doc of docs) {
    if (!eligible(doc)) continue;
    const score = rank(doc);
    textScore[doc] = score;
    best = Math.max(best, score);
  }
  // …and facet candidates: every item in one of the source's domains, which finds the
  // related offers that use other words. The best CANDIDATES of both, by a bounded heap.
  const top = new BoundedTop(CANDIDATES);
  for (let doc = 0; doc < snapshot.docLimit; doc++) {
    const text = textScore[doc] as number;
    const shared = popcount((snapshot.domainMask[doc] as number) & wantedMask);
    if (text < 0 && (shared === 0 || !eligible(doc))) continue;
    top.offer(doc, (best > 0 ? Math.max(text, 0) / best : 0) + (0.5 * shared) / wantedDomains);
  }
  return top.docs().map((doc) => snapshot.itemId[doc] as string);
}

/** The k docs with the highest scores (ties: higher doc first). */
class BoundedTop {
  private readonly scores: number[] = [];
  private readonly items: number[] = [];
  private readonly k: number;
  constructor(k: number) {
    this.k = k;
  }
  private below(i: number, j: number) {
    const a = this.scores[i] as number;
    const b = this.scores[j] as number;
    return a < b || (a === b && (this.items[i] as number) < (this.items[j] as number));
  }
  private swap(i: number, j: number) {
    [this.scores[i], this.scores[j]] = [this.scores[j] as number, this.scores[i] as number];
    [this.items[i], this.items[j]] = [this.items[j] as number, this.items[i] as number];
  }
  offer(doc: number, score: number) {
    if (this.items.length < this.k) {
      this.scores.push(score);
      this.items.push(doc);
      for (let i = this.items.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.below(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const min = this.scores[0] as number;
    if (score < min || (score === min && doc < (this.items[0] as number))) return;
    this.scores[0] = score;
    this.items[0] = doc;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      let smallest = i;
      if (left < this.k && this.below(left, smallest)) smallest = left;
      if (left + 1 < this.k && this.below(left + 1, smallest)) smallest = left + 1;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
  }
  docs(): number[] {
    return this.items
      .map((doc, i) => ({ doc, score: this.scores[i] as number }))
      .sort((a, b) => b.score - a.score || b.doc - a.doc)
      .map((entry) => entry.doc);
  }
}

function popcount(mask: number): number {
  let n = 0;
  for (let rest = mask >>> 0; rest !== 0; rest &= rest - 1) n++;
  return n;
}

type Pair = { challenge: ChallengeProfile; solution: SolutionProfile; id: string };

/** What differs between "solutions for a challenge" and "challenges for a solution". */
interface Direction {
  source: "challenge" | "solution";
  target: "challenge" | "solution";
  table: "challenges" | "solutions";
  loadSource(
    tx: Database,
    id: string,
  ): Promise<{ profile: ChallengeProfile | SolutionProfile; visibility: string } | undefined>;
  /** Profiles of the candidates, as pairs with the source; may leave some out. */
  pairs(tx: Database, ids: string[], source: ChallengeProfile | SolutionProfile): Promise<Pair[]>;
}

const SOLUTIONS_FOR_A_CHALLENGE: Direction = {
  source: "challenge",
  target: "solution",
  table: "challenges",
  loadSource: async (tx, id) => (await selectChallengeProfiles(tx, [id]))[0],
  pairs: async (tx, ids, source) => {
    const challenge = source as ChallengeProfile;
    const solutions = await selectSolutionProfiles(tx, ids, challenge.domains);
    return solutions.map((s) => ({ challenge, solution: s.profile, id: s.profile.id }));
  },
};

const CHALLENGES_FOR_A_SOLUTION: Direction = {
  source: "solution",
  target: "challenge",
  table: "solutions",
  loadSource: async (tx, id) => (await selectSolutionProfiles(tx, [id]))[0],
  pairs: async (tx, ids, source) => {
    const solution = source as SolutionProfile;
    // Only challenges still looking for an answer.
    return (await selectChallengeProfiles(tx, ids))
      .filter((c) => c.status === "open" || c.status === "in-talks")
      .map((c) => ({ challenge: c.profile, solution, id: c.profile.id }));
  },
};

async function recommend(
  ctx: ServiceContext,
  id: string,
  options: RecommendOptions,
  direction: Direction,
): Promise<Recommendation[]> {
  return withSearchSnapshot(ctx.db, async (tx, snapshot) => {
    const source = await direction.loadSource(tx, id);
    if (
      !source ||
      !can(ctx.actor, "see", {
        organizationId: source.profile.organizationId,
        visibility: source.visibility as "public",
      })
    )
      throw new AppError("not_found", `No such ${direction.source}`);
    const stats = await corpusStats(tx, ctx.db, snapshot.size);
    const ids = await retrieve(
      tx,
      snapshot,
      ctx.actor,
      retrievalLexemes(source.profile.text, stats),
      direction.target,
      source.profile.domains,
      source.profile.organizationId,
    );
    const pairs = await direction.pairs(tx, ids, source.profile);
    const labels = await labelsFor(
      tx,
      ctx.db,
      source.profile.text,
      await selectSourceWords(tx, direction.table, id),
    );
    const verdicts = ctx.actor
      ? await selectVerdicts(
          tx,
          ctx.actor.personId,
          direction.source === "challenge" ? { challengeId: id } : { solutionId: id },
        )
      : new Map<string, "dismissed" | "saved">();
    const weights = options.weights ?? (await tunedWeights(tx));
    return rankPairs(pairs, stats, labels, { ...options, weights }, direction.target, verdicts);
  });
}

/** The solutions that best answer a challenge, each with its score, parts and reasons. */
export function recommendSolutions(
  ctx: ServiceContext,
  challengeId: string,
  options: RecommendOptions,
) {
  return recommend(ctx, challengeId, options, SOLUTIONS_FOR_A_CHALLENGE);
}

/** The open challenges a solution answers best, each with its score, parts and reasons. */
export function recommendChallenges(
  ctx: ServiceContext,
  solutionId: string,
  options: RecommendOptions,
) {
  return recommend(ctx, solutionId, options, CHALLENGES_FOR_A_SOLUTION);
}

function rankPairs(
  pairs: Pair[],
  stats: CorpusStats,
  labels: Labels,
  options: RecommendOptions,
  type: "challenge" | "solution",
  verdicts: Map<string, "dismissed" | "saved">,
): Recommendation[] {
  const verdictOf = (pair: Pair) => verdicts.get(`${pair.challenge.id}|${pair.solution.id}`);
  return pairs
    .filter((pair) => verdictOf(pair) !== "dismissed")
    .map((pair) => ({
      type,
      id: pair.id,
      saved: verdictOf(pair) === "saved",
      match: scoreMatch(pair.challenge, pair.solution, stats, {
        now: options.now,
        labels,
        weights: options.weights ?? DEFAULT_WEIGHTS,
      }),
    }))
    .sort((a, b) => b.match.score - a.match.score || a.id.localeCompare(b.id))
    .slice(0, options.limit);
}

/** An item's id from its id or slug, or a 404 naming the kind. */
async function resolveId(
  db: Database,
  table: "challenges" | "solutions",
  idOrSlug: string,
): Promise<string> {
  const id = await selectItemId(db, table, idOrSlugKey(idOrSlug));
  if (!id)
    throw new AppError("not_found", `No such ${table === "challenges" ? "challenge" : "solution"}`);
  return id;
}

async function present(db: Database, recommendations: Recommendation[]): Promise<Recommendations> {
  const ids = recommendations.map((r) => r.id);
  const items = await selectItemCards(db, ids);
  const byId = new Map(items.map((item) => [item.itemId, item]));
  return {
    items: recommendations.flatMap((recommendation) => {
      const item = byId.get(recommendation.id);
      return item
        ? [
            {
              item: {
                type: item.itemType,
                id: item.itemId,
                slug: item.slug,
                title: item.title,
                organization: { id: item.organizationId, name: item.organizationName },
                country: item.country,
              },
              match: recommendation.match,
              saved: recommendation.saved,
            },
          ]
        : [];
    }),
  };
}

export async function challengeMatches(
  ctx: ServiceContext,
  idOrSlug: string,
  limit: number,
): Promise<Recommendations> {
  const id = await resolveId(ctx.db, "challenges", idOrSlug);
  const recommendations = await recommendSolutions(ctx, id, { limit, now: ctx.clock.now() });
  return present(ctx.db, recommendations);
}

export async function solutionMatches(
  ctx: ServiceContext,
  idOrSlug: string,
  limit: number,
): Promise<Recommendations> {
  const id = await resolveId(ctx.db, "solutions", idOrSlug);
  const recommendations = await recommendChallenges(ctx, id, { limit, now: ctx.clock.now() });
  return present(ctx.db, recommendations);
}

/** Dismiss or save a suggested pair (it stays so), or forget the verdict. */
export async function judgePair(
  ctx: ActorContext,
  pair: { challengeId: string; solutionId: string },
  verdict: "dismissed" | "saved" | null,
): Promise<void> {
  for (const [kind, id] of [
    ["challenge", pair.challengeId],
    ["solution", pair.solutionId],
  ] as const) {
    const row =
      kind === "challenge"
        ? (await selectChallengeProfiles(ctx.db, [id]))[0]
        : (await selectSolutionProfiles(ctx.db, [id]))[0];
    if (
      !row ||
      !can(ctx.actor, "see", {
        organizationId: row.profile.organizationId,
        visibility: row.visibility as "public",
      })
    )
      throw invalid([{ path: `body.${kind}Id`, message: `no such ${kind}` }]);
  }
  if (verdict === null)
    await deleteVerdict(ctx.db, ctx.actor.personId, pair.challengeId, pair.solutionId);
  else
    await upsertVerdict(ctx.db, {
      personId: ctx.actor.personId,
      ...pair,
      verdict,
      at: ctx.clock.now(),
    });
}

export async function savedPairs(ctx: ActorContext) {
  const rows = await selectSavedPairs(ctx.db, ctx.actor.personId);
  return {
    items: rows.map((row) => ({
      challenge: { id: row.challengeId, slug: row.challengeSlug, title: row.challengeTitle },
      solution: { id: row.solutionId, slug: row.solutionSlug, title: row.solutionTitle },
      savedAt: row.at.toISOString(),
    })),
  };
}

/** How many of an organization's items, and how deep in each one's matches, an organization's matches look. */
const ORGANIZATION_ITEMS = 8;
const MATCHES_PER_ITEM = 25;

/**
 * An organization's best counterparts: its open challenges' best solutions and its
 * solutions' best open challenges, grouped by the other side's organization. A
 * counterpart ranks by its best pair, then by how many pairs it has; each pair keeps its
 * score and reasons.
 */
export async function counterpartsOf(
  ctx: ServiceContext,
  organizationId: string,
  limit: number,
): Promise<Counterparts> {
  const items = (await selectOrganizationItems(ctx.db, organizationId, ORGANIZATION_ITEMS)).filter(
    (item) => can(ctx.actor, "see", item),
  );
  const now = ctx.clock.now();
  const found: { source: (typeof items)[number]; recommendation: Recommendation }[] = [];
  for (const item of items) {
    const recommendations =
      item.type === "challenge"
        ? await recommendSolutions(ctx, item.id, { limit: MATCHES_PER_ITEM, now })
        : await recommendChallenges(ctx, item.id, { limit: MATCHES_PER_ITEM, now });
    for (const recommendation of recommendations) found.push({ source: item, recommendation });
  }
  const cards = new Map(
    (
      await selectItemCards(ctx.db, [
        ...new Set([...items.map((item) => item.id), ...found.map((f) => f.recommendation.id)]),
      ])
    ).map((card) => [card.itemId, card]),
  );
  const byOrganization = new Map<string, Counterparts["items"][number]["pairs"]>();
  for (const { source, recommendation } of found) {
    const target = cards.get(recommendation.id);
    const own = cards.get(source.id);
    if (!target || !own || target.organizationId === organizationId) continue;
    const ref = (card: typeof own) => ({ id: card.itemId, slug: card.slug, title: card.title });
    const pair = {
      challenge: ref(source.type === "challenge" ? own : target),
      solution: ref(source.type === "challenge" ? target : own),
      score: recommendation.match.score,
      reasons: recommendation.match.reasons.slice(0, 2),
    };
    const pairs = byOrganization.get(target.organizationId) ?? [];
    pairs.push(pair);
    byOrganization.set(target.organizationId, pairs);
  }
  const organizations = new Map(
    (await selectOrganizationRefs(ctx.db, [...byOrganization.keys()])).map((org) => [org.id, org]),
  );
  const ranked = [...byOrganization]
    .flatMap(([id, pairs]) => {
      const organization = organizations.get(id);
      if (!organization) return [];
      pairs.sort((a, b) => b.score - a.score);
      return [
        {
          organization,
          score: pairs[0]?.score ?? 0,
          pairCount: pairs.length,
          pairs: pairs.slice(0, 3),
        },
      ];
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.pairCount - a.pairCount ||
        a.organization.name.localeCompare(b.organization.name),
    );
  return { items: ranked.slice(0, limit) };
}

export async function organizationMatches(ctx: ServiceContext, idOrSlug: string, limit: number) {
  const organization = await selectOrganizationRef(ctx.db, idOrSlugKey(idOrSlug));
  if (!organization) throw new AppError("not_found", "No such organization");
  return counterpartsOf(ctx, organization.id, limit);
}

/**
 * The people at an edition worth meeting for the caller's organization: those of its
 * best counterparts who take part, with the pairs behind each suggestion.
 */
export async function peopleToMeet(ctx: ActorContext, eventId: string, limit: number) {
  const own = ctx.actor.organizationId;
  if (!own)
    throw new AppError("bad_request", "Join an organization to get suggestions of people to meet");
  const participants = await selectEventParticipants(ctx.db, eventId);
  const present = new Map<string, { id: string; name: string; role: string }[]>();
  for (const person of participants) {
    if (!person.organizationId || person.organizationId === own) continue;
    const list = present.get(person.organizationId) ?? [];
    if (!list.some((entry) => entry.id === person.personId))
      list.push({ id: person.personId, name: person.name, role: person.role });
    present.set(person.organizationId, list);
  }
  const counterparts = await counterpartsOf(ctx, own, 200);
  return {
    items: counterparts.items
      .filter((counterpart) => present.has(counterpart.organization.id))
      .slice(0, limit)
      .map((counterpart) => ({
        ...counterpart,
        people: present.get(counterpart.organization.id) ?? [],
      })),
  };
}

/** The organizers' weights, completed by the defaults for parts added since they tuned. */
async function tunedWeights(db: Database): Promise<MatchWeights> {
  const row = await selectMatchWeights(db);
  return { ...DEFAULT_WEIGHTS, ...(row?.weights ?? {}) } as MatchWeights;
}

export async function getMatchWeights(ctx: ServiceContext) {
  const row = await selectMatchWeights(ctx.db);
  return {
    weights: await tunedWeights(ctx.db),
    defaults: DEFAULT_WEIGHTS,
    tuned: row !== null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** Organizers (of any edition) and platform admins tune the weights for the whole platform. */
export async function setMatchWeights(ctx: ActorContext, weights: MatchWeights) {
  if (!ctx.actor.platformAdmin && ctx.actor.organizerOf.length === 0)
    throw new AppError("forbidden", "Only organizers and platform admins tune the match weights");
  await upsertMatchWeights(ctx.db, weights, ctx.actor.personId, ctx.clock.now());
  return getMatchWeights(ctx);
}
