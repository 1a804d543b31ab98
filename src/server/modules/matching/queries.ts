import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import type {
  ChallengeProfile,
  Evidence,
  Place,
  PriceModel,
  ProcurementStage,
  SolutionProfile,
} from "../../../core/matching/profile.ts";
import { FIELD, type TextProfile } from "../../../core/matching/profile.ts";
import type { Database } from "../../db/client.ts";
import {
  challenges,
  matchFeedback,
  matchSettings,
  searchItems,
  solutions,
} from "../../db/schema/index.ts";

type Row = Record<string, unknown>;

async function rows(db: Database, statement: ReturnType<typeof sql>): Promise<Row[]> {
  return ((await db.execute(statement)) as unknown as { rows: Row[] }).rows;
}

/**
 * Runs statements one after the other: callers pass a transaction, and its single
 * connection would queue parallel statements anyway (pg deprecates doing so).
 */
async function inTurn<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (const task of tasks) results.push(await task());
  return results;
}

/** pg parses arrays; PGlite may hand some over as literals. */
function textArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== "string" || value === "{}" || value === "") return [];
  return value
    .slice(1, -1)
    .split(",")
    .map((item) => item.replace(/^"(.*)"$/, "$1").replace(/\\(.)/g, "$1"));
}

const numberOrNull = (value: unknown) =>
  value === null || value === undefined ? null : Number(value);

/** Lexemes of the title and tags (A), summary (B) and description (C) of an indexed item. */
const lexemeColumns = (document: ReturnType<typeof sql>) => sql`
  tsvector_to_array(ts_filter(${document}, '{a}')) AS title_lexemes,
  tsvector_to_array(ts_filter(${document}, '{b}')) AS summary_lexemes,
  tsvector_to_array(ts_filter(${document}, '{c}')) AS description_lexemes`;

function textProfile(row: Row): TextProfile {
  const profile = new Map<string, number>();
  const add = (lexemes: unknown, field: number) => {
    for (const lexeme of textArray(lexemes))
      profile.set(lexeme, (profile.get(lexeme) ?? 0) | field);
  };
  add(row.title_lexemes, FIELD.title);
  add(row.summary_lexemes, FIELD.summary);
  add(row.description_lexemes, FIELD.description);
  return profile;
}

function place(row: Row, prefix: string): Place | null {
  const country = row[`${prefix}country`];
  if (typeof country !== "string") return null;
  return {
    name: String(row[`${prefix}name`] ?? country),
    country,
    continent: String(row[`${prefix}continent`] ?? ""),
    population: numberOrNull(row[`${prefix}population`]),
  };
}

export interface ChallengeRow {
  profile: ChallengeProfile;
  visibility: string;
  status: string;
  budget: { amount: number; currency: string } | null;
}

/**
 * Challenges with what matching needs: text lexemes from the search index, and the place
 * they are for (the owner's city, else its country).
 */
export async function selectChallengeProfiles(
  db: Database,
  ids: string[],
): Promise<ChallengeRow[]> {
  if (ids.length === 0) return [];
  const result = await rows(
    db,
    sql`
    SELECT c.id, c.organization_id, c.domains, c.sdgs, c.stage, c.budget_min, c.budget_max,
           c.currency, c.preferred_partner_kinds::text[] AS preferred_partner_kinds, c.language,
           c.visibility, c.status,
           coalesce(c.budget_max, c.budget_min) * CASE WHEN c.currency = 'USD' THEN 1 ELSE (
             SELECT r.usd_per_unit FROM exchange_rates r
              WHERE r.currency = c.currency AND r.valid_from <= current_date
              ORDER BY r.valid_from DESC LIMIT 1) END AS budget_usd,
           coalesce(ci.name, co.name) AS place_name, coalesce(ci.country, o.country) AS place_country,
           coalesce(ci.continent::text, co.continent) AS place_continent, ci.population AS place_population,
           ${lexemeColumns(sql`d.document`)}
      FROM challenges c
      JOIN organizations o ON o.id = c.organization_id
      LEFT JOIN cities ci ON ci.id = o.city_id
      LEFT JOIN countries co ON co.code = o.country
      JOIN search_items si ON si.item_type = 'challenge' AND si.item_id = c.id
      JOIN search_documents d ON d.doc = si.doc
     WHERE c.id = ANY(${`{${ids.join(",")}}`}::uuid[])`,
  );
  return result.map((row) => {
    const amount = numberOrNull(row.budget_max) ?? numberOrNull(row.budget_min);
    const budget =
      amount !== null && typeof row.currency === "string"
        ? { amount, currency: row.currency }
        : null;
    return {
      visibility: String(row.visibility),
      status: String(row.status),
      budget,
      profile: {
        id: String(row.id),
        organizationId: String(row.organization_id),
        text: textProfile(row),
        domains: textArray(row.domains),
        sdgs: (Array.isArray(row.sdgs) ? row.sdgs : textArray(row.sdgs)).map(Number),
        stage: row.stage as ProcurementStage,
        // Converted at the organizers' latest rate; unknown when no rate is kept.
        budgetUsd: numberOrNull(row.budget_usd),
        preferredPartnerKinds: textArray(row.preferred_partner_kinds),
        language: String(row.language),
        place: place(row, "place_"),
      },
    };
  });
}

