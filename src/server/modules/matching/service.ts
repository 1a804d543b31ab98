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
import type { Database } from "../../db/client.ts";
import type { ActorContext, ServiceContext } from "../../http/context.ts";
import { AppError, invalid } from "../../http/errors.ts";
import { idOrSlugKey } from "../../http/reference.ts";
import { can } from "../items/policy.ts";
import {
  engineStats,
  matchesBehind,
  rebuilding,
  refreshMatches,
  tunedWeights,
} from "./maintenance.ts";
import {
  deleteVerdict,
  requestMatchRebuild,
  selectAreaNames,
  selectCardsByDocs,
  selectCaseEvidence,
  selectChallengeProfiles,
  selectDismissedPairs,
  selectEventParticipants,
  selectIndexedCount,
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
  selectStoredList,
  selectStoredListsOf,
  selectVerdicts,
  upsertMatchWeights,
  upsertVerdict,
} from "./queries.ts";
import type { Counterparts, Recommendations } from "./schema.ts";

export { tunedWeights };

/**
 * How long a reader waits for a refresh of the stored recommendations in progress (an
 * item just saved, new weights) before answering from what is stored.
 */
export const FRESH_WAIT_MS = 5_000;

/**
 * Brings the stored recommendations up to date before reading them when they lag behind
 * (a few milliseconds per changed item once the engine is loaded), waiting at most
 * FRESH_WAIT_MS. A rebuild under way (minutes at 100,000 items) is waited for only by a
 * reader with no list at all (`evenForRebuild`): the others read the lists as they are.
 */
async function awaitFreshMatches(db: Database, evenForRebuild = false): Promise<void> {
  if ((rebuilding(db) && !evenForRebuild) || !(await matchesBehind(db))) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    refreshMatches(db).then(
      () => {},
      () => {},
    ),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, FRESH_WAIT_MS);
      timer.unref();
    }),
  ]);
  clearTimeout(timer);
}

