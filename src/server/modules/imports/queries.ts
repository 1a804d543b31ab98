import { eq, inArray, or } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { challenges, itemVersions, organizations, solutions } from "../../db/schema/index.ts";

export async function selectOrganizationsByRef(db: Database, refs: string[]) {
  const ids = refs.filter((ref) => /^[0-9a-f-]{36}$/i.test(ref));
  const slugs = refs.filter((ref) => !/^[0-9a-f-]{36}$/i.test(ref));
  if (refs.length === 0) return [];
  return db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(
      or(
        ids.length > 0 ? inArray(organizations.id, ids) : undefined,
        slugs.length > 0 ? inArray(organizations.slug, slugs) : undefined,
      ),
    );
}

export async function selectOrganizationById(db: Database, id: string) {
  const [row] = await db
    .select({ id: organizations.id, slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row ?? null;
}

export async function selectAllSlugs(db: Database, kind: "challenges" | "solutions") {
  const table = kind === "challenges" ? challenges : solutions;
  const rows = await db.select({ slug: table.slug }).from(table);
  return new Set(rows.map((row) => row.slug));
}

const BATCH = 500;

/** Inserts the rows in batches and records version 1 of each; one transaction is the caller's. */
export async function insertImportedRows(
  db: Database,
  kind: "challenges" | "solutions",
  rows: (typeof challenges.$inferInsert)[] | (typeof solutions.$inferInsert)[],
  changedById: string,
  changedAt: Date,
) {
  let created = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const inserted =
      kind === "challenges"
        ? await db
            .insert(challenges)
            .values(batch as (typeof challenges.$inferInsert)[])
            .returning()
        : await db
            .insert(solutions)
            .values(batch as (typeof solutions.$inferInsert)[])
            .returning();
    await db.insert(itemVersions).values(
      inserted.map((row) => ({
        itemType: kind === "challenges" ? ("challenge" as const) : ("solution" as const),
        itemId: row.id,
        version: row.version,
        snapshot: row,
        changedById,
        changedAt,
      })),
    );
    created += inserted.length;
  }
  return created;
}