/**
 * Solutions with what matching needs: provider, text lexemes, and their deployments as
 * evidence (the provider's delivered cases come per organization: selectCaseEvidence).
 */
export async function selectSolutionProfiles(
  db: Database,
  ids: string[],
): Promise<{ profile: SolutionProfile; visibility: string }[]> {
  if (ids.length === 0) return [];
  const idArray = `{${ids.join(",")}}`;
  const [solutionRows = [], deploymentRows = []] = await inTurn([
    () =>
      rows(
        db,
        sql`
      SELECT s.id, s.organization_id, o.kind::text AS provider_kind, o.country AS provider_country,
             s.domains, s.sdgs, s.trl, s.price_model, s.regions_served::text[] AS regions_served,
             s.languages, s.updated_at, s.visibility, ${lexemeColumns(sql`d.document`)}
        FROM solutions s
        JOIN organizations o ON o.id = s.organization_id
        JOIN search_items si ON si.item_type = 'solution' AND si.item_id = s.id
        JOIN search_documents d ON d.doc = si.doc
       WHERE s.id = ANY(${idArray}::uuid[])`,
      ),
    () =>
      rows(
        db,
        sql`
      SELECT d.solution_id, d.city_name AS place_name, d.country AS place_country,
             coalesce(ci.continent::text, co.continent) AS place_continent,
             ci.population AS place_population, d.year
        FROM solution_deployments d
        LEFT JOIN cities ci ON ci.id = d.city_id
        LEFT JOIN countries co ON co.code = d.country
       WHERE d.solution_id = ANY(${idArray}::uuid[])`,
      ),
  ]);
  const evidence = new Map<string, Evidence[]>();
  const add = (solutionId: string, item: Evidence) => {
    const list = evidence.get(solutionId) ?? [];
    list.push(item);
    evidence.set(solutionId, list);
  };
  const domainsOf = new Map(solutionRows.map((row) => [String(row.id), textArray(row.domains)]));
  for (const row of deploymentRows) {
    const where = place(row, "place_");
    if (where)
      add(String(row.solution_id), {
        kind: "deployment",
        place: where,
        domains: domainsOf.get(String(row.solution_id)) ?? [],
        year: numberOrNull(row.year),
      });
  }
  return solutionRows.map((row) => ({
    visibility: String(row.visibility),
    profile: {
      id: String(row.id),
      organizationId: String(row.organization_id),
      providerKind: String(row.provider_kind),
      providerCountry: String(row.provider_country),
      text: textProfile(row),
      domains: textArray(row.domains),
      sdgs: (Array.isArray(row.sdgs) ? row.sdgs : textArray(row.sdgs)).map(Number),
      trl: Number(row.trl),
      priceModel: row.price_model as PriceModel,
      regionsServed: textArray(row.regions_served),
      languages: textArray(row.languages),
      evidence: evidence.get(String(row.id)) ?? [],
      updatedAt: new Date(row.updated_at as string | Date),
    },
  }));
}

/**
 * The public cases each organization delivered as a partner, newest first: evidence for
 * all its solutions. For the given organizations, or all of them.
 */