/** Corpus statistics for explaining scores: the engine's when loaded (so explained and stored scores agree), else counted once. */
const countedStats = new WeakMap<Database, CorpusStats>();
async function corpusStats(db: Database): Promise<CorpusStats> {
  const shared = engineStats(db);
  if (shared) return shared;
  let stats = countedStats.get(db);
  if (!stats) {
    const frequencies = await selectLexemeFrequencies(db);
    const documents = Math.max(1, await selectIndexedCount(db));
    stats = { documents, frequency: (lexeme: string) => frequencies.get(lexeme) ?? 0 };
    countedStats.set(db, stats);
  }
  return stats;
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

async function labelsFor(db: Database, source: TextProfile, surface: string): Promise<Labels> {
  let areas = areaNames.get(db);
  if (!areas) {
    areas = await selectAreaNames(db);
    areaNames.set(db, areas);
  }
  // Readable words for stems: the source's own words, stemmed as the index stems them.
  const words = [...new Set(surface.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 160);
  const stems = new Map<string, string>();
  if (words.length > 0) {
    const result = await selectStems(db, words);
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

/** Solutions as scored: their deployments, then their providers' delivered cases. */
async function solutionProfiles(db: Database, ids: string[]) {
  const rows = await selectSolutionProfiles(db, ids);
  const cases = await selectCaseEvidence(db, [
    ...new Set(rows.map((row) => row.profile.organizationId)),
  ]);
  return rows.map((row) => ({
    ...row,
    profile: {
      ...row.profile,
      evidence: [...row.profile.evidence, ...(cases.get(row.profile.organizationId) ?? [])],
    },
  }));
}

type ItemKind = "challenge" | "solution";
const TABLE = { challenge: "challenges", solution: "solutions" } as const;

/**
 * Explains pairs: loads both sides' profiles and scores each pair in full (parts and
 * reasons) with the current weights. Pairs whose items are gone are left out.
 */
async function explainPairs(
  db: Database,
  pairs: { challengeId: string; solutionId: string }[],
  labelSources: { kind: ItemKind; id: string }[],
  now: Date,
): Promise<Map<string, Match>> {
  const challenges = new Map(
    (await selectChallengeProfiles(db, [...new Set(pairs.map((p) => p.challengeId))])).map(
      (row) => [row.profile.id, row.profile],
    ),
  );
  const solutions = new Map(
    (await solutionProfiles(db, [...new Set(pairs.map((p) => p.solutionId))])).map((row) => [
      row.profile.id,
      row.profile,
    ]),
  );
  const sourceText = new Map<string, number>();
  let surface = "";
  for (const source of labelSources) {
    const profile: ChallengeProfile | SolutionProfile | undefined =
      source.kind === "challenge" ? challenges.get(source.id) : solutions.get(source.id);
    for (const [lexeme, fields] of profile?.text ?? []) sourceText.set(lexeme, fields);
    surface += ` ${await selectSourceWords(db, TABLE[source.kind], source.id)}`;
  }
  const labels = await labelsFor(db, sourceText, surface);
  const stats = await corpusStats(db);
  const weights = await tunedWeights(db);
  const matches = new Map<string, Match>();
  for (const pair of pairs) {
    const challenge = challenges.get(pair.challengeId);
    const solution = solutions.get(pair.solutionId);
    if (challenge && solution)
      matches.set(
        `${pair.challengeId}|${pair.solutionId}`,
        scoreMatch(challenge, solution, stats, { now, labels, weights }),
      );
  }
  return matches;
}

/** The stored list of an item as cards the actor may see, best first. */
async function visibleList(
  ctx: ServiceContext,
  list: { targets: number[]; scores: number[] } | null,
) {
  if (!list) return [];
  const cards = new Map(
    (await selectCardsByDocs(ctx.db, list.targets)).map((card) => [card.doc, card]),
  );
  return list.targets.flatMap((doc, i) => {
    const card = cards.get(doc);
    // A challenge closed since the list was stored is no longer suggested.
    const open =
      card?.itemType !== "challenge" || card.status === "open" || card.status === "in-talks";
    return card && open && can(ctx.actor, "see", card)
      ? [{ card, storedScore: Math.round((list.scores[i] as number) * 10) / 10 }]
      : [];
  });
}

/**
 * An item's recommendations: its stored list (kept current by maintenance.ts), less what
 * the viewer may not see or dismissed, the first `limit` explained with fresh parts and
 * reasons and ordered by their score.
 */
async function recommendations(
  ctx: ServiceContext,
  kind: ItemKind,
  id: string,
  limit: number,
): Promise<Recommendations> {
  await awaitFreshMatches(ctx.db);
  let stored = await selectStoredList(ctx.db, kind, id);
  if (stored && !stored.list) {
    // Never listed yet (a first build under way): worth a short wait.
    await awaitFreshMatches(ctx.db, true);
    stored = await selectStoredList(ctx.db, kind, id);
  }
  if (!stored || !can(ctx.actor, "see", stored)) throw new AppError("not_found", `No such ${kind}`);
  const verdicts = ctx.actor
    ? await selectVerdicts(
        ctx.db,
        ctx.actor.personId,
        kind === "challenge" ? { challengeId: id } : { solutionId: id },
      )
    : new Map<string, "dismissed" | "saved">();
  const pairOf = (targetId: string) =>
    kind === "challenge"
      ? { challengeId: id, solutionId: targetId }
      : { challengeId: targetId, solutionId: id };
  const keyOf = (targetId: string) => {
    const pair = pairOf(targetId);
    return `${pair.challengeId}|${pair.solutionId}`;
  };
  const shown = (await visibleList(ctx, stored.list))
    .filter((entry) => verdicts.get(keyOf(entry.card.itemId)) !== "dismissed")
    .slice(0, limit);
  const matches = await explainPairs(
    ctx.db,
    shown.map((entry) => pairOf(entry.card.itemId)),
    [{ kind, id }],
    ctx.clock.now(),
  );
  return {
    items: shown
      .flatMap(({ card }) => {
        const match = matches.get(keyOf(card.itemId));
        return match
          ? [
              {
                item: {
                  type: card.itemType,
                  id: card.itemId,
                  slug: card.slug,
                  title: card.title,
                  organization: { id: card.organizationId, name: card.organizationName },
                  country: card.country,
                },
                match,
                saved: verdicts.get(keyOf(card.itemId)) === "saved",
              },
            ]
          : [];
      })
      .sort((a, b) => b.match.score - a.match.score || a.item.id.localeCompare(b.item.id)),
  };
}

/** An item's id from its id or slug, or a 404 naming the kind. */
async function resolveId(db: Database, kind: ItemKind, idOrSlug: string): Promise<string> {
  const id = await selectItemId(db, TABLE[kind], idOrSlugKey(idOrSlug));
  if (!id) throw new AppError("not_found", `No such ${kind}`);
  return id;
}

/** The solutions that best answer a challenge, each with its score, parts and reasons. */
export async function challengeMatches(
  ctx: ServiceContext,
  idOrSlug: string,
  limit: number,
): Promise<Recommendations> {
  return recommendations(ctx, "challenge", await resolveId(ctx.db, "challenge", idOrSlug), limit);
}

/** The open challenges a solution answers best, each with its score, parts and reasons. */
export async function solutionMatches(
  ctx: ServiceContext,
  idOrSlug: string,
  limit: number,
): Promise<Recommendations> {
  return recommendations(ctx, "solution", await resolveId(ctx.db, "solution", idOrSlug), limit);
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
/** Pairs shown (and explained) per counterpart. */
const PAIRS_SHOWN = 3;

type Counterpart = Counterparts["items"][number];

/**
 * An organization's best counterparts: its open challenges' best solutions and its
 * solutions' best open challenges (from the stored lists), grouped by the other side's
 * organization. A counterpart ranks by its best pair, then by how many pairs it has.
 * `keep` picks which ranked counterparts to explain and return (people to meet keeps
 * those present at an edition).
 */
export async function counterpartsOf(
  ctx: ServiceContext,
  organizationId: string,
  limit: number,
  keep: (organizationId: string) => boolean = () => true,
): Promise<Counterparts> {
  const items = (await selectOrganizationItems(ctx.db, organizationId, ORGANIZATION_ITEMS)).filter(
    (item) => can(ctx.actor, "see", item),
  );
  await awaitFreshMatches(ctx.db);
  const lists = await selectStoredListsOf(
    ctx.db,
    items.map((item) => item.id),
  );
  const dismissed = ctx.actor
    ? await selectDismissedPairs(
        ctx.db,
        ctx.actor.personId,
        items.map((item) => item.id),
      )
    : new Set<string>();
  type Found = { source: (typeof items)[number]; targetId: string; score: number };
  const byOrganization = new Map<string, Found[]>();
  for (const item of items) {
    const list = lists.get(item.id);
    if (!list) continue;
    const entries = (
      await visibleList(ctx, {
        targets: list.targets.slice(0, MATCHES_PER_ITEM),
        scores: list.scores.slice(0, MATCHES_PER_ITEM),
      })
    ).filter((entry) => entry.card.organizationId !== organizationId);
    for (const { card, storedScore } of entries) {
      const key =
        item.type === "challenge" ? `${item.id}|${card.itemId}` : `${card.itemId}|${item.id}`;
      if (dismissed.has(key)) continue;
      const found = byOrganization.get(card.organizationId) ?? [];
      found.push({ source: item, targetId: card.itemId, score: storedScore });
      byOrganization.set(card.organizationId, found);
    }
  }
  const ranked = [...byOrganization]
    .filter(([id]) => keep(id))
    .map(([id, found]) => ({
      id,
      found: found.sort((a, b) => b.score - a.score),
    }))
    .sort(
      (a, b) =>
        (b.found[0]?.score ?? 0) - (a.found[0]?.score ?? 0) ||
        b.found.length - a.found.length ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit);
  const shownPairs = ranked.flatMap((counterpart) => counterpart.found.slice(0, PAIRS_SHOWN));
  const pairOf = (found: Found) =>
    found.source.type === "challenge"
      ? { challengeId: found.source.id, solutionId: found.targetId }
      : { challengeId: found.targetId, solutionId: found.source.id };
  const matches = await explainPairs(
    ctx.db,
    shownPairs.map(pairOf),
    items.map((item) => ({ kind: item.type, id: item.id })),
    ctx.clock.now(),
  );
  const titles = new Map(
    (
      await selectItemCards(ctx.db, [
        ...new Set(shownPairs.flatMap((found) => [found.source.id, found.targetId])),
      ])
    ).map((card) => [card.itemId, card]),
  );
  const organizations = new Map(
    (
      await selectOrganizationRefs(
        ctx.db,
        ranked.map((counterpart) => counterpart.id),
      )
    ).map((org) => [org.id, org]),
  );
  const result: Counterpart[] = [];
  for (const counterpart of ranked) {
    const organization = organizations.get(counterpart.id);
    if (!organization) continue;
    const pairs = counterpart.found.slice(0, PAIRS_SHOWN).flatMap((found) => {
      const pair = pairOf(found);
      const match = matches.get(`${pair.challengeId}|${pair.solutionId}`);
      const challenge = titles.get(pair.challengeId);
      const solution = titles.get(pair.solutionId);
      if (!match || !challenge || !solution) return [];
      const ref = (card: typeof challenge) => ({
        id: card.itemId,
        slug: card.slug,
        title: card.title,
      });
      return [
        {
          challenge: ref(challenge),
          solution: ref(solution),
          score: match.score,
          reasons: match.reasons.slice(0, 2),
        },
      ];
    });
    pairs.sort((a, b) => b.score - a.score);
    result.push({
      organization,
      score: pairs[0]?.score ?? counterpart.found[0]?.score ?? 0,
      pairCount: counterpart.found.length,
      pairs,
    });
  }
  return { items: result };
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
  const counterparts = await counterpartsOf(ctx, own, limit, (id) => present.has(id));
  return {
    items: counterparts.items.map((counterpart) => ({
      ...counterpart,
      people: present.get(counterpart.organization.id) ?? [],
    })),
  };
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
  await ctx.db.transaction(async (tx) => {
    await upsertMatchWeights(tx, weights, ctx.actor.personId, ctx.clock.now());
    // Every stored list was ranked with the old weights.
    await requestMatchRebuild(tx);
  });
  refreshMatches(ctx.db).catch(() => {});
  return getMatchWeights(ctx);
}
