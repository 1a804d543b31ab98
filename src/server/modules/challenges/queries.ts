import { and, count, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  challengeListItems,
  challengeLists,
  challenges,
  cities,
  organizations,
  people,
} from "../../db/schema/index.ts";
import type { Actor } from "../../http/context.ts";
import { afterCursor, type KeysetSort, orderByKeyset } from "../../http/pagination.ts";
import { visibleTo } from "../items/queries.ts";

export type ChallengeRecord = typeof challenges.$inferSelect;
export type ChallengeInsert = typeof challenges.$inferInsert;

const challengeWithOwnerColumns = {
  ...getTableColumns(challenges),
  organizationSlug: organizations.slug,
  organizationName: organizations.name,
  organizationKind: organizations.kind,
  organizationCountry: organizations.country,
  cityId: cities.id,
  citySlug: cities.slug,
  cityName: cities.name,
};

function selectWithOwner(db: Database) {
  return db
    .select(challengeWithOwnerColumns)
    .from(challenges)
    .innerJoin(organizations, eq(organizations.id, challenges.organizationId))
    .leftJoin(cities, eq(cities.organizationId, organizations.id));
}
export type ChallengeRow = Awaited<ReturnType<typeof selectWithOwner>>[number];

export interface ChallengeFilter {
  organizationId?: string | undefined;
  status?: ChallengeRecord["status"] | undefined;
  stage?: ChallengeRecord["stage"] | undefined;
  domain?: string | undefined;
}

export async function selectChallengesPage(
  db: Database,
  actor: Actor | null,
  filter: ChallengeFilter,
  sort: KeysetSort,
  cursor: string | undefined,
  limit: number,
) {
  const where: SQL | undefined = and(
    visibleTo(actor, challenges),
    filter.organizationId ? eq(challenges.organizationId, filter.organizationId) : undefined,
    filter.status ? eq(challenges.status, filter.status) : undefined,
    filter.stage ? eq(challenges.stage, filter.stage) : undefined,
    filter.domain ? sql`${challenges.domains} @> ARRAY[${filter.domain}]::text[]` : undefined,
  );
  const rows = await selectWithOwner(db)
    .where(and(where, afterCursor(sort, challenges.id, cursor)))
    .orderBy(...orderByKeyset(sort, challenges.id))
    .limit(limit + 1);
  const [totals] = await db.select({ total: count() }).from(challenges).where(where);
  return { rows, total: totals?.total ?? 0 };
}

export async function selectChallenge(db: Database, key: { id: string } | { slug: string }) {
  const [row] = await selectWithOwner(db).where(
    "id" in key ? eq(challenges.id, key.id) : eq(challenges.slug, key.slug),
  );
  return row ?? null;
}

export async function selectContact(db: Database, personId: string) {
  const [row] = await db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      organizationId: people.organizationId,
    })
    .from(people)
    .where(eq(people.id, personId));
  return row ?? null;
}

export async function selectListsOfChallenge(
  db: Database,
  challengeId: string,
  withDrafts: boolean,
) {
  return db
    .select({ id: challengeLists.id, slug: challengeLists.slug, title: challengeLists.title })
    .from(challengeListItems)
    .innerJoin(challengeLists, eq(challengeLists.id, challengeListItems.listId))
    .where(
      and(
        eq(challengeListItems.challengeId, challengeId),
        withDrafts ? undefined : eq(challengeLists.status, "published"),
      ),
    );
}

export async function challengeSlugTaken(db: Database, slug: string) {
  const [row] = await db
    .select({ id: challenges.id })
    .from(challenges)
    .where(eq(challenges.slug, slug));
  return Boolean(row);
}

export async function insertChallenge(db: Database, values: ChallengeInsert) {
  const [row] = await db.insert(challenges).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * Updates the challenge only if it is still at `expectedVersion`, bumping the version;
 * returns null when someone else saved first.
 */
export async function updateChallengeIfVersion(
  db: Database,
  id: string,
  expectedVersion: number,
  values: Partial<ChallengeInsert>,
) {
  const [row] = await db
    .update(challenges)
    .set({ ...values, version: sql`${challenges.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(challenges.id, id), eq(challenges.version, expectedVersion)))
    .returning();
  return row ?? null;
}

export async function deleteChallengeRow(db: Database, id: string) {
  await db.delete(challenges).where(eq(challenges.id, id));
}