export async function selectCaseEvidence(
  db: Database,
  organizationIds: string[] | "all",
): Promise<Map<string, Evidence[]>> {
  if (organizationIds !== "all" && organizationIds.length === 0) return new Map();
  const result = await rows(
    db,
    sql`
    SELECT cp.organization_id, k.domains, ci.name AS place_name, ci.country AS place_country,
           ci.continent::text AS place_continent, ci.population AS place_population,
           extract(year FROM k.ended_on)::int AS year
      FROM case_partners cp
      JOIN cases k ON k.id = cp.case_id AND k.visibility = 'public'
      JOIN cities ci ON ci.id = k.city_id
     ${organizationIds === "all" ? sql`` : sql`WHERE cp.organization_id = ANY(${`{${organizationIds.join(",")}}`}::uuid[])`}
     ORDER BY cp.organization_id, k.ended_on DESC NULLS LAST, k.id`,
  );
  const byOrganization = new Map<string, Evidence[]>();
  for (const row of result) {
    const where = place(row, "place_");
    if (!where) continue;
    const key = String(row.organization_id);
    const list = byOrganization.get(key) ?? [];
    list.push({
      kind: "case",
      place: where,
      domains: textArray(row.domains),
      year: numberOrNull(row.year),
    });
    byOrganization.set(key, list);
  }
  return byOrganization;
}

/** How many indexed items hold each lexeme (any field). A full pass: callers cache it. */
export async function selectLexemeFrequencies(db: Database): Promise<Map<string, number>> {
  const result = await rows(
    db,
    sql`SELECT word, ndoc FROM ts_stat('SELECT document FROM search_documents')`,
  );
  return new Map(result.map((row) => [String(row.word), Number(row.ndoc)]));
}

export async function selectAreaNames(db: Database): Promise<Map<string, string>> {
  const result = await rows(db, sql`SELECT code, name FROM areas`);
  return new Map(result.map((row) => [String(row.code), String(row.name)]));
}

/** Each word with its English and Spanish stems, as the index's dictionaries stem it. */
export async function selectStems(
  db: Database,
  words: string[],
): Promise<{ w: string; en: unknown; es: unknown }[]> {
  if (words.length === 0) return [];
  return (await rows(
    db,
    sql`SELECT w, ts_lexize('english_stem', w) AS en, ts_lexize('spanish_stem', w) AS es
          FROM unnest(ARRAY[${sql.join(
            words.map((word) => sql`${word}`),
            sql`, `,
          )}]::text[]) AS w`,
  )) as { w: string; en: unknown; es: unknown }[];
}

/** The words an item is written in (title, summary, tags, the start of its description): enough to name the stems reasons show. */
export async function selectSourceWords(
  db: Database,
  table: "challenges" | "solutions",
  id: string,
): Promise<string> {
  const [row] = await rows(
    db,
    sql`SELECT title || ' ' || summary || ' ' || array_to_string(tags, ' ') || ' ' || left(description, 400) AS words
          FROM ${sql.identifier(table)} WHERE id = ${id}`,
  );
  return String(row?.words ?? "");
}

export async function selectItemId(
  db: Database,
  table: "challenges" | "solutions",
  key: { id: string } | { slug: string },
): Promise<string | null> {
  const where = "id" in key ? sql`id = ${key.id}` : sql`slug = ${key.slug}`;
  const [row] = await rows(db, sql`SELECT id FROM ${sql.identifier(table)} WHERE ${where}`);
  return row ? String(row.id) : null;
}

/** What a list of recommendations shows of each item. */
export async function selectItemCards(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      itemType: searchItems.itemType,
      itemId: searchItems.itemId,
      slug: searchItems.slug,
      title: searchItems.title,
      organizationId: searchItems.organizationId,
      organizationName: searchItems.organizationName,
      country: searchItems.country,
    })
    .from(searchItems)
    .where(inArray(searchItems.itemId, ids));
}

/** A person's verdicts on the pairs of one challenge or one solution: key "challenge|solution". */
export async function selectVerdicts(
  db: Database,
  personId: string,
  side: { challengeId: string } | { solutionId: string },
): Promise<Map<string, "dismissed" | "saved">> {
  const rows = await db
    .select()
    .from(matchFeedback)
    .where(
      and(
        eq(matchFeedback.personId, personId),
        "challengeId" in side
          ? eq(matchFeedback.challengeId, side.challengeId)
          : eq(matchFeedback.solutionId, side.solutionId),
      ),
    );
  return new Map(rows.map((row) => [`${row.challengeId}|${row.solutionId}`, row.verdict]));
}

