import { and, arrayContains, asc, count, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { likePattern } from "../../db/like.ts";
import { cities, organizations, people } from "../../db/schema/index.ts";
import { afterCursor, type KeysetSort, orderByKeyset } from "../../http/pagination.ts";

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationInsert = typeof organizations.$inferInsert;

export interface OrganizationFilter {
  q?: string | undefined;
  kind?: OrganizationRow["kind"] | undefined;
  country?: string | undefined;
  domain?: string | undefined;
  cityId?: string | undefined;
}

function organizationConditions(filter: OrganizationFilter): SQL | undefined {
  return and(
    filter.q
      ? or(
          ilike(organizations.name, likePattern(filter.q)),
          ilike(organizations.cityName, likePattern(filter.q)),
        )
      : undefined,
    filter.kind ? eq(organizations.kind, filter.kind) : undefined,
    filter.country ? eq(organizations.country, filter.country) : undefined,
    filter.domain ? arrayContains(organizations.domains, [filter.domain]) : undefined,
    filter.cityId ? eq(organizations.cityId, filter.cityId) : undefined,
  );
}

export async function selectOrganizationsPage(
  db: Database,
  filter: OrganizationFilter,
  sort: KeysetSort,
  cursor: string | undefined,
  limit: number,
) {
  const where = organizationConditions(filter);
  const rows = await db
    .select()
    .from(organizations)
    .where(and(where, afterCursor(sort, organizations.id, cursor)))
    .orderBy(...orderByKeyset(sort, organizations.id))
    .limit(limit + 1);
  const [totals] = await db.select({ total: count() }).from(organizations).where(where);
  return { rows, total: totals?.total ?? 0 };
}

export async function selectOrganization(
  db: Database,
  idOrSlug: { id: string } | { slug: string },
) {
  const [row] = await db
    .select()
    .from(organizations)
    .where(
      "id" in idOrSlug ? eq(organizations.id, idOrSlug.id) : eq(organizations.slug, idOrSlug.slug),
    );
  return row ?? null;
}

export async function selectCityRef(
  db: Database,
  where: { id: string } | { organizationId: string },
) {
  const [row] = await db
    .select({ id: cities.id, slug: cities.slug, name: cities.name, country: cities.country })
    .from(cities)
    .where(
      "id" in where ? eq(cities.id, where.id) : eq(cities.organizationId, where.organizationId),
    );
  return row ?? null;
}

export async function selectMembers(db: Database, organizationId: string) {
  return db
    .select({
      id: people.id,
      name: people.name,
      title: people.title,
      role: people.organizationRole,
    })
    .from(people)
    .where(eq(people.organizationId, organizationId))
    .orderBy(sql`${people.organizationRole} = 'admin' DESC`, asc(people.name));
}

export async function slugTaken(db: Database, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  return Boolean(row);
}

export async function insertOrganization(db: Database, values: OrganizationInsert) {
  const [row] = await db.insert(organizations).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateOrganizationRow(
  db: Database,
  id: string,
  values: Partial<OrganizationInsert>,
) {
  const [row] = await db
    .update(organizations)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(organizations.id, id))
    .returning();
  return row ?? null;
}

export async function deleteOrganizationRow(db: Database, id: string) {
  const rows = await db
    .delete(organizations)
    .where(eq(organizations.id, id))
    .returning({ id: organizations.id });
  return rows.length > 0;
}

export async function setMembership(
  db: Database,
  personId: string,
  membership: { organizationId: string; role: "admin" | "member" } | null,
) {
  const rows = await db
    .update(people)
    .set({
      organizationId: membership?.organizationId ?? null,
      organizationRole: membership?.role ?? null,
      updatedAt: sql`now()`,
    })
    .where(eq(people.id, personId))
    .returning({ id: people.id });
  return rows.length > 0;
}

export async function selectMembership(db: Database, personId: string) {
  const [row] = await db
    .select({ organizationId: people.organizationId, role: people.organizationRole })
    .from(people)
    .where(eq(people.id, personId));
  return row ?? null;
}

export async function countAdmins(db: Database, organizationId: string) {
  const [row] = await db
    .select({ admins: count() })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.organizationRole, "admin")));
  return row?.admins ?? 0;
}
