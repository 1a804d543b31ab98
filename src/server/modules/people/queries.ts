import { and, count, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { likePattern } from "../../db/like.ts";
import { organizations, people } from "../../db/schema/index.ts";
import { afterCursor, type KeysetSort, orderByKeyset } from "../../http/pagination.ts";

export const personColumns = {
  id: people.id,
  name: people.name,
  title: people.title,
  organizationId: people.organizationId,
  organizationName: organizations.name,
  organizationRole: people.organizationRole,
  email: people.email,
  languages: people.languages,
  locale: people.locale,
  bio: people.bio,
  isPlatformAdmin: people.isPlatformAdmin,
  hasAccount: sql<boolean>`${people.passwordHash} IS NOT NULL`,
  createdAt: people.createdAt,
};

export type PersonRow = {
  id: string;
  name: string;
  title: string | null;
  organizationId: string | null;
  organizationName: string | null;
  organizationRole: "admin" | "member" | null;
  email: string | null;
  languages: string[];
  locale: string;
  bio: string;
  isPlatformAdmin: boolean;
  hasAccount: boolean;
  createdAt: Date;
};

export interface PeopleFilter {
  q?: string | undefined;
  organizationId?: string | undefined;
}

function peopleConditions(filter: PeopleFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(or(ilike(people.name, pattern), ilike(people.title, pattern)));
  }
  if (filter.organizationId) conditions.push(eq(people.organizationId, filter.organizationId));
  return and(...conditions);
}

export async function selectPeoplePage(
  db: Database,
  filter: PeopleFilter,
  sort: KeysetSort,
  cursor: string | undefined,
  limit: number,
): Promise<{ rows: PersonRow[]; total: number }> {
  const where = peopleConditions(filter);
  const rows = await db
    .select(personColumns)
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(and(where, afterCursor(sort, people.id, cursor)))
    .orderBy(...orderByKeyset(sort, people.id))
    .limit(limit + 1);
  const [totals] = await db.select({ total: count() }).from(people).where(where);
  return { rows: rows as PersonRow[], total: totals?.total ?? 0 };
}

export async function selectPersonById(db: Database, id: string): Promise<PersonRow | null> {
  const [row] = await db
    .select(personColumns)
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(eq(people.id, id));
  return (row as PersonRow | undefined) ?? null;
}

export async function selectPersonIdByEmail(db: Database, email: string): Promise<string | null> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(sql`lower(${people.email}) = lower(${email})`);
  return row?.id ?? null;
}

export type PersonInsert = typeof people.$inferInsert;

export async function insertPerson(db: Database, values: PersonInsert): Promise<string> {
  const [row] = await db.insert(people).values(values).returning({ id: people.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function updatePersonRow(
  db: Database,
  id: string,
  values: Partial<PersonInsert>,
): Promise<boolean> {
  const rows = await db
    .update(people)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(people.id, id))
    .returning({ id: people.id });
  return rows.length > 0;
}

export async function deletePersonRow(db: Database, id: string): Promise<boolean> {
  const rows = await db.delete(people).where(eq(people.id, id)).returning({ id: people.id });
  return rows.length > 0;
}