/** The pairs a person dismissed that involve any of some items: keys "challenge|solution". */
export async function selectDismissedPairs(
  db: Database,
  personId: string,
  itemIds: string[],
): Promise<Set<string>> {
  if (itemIds.length === 0) return new Set();
  const rows = await db
    .select({ challengeId: matchFeedback.challengeId, solutionId: matchFeedback.solutionId })
    .from(matchFeedback)
    .where(
      and(
        eq(matchFeedback.personId, personId),
        eq(matchFeedback.verdict, "dismissed"),
        or(inArray(matchFeedback.challengeId, itemIds), inArray(matchFeedback.solutionId, itemIds)),
      ),
    );
  return new Set(rows.map((row) => `${row.challengeId}|${row.solutionId}`));
}

export async function upsertVerdict(db: Database, row: typeof matchFeedback.$inferInsert) {
  await db
    .insert(matchFeedback)
    .values(row)
    .onConflictDoUpdate({
      target: [matchFeedback.personId, matchFeedback.challengeId, matchFeedback.solutionId],
      set: { verdict: row.verdict, at: row.at },
    });
}

export async function deleteVerdict(
  db: Database,
  personId: string,
  challengeId: string,
  solutionId: string,
) {
  await db
    .delete(matchFeedback)
    .where(
      and(
        eq(matchFeedback.personId, personId),
        eq(matchFeedback.challengeId, challengeId),
        eq(matchFeedback.solutionId, solutionId),
      ),
    );
}

export async function selectSavedPairs(db: Database, personId: string) {
  return db
    .select({
      challengeId: matchFeedback.challengeId,
      challengeSlug: challenges.slug,
      challengeTitle: challenges.title,
      solutionId: matchFeedback.solutionId,
      solutionSlug: solutions.slug,
      solutionTitle: solutions.title,
      at: matchFeedback.at,
    })
    .from(matchFeedback)
    .innerJoin(challenges, eq(challenges.id, matchFeedback.challengeId))
    .innerJoin(solutions, eq(solutions.id, matchFeedback.solutionId))
    .where(and(eq(matchFeedback.personId, personId), eq(matchFeedback.verdict, "saved")))
    .orderBy(desc(matchFeedback.at));
}

/** An organization's items that matching starts from: open challenges and solutions, newest first. */
export async function selectOrganizationItems(db: Database, organizationId: string, limit: number) {
  const result = await rows(
    db,
    sql`(SELECT 'challenge' AS type, id, visibility::text AS visibility, organization_id, updated_at
           FROM challenges WHERE organization_id = ${organizationId} AND status IN ('open', 'in-talks')
          ORDER BY updated_at DESC LIMIT ${limit})
        UNION ALL
        (SELECT 'solution', id, visibility::text, organization_id, updated_at
           FROM solutions WHERE organization_id = ${organizationId}
          ORDER BY updated_at DESC LIMIT ${limit})`,
  );
  return result.map((row) => ({
    type: String(row.type) as "challenge" | "solution",
    id: String(row.id),
    visibility: String(row.visibility) as "public" | "members" | "draft",
    organizationId: String(row.organization_id),
  }));
}

export async function selectOrganizationRef(db: Database, key: { id: string } | { slug: string }) {
  const where = "id" in key ? sql`id = ${key.id}` : sql`slug = ${key.slug}`;
  const [row] = await rows(
    db,
    sql`SELECT id, name, kind::text AS kind, country FROM organizations WHERE ${where}`,
  );
  return row
    ? {
        id: String(row.id),
        name: String(row.name),
        kind: String(row.kind),
        country: String(row.country),
      }
    : null;
}

/** Organizations by id with their names, kinds and countries. */
export async function selectOrganizationRefs(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  const result = await rows(
    db,
    sql`SELECT id, name, kind::text AS kind, country FROM organizations WHERE id = ANY(${`{${ids.join(",")}}`}::uuid[])`,
  );
  return result.map((row) => ({
    id: String(row.id),
    name: String(row.name),
    kind: String(row.kind),
    country: String(row.country),
  }));
}

/** Who takes part in an edition, with their organization (participation's, else their own). */
export async function selectEventParticipants(db: Database, eventId: string) {
  const result = await rows(
    db,
    sql`SELECT DISTINCT p.id AS person_id, p.name, coalesce(pa.organization_id, p.organization_id) AS organization_id,
               pa.role::text AS role
          FROM participations pa JOIN people p ON p.id = pa.person_id
         WHERE pa.event_id = ${eventId} AND pa.role <> 'organizer'`,
  );
  return result.map((row) => ({
    personId: String(row.person_id),
    name: String(row.name),
    organizationId: row.organization_id ? String(row.organization_id) : null,
    role: String(row.role),
  }));
}

