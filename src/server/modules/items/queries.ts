import { and, desc, eq, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client.ts";
import { type ItemType, itemVersions, people } from "../../db/schema/index.ts";
import type { Actor } from "../../http/context.ts";

/** The SQL twin of `can(actor, "see", item)` for lists and search. */
export function visibleTo(
  actor: Actor | null,
  columns: { visibility: AnyPgColumn; organizationId: AnyPgColumn },
): SQL | undefined {
  if (actor?.platformAdmin) return undefined;
  if (!actor) return eq(columns.visibility, "public");
  return or(
    sql`${columns.visibility} IN ('public', 'members')`,
    actor.organizationId ? eq(columns.organizationId, actor.organizationId) : undefined,
  );
}

export async function insertVersion(
  db: Database,
  values: {
    itemType: ItemType;
    itemId: string;
    version: number;
    snapshot: unknown;
    changedById: string | null;
    changedAt: Date;
  },
) {
  await db.insert(itemVersions).values(values);
}

export async function selectVersions(db: Database, itemType: ItemType, itemId: string) {
  return db
    .select({
      version: itemVersions.version,
      changedAt: itemVersions.changedAt,
      changedById: itemVersions.changedById,
      changedByName: people.name,
      snapshot: itemVersions.snapshot,
    })
    .from(itemVersions)
    .leftJoin(people, eq(people.id, itemVersions.changedById))
    .where(and(eq(itemVersions.itemType, itemType), eq(itemVersions.itemId, itemId)))
    .orderBy(desc(itemVersions.version));
}
