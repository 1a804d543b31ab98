import { and, desc, eq, inArray, sql } from "drizzle-orm";
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
import { asBytes, unpackInt32 } from "../search/queries.ts";

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

/** Cases per solution that count as evidence (more add next to nothing to the score). */
export const EVIDENCE_CASES = 12;

/**
 * Solutions with what matching needs: provider, text lexemes, and the evidence behind
 * them — the solution's deployments and the public cases its provider took part in.
 */
export async function selectSolutionProfiles(
  db: Database,
  ids: string[],
  evidenceDomains?: readonly string[],
): Promise<{ profile: SolutionProfile; visibility: string }[]> {
  if (ids.length === 0) return [];
  const idArray = `{${ids.join(",")}}`;
  const [solutionRows = [], deploymentRows = [], caseRows = []] = await inTurn([
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
    // Evidence saturates after a few cases, and only cases in the challenge's domains
    // count: the most recent dozen per solution, in those domains when known.
    () =>
      rows(
        db,
        sql`
      SELECT s.id AS solution_id, k.*
        FROM solutions s
        CROSS JOIN LATERAL (
          SELECT k.id AS case_id, k.domains, ci.name AS place_name, ci.country AS place_country,
                 ci.continent::text AS place_continent, ci.population AS place_population,
                 extract(year FROM k.ended_on)::int AS year
            FROM case_partners cp
            JOIN cases k ON k.id = cp.case_id AND k.visibility = 'public'
            JOIN cities ci ON ci.id = k.city_id
           WHERE cp.organization_id = s.organization_id
             ${evidenceDomains ? sql`AND k.domains && ${`{${evidenceDomains.join(",")}}`}::text[]` : sql``}
           ORDER BY k.ended_on DESC NULLS LAST, k.id
           LIMIT ${EVIDENCE_CASES}
        ) k
       WHERE s.id = ANY(${idArray}::uuid[])`,
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
  for (const row of caseRows) {
    const where = place(row, "place_");
    if (where)
      add(String(row.solution_id), {
        kind: "case",
        place: where,
        domains: textArray(row.domains),
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

/** Docs whose document holds any of the lexemes (exact stems, as the index stores them). */
export async function selectDocsWithAnyLexeme(
  db: Database,
  lexemes: string[],
): Promise<Int32Array> {
  if (lexemes.length === 0) return new Int32Array(0);
  const query = lexemes
    .map((lexeme) => `'${lexeme.replace(/'/g, "''").replace(/\\/g, "\\\\")}'`)
    .join(" | ");
  await db.execute(sql.raw("SET LOCAL enable_seqscan = off"));
  const [row] = await rows(
    db,
    sql`SELECT string_agg(int4send(doc), ''::bytea) AS docs FROM search_documents WHERE document @@ ${query}::tsquery`,
  );
  return unpackInt32(asBytes(row?.docs));
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