export async function selectMatchWeights(db: Database) {
  const [row] = await db.select().from(matchSettings);
  return row ?? null;
}

export async function upsertMatchWeights(
  db: Database,
  weights: Record<string, number>,
  updatedById: string,
  at: Date,
) {
  await db
    .insert(matchSettings)
    .values({ singleton: true, weights, updatedById, updatedAt: at })
    .onConflictDoUpdate({
      target: matchSettings.singleton,
      set: { weights, updatedById, updatedAt: at },
    });
}

// ---- Stored recommendations (maintenance.ts) ----

export interface IndexRow {
  doc: number;
  itemType: "challenge" | "solution" | "case";
  itemId: string;
  visibility: string;
  status: string | null;
}

/** Indexed items written after a generation (all from -1), in doc order. */
export async function selectIndexRows(db: Database, after: number): Promise<IndexRow[]> {
  const result = await rows(
    db,
    sql`SELECT doc, item_type::text AS item_type, item_id, visibility::text AS visibility, status
          FROM search_items WHERE generation > ${after} ORDER BY doc`,
  );
  return result.map((row) => ({
    doc: Number(row.doc),
    itemType: String(row.item_type) as IndexRow["itemType"],
    itemId: String(row.item_id),
    visibility: String(row.visibility),
    status: row.status === null ? null : String(row.status),
  }));
}

/** The partner organizations of case docs (all cases, or some): whose solutions' evidence they are. */
export async function selectCasePartners(
  db: Database,
  docs: number[] | "all",
): Promise<Map<number, string[]>> {
  if (docs !== "all" && docs.length === 0) return new Map();
  const result = await rows(
    db,
    sql`SELECT si.doc, array_agg(cp.organization_id::text) AS organizations
          FROM search_items si JOIN case_partners cp ON cp.case_id = si.item_id
         WHERE si.item_type = 'case'
           ${docs === "all" ? sql`` : sql`AND si.doc = ANY(${`{${docs.join(",")}}`}::int[])`}
         GROUP BY si.doc`,
  );
  return new Map(result.map((row) => [Number(row.doc), textArray(row.organizations)]));
}

/** How many items the search index holds (the document count of the corpus statistics). */
export async function selectIndexedCount(db: Database): Promise<number> {
  const [row] = await rows(db, sql`SELECT count(*)::int AS n FROM search_items`);
  return Number(row?.n ?? 0);
}

export interface MatchStateRow {
  epoch: number;
  generation: number;
  rebuildRequested: boolean;
  rebuiltAt: Date | null;
  searchEpoch: number;
  searchGeneration: number;
}

/** Where the stored recommendations stand against the search index; `lock` holds the row for a writer. */
export async function selectMatchState(db: Database, lock = false): Promise<MatchStateRow> {
  const [row] = await rows(
    db,
    sql`SELECT m.epoch, m.generation, m.rebuild_requested, m.rebuilt_at,
               g.epoch AS search_epoch, g.value AS search_generation
          FROM match_state m CROSS JOIN search_generation g
          ${lock ? sql`FOR UPDATE OF m` : sql``}`,
  );
  if (!row)
    throw new Error(
      "match_state and search_generation each need their row (migrations 0005, 0009)",
    );
  return {
    epoch: Number(row.epoch),
    generation: Number(row.generation),
    rebuildRequested: Boolean(row.rebuild_requested),
    rebuiltAt: row.rebuilt_at ? new Date(row.rebuilt_at as string | Date) : null,
    searchEpoch: Number(row.search_epoch),
    searchGeneration: Number(row.search_generation),
  };
}

export async function updateMatchState(
  db: Database,
  state: { epoch: number; generation: number; rebuilt?: Date },
) {
  await db.execute(
    sql`UPDATE match_state SET epoch = ${state.epoch}, generation = ${state.generation}
        ${state.rebuilt ? sql`, rebuild_requested = false, rebuilt_at = ${state.rebuilt.toISOString()}` : sql``}`,
  );
}

/** Asks for every list to be recomputed (new weights). */
export async function requestMatchRebuild(db: Database) {
  await db.execute(sql`UPDATE match_state SET rebuild_requested = true`);
}

export interface StoredList {
  doc: number;
  targets: number[];
  scores: number[];
}

const intArray = (value: unknown): number[] =>
  (Array.isArray(value) ? value : textArray(value)).map(Number);

function storedList(row: Row): StoredList {
  return { doc: Number(row.doc), targets: intArray(row.targets), scores: intArray(row.scores) };
}

