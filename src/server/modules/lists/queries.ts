import { and, asc, count, countDistinct, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import {
  challengeListItems,
  challengeLists,
  challenges,
  cities,
  events,
  organizations,
} from "../../db/schema/index.ts";
import type { Actor } from "../../http/context.ts";
import { afterCursor, type KeysetSort, orderByKeyset } from "../../http/pagination.ts";
import { visibleTo } from "../items/queries.ts";

export type ListInsert = typeof challengeLists.$inferInsert;

function selectWithEvent(db: Database) {
  return db
    .select({
      ...getTableColumns(challengeLists),
      eventSlug: events.slug,
      eventName: events.name,
    })
    .from(challengeLists)
    .leftJoin(events, eq(events.id, challengeLists.eventId));
}
export type ListRow = Awaited<ReturnType<typeof selectWithEvent>>[number];

/** Drafts are seen by platform admins and by organizers of the list's edition. */
function visibleLists(actor: Actor | null) {
  if (actor?.platformAdmin) return undefined;
  const published = eq(challengeLists.status, "published");
  if (!actor || actor.organizerOf.length === 0) return published;
  return sql`(${published} OR ${inArray(challengeLists.eventId, actor.organizerOf)})`;
}

export async function selectListsPage(
  db: Database,
  actor: Actor | null,
  filter: { eventId?: string | undefined; status?: "draft" | "published" | undefined },
  sort: KeysetSort,
  cursor: string | undefined,
  limit: number,
) {
  const where = and(
    visibleLists(actor),
    filter.eventId ? eq(challengeLists.eventId, filter.eventId) : undefined,
    filter.status ? eq(challengeLists.status, filter.status) : undefined,
  );
  const rows = await selectWithEvent(db)
    .where(and(where, afterCursor(sort, challengeLists.id, cursor)))
    .orderBy(...orderByKeyset(sort, challengeLists.id))
    .limit(limit + 1);
  const [totals] = await db.select({ total: count() }).from(challengeLists).where(where);
  return { rows, total: totals?.total ?? 0 };
}

export async function selectList(db: Database, key: { id: string } | { slug: string }) {
  const [row] = await selectWithEvent(db).where(
    "id" in key ? eq(challengeLists.id, key.id) : eq(challengeLists.slug, key.slug),
  );
  return row ?? null;
}

/** The list's challenges the viewer may see, in list order, with owner and city. */
export async function selectListChallenges(db: Database, actor: Actor | null, listId: string) {
  return db
    .select({
      position: challengeListItems.position,
      ...getTableColumns(challenges),
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
      organizationCountry: organizations.country,
      cityId: cities.id,
      citySlug: cities.slug,
      cityName: cities.name,
    })
    .from(challengeListItems)
    .innerJoin(challenges, eq(challenges.id, challengeListItems.challengeId))
    .innerJoin(organizations, eq(organizations.id, challenges.organizationId))
    .leftJoin(cities, eq(cities.organizationId, organizations.id))
    .where(and(eq(challengeListItems.listId, listId), visibleTo(actor, challenges)))
    .orderBy(asc(challengeListItems.position));
}

/** Demands, cities and countries of the public challenges of each list. */
export async function selectListStats(db: Database, listIds: string[]) {
  if (listIds.length === 0) return [];
  return db
    .select({
      listId: challengeListItems.listId,
      demands: count(),
      cities: countDistinct(sql`coalesce(${cities.id}, ${organizations.cityId})`),
      countries: countDistinct(organizations.country),
    })
    .from(challengeListItems)
    .innerJoin(challenges, eq(challenges.id, challengeListItems.challengeId))
    .innerJoin(organizations, eq(organizations.id, challenges.organizationId))
    .leftJoin(cities, eq(cities.organizationId, organizations.id))
    .where(and(inArray(challengeListItems.listId, listIds), eq(challenges.visibility, "public")))
    .groupBy(challengeListItems.listId);
}

export async function selectNonPublicChallenges(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: challenges.id, title: challenges.title, visibility: challenges.visibility })
    .from(challenges)
    .where(and(inArray(challenges.id, ids), sql`${challenges.visibility} <> 'public'`));
}

export async function selectListChallengeIds(db: Database, listId: string) {
  const rows = await db
    .select({ challengeId: challengeListItems.challengeId })
    .from(challengeListItems)
    .where(eq(challengeListItems.listId, listId))
    .orderBy(asc(challengeListItems.position));
  return rows.map((row) => row.challengeId);
}

export async function listSlugTaken(db: Database, slug: string) {
  const [row] = await db
    .select({ id: challengeLists.id })
    .from(challengeLists)
    .where(eq(challengeLists.slug, slug));
  return Boolean(row);
}

export async function insertList(db: Database, values: ListInsert) {
  const [row] = await db.insert(challengeLists).values(values).returning({ id: challengeLists.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function updateListRow(db: Database, id: string, values: Partial<ListInsert>) {
  await db
    .update(challengeLists)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(challengeLists.id, id));
}

/** Replaces the list's challenges with `challengeIds`, in that order. */
export async function replaceListItems(db: Database, listId: string, challengeIds: string[]) {
  await db.delete(challengeListItems).where(eq(challengeListItems.listId, listId));
  if (challengeIds.length > 0) {
    await db
      .insert(challengeListItems)
      .values(
        challengeIds.map((challengeId, index) => ({ listId, challengeId, position: index + 1 })),
      );
  }
}

export async function deleteListRow(db: Database, id: string) {
  await db.delete(challengeLists).where(eq(challengeLists.id, id));
}