/** The stored lists of some docs, and of the docs whose lists hold any of `holding`. */
export async function selectLists(
  db: Database,
  docs: number[],
  holding: number[],
): Promise<StoredList[]> {
  if (docs.length === 0 && holding.length === 0) return [];
  const result = await rows(
    db,
    sql`SELECT doc, targets, scores FROM match_lists
         WHERE doc = ANY(${`{${docs.join(",")}}`}::int[])
            OR targets && ${`{${holding.join(",")}}`}::int[]`,
  );
  return result.map(storedList);
}

/** Writes lists (insert or replace), a few hundred per statement. */
export async function upsertLists(
  db: Database,
  lists: { doc: number; targets: number[]; scores: number[]; sourceGeneration: number }[],
  at: Date,
  progress?: (done: number, total: number) => void,
) {
  for (let start = 0; start < lists.length; start += 500) {
    progress?.(start, lists.length);
    const chunk = lists.slice(start, start + 500);
    await db.execute(sql`
      INSERT INTO match_lists (doc, targets, scores, source_generation, computed_at)
      VALUES ${sql.join(
        chunk.map(
          (list) =>
            sql`(${list.doc}, ${`{${list.targets.join(",")}}`}::int[], ${`{${list.scores.join(",")}}`}::real[], ${list.sourceGeneration}, ${at.toISOString()})`,
        ),
        sql`, `,
      )}
      ON CONFLICT (doc) DO UPDATE SET targets = EXCLUDED.targets, scores = EXCLUDED.scores,
        source_generation = EXCLUDED.source_generation, computed_at = EXCLUDED.computed_at`);
  }
  progress?.(lists.length, lists.length);
}

export async function deleteLists(db: Database, docs: number[] | "all") {
  if (docs === "all") await db.execute(sql`DELETE FROM match_lists`);
  else if (docs.length > 0)
    await db.execute(sql`DELETE FROM match_lists WHERE doc = ANY(${`{${docs.join(",")}}`}::int[])`);
}

/** An item's stored list with what the reader checks: who may see the item, and whether the list is current. */
export async function selectStoredList(
  db: Database,
  itemType: "challenge" | "solution",
  itemId: string,
) {
  const [row] = await rows(
    db,
    sql`SELECT si.doc, si.visibility::text AS visibility, si.organization_id, si.generation,
               ml.targets, ml.scores, ml.source_generation
          FROM search_items si LEFT JOIN match_lists ml ON ml.doc = si.doc
         WHERE si.item_type = ${itemType} AND si.item_id = ${itemId}`,
  );
  if (!row) return null;
  return {
    doc: Number(row.doc),
    visibility: String(row.visibility) as "public" | "members" | "draft",
    organizationId: String(row.organization_id),
    generation: Number(row.generation),
    list:
      row.targets === null || row.targets === undefined
        ? null
        : { ...storedList(row), sourceGeneration: Number(row.source_generation) },
  };
}

/** The stored lists of several items at once (an organization's), by item id. */
export async function selectStoredListsOf(db: Database, itemIds: string[]) {
  if (itemIds.length === 0) return new Map<string, StoredList>();
  const result = await rows(
    db,
    sql`SELECT si.item_id, ml.doc, ml.targets, ml.scores
          FROM search_items si JOIN match_lists ml ON ml.doc = si.doc
         WHERE si.item_id = ANY(${`{${itemIds.join(",")}}`}::uuid[])`,
  );
  return new Map(result.map((row) => [String(row.item_id), storedList(row)]));
}

/** What a list of recommendations shows of each target, by doc, with who may see it. */
export async function selectCardsByDocs(db: Database, docs: number[]) {
  if (docs.length === 0) return [];
  const result = await rows(
    db,
    sql`SELECT doc, item_type::text AS item_type, item_id, slug, title, organization_id,
               organization_name, country, visibility::text AS visibility, status
          FROM search_items WHERE doc = ANY(${`{${docs.join(",")}}`}::int[])`,
  );
  return result.map((row) => ({
    doc: Number(row.doc),
    itemType: String(row.item_type) as "challenge" | "solution",
    itemId: String(row.item_id),
    slug: String(row.slug),
    title: String(row.title),
    organizationId: String(row.organization_id),
    organizationName: String(row.organization_name),
    country: String(row.country),
    visibility: String(row.visibility) as "public" | "members" | "draft",
    status: row.status === null ? null : String(row.status),
  }));
}
