import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { type ItemType, type SavedKind, savedItems, searchItems } from "../../db/schema/index.ts";
import type { Actor } from "../../http/context.ts";
import { visibleTo } from "../items/queries.ts";

const visibleIndexRows = (actor: Actor) =>
  visibleTo(actor, {
    visibility: searchItems.visibility,
    organizationId: searchItems.organizationId,
  });

/** The item as the index knows it, if the actor may see it. */
export async function selectVisibleItem(
  db: Database,
  actor: Actor,
  itemType: ItemType,
  itemId: string,
) {
  const [row] = await db
    .select({ itemId: searchItems.itemId })
    .from(searchItems)
    .where(
      and(
        eq(searchItems.itemType, itemType),
        eq(searchItems.itemId, itemId),
        visibleIndexRows(actor),
      ),
    );
  return row ?? null;
}

export async function insertSaved(
  db: Database,
  values: {
    personId: string;
    kind: SavedKind;
    itemType: ItemType;
    itemId: string;
    createdAt: Date;
  },
) {
  await db.insert(savedItems).values(values).onConflictDoNothing();
}

export async function deleteSaved(
  db: Database,
  key: { personId: string; kind: SavedKind; itemType: ItemType; itemId: string },
) {
  await db
    .delete(savedItems)
    .where(
      and(
        eq(savedItems.personId, key.personId),
        eq(savedItems.kind, key.kind),
        eq(savedItems.itemType, key.itemType),
        eq(savedItems.itemId, key.itemId),
      ),
    );
}

/** A person's saved items that still exist and that they may still see. */
export async function selectSaved(db: Database, actor: Actor, kind: SavedKind | undefined) {
  return db
    .select({
      kind: savedItems.kind,
      type: savedItems.itemType,
      id: savedItems.itemId,
      slug: searchItems.slug,
      title: searchItems.title,
      organizationName: searchItems.organizationName,
      savedAt: savedItems.createdAt,
      updatedAt: searchItems.updatedAt,
    })
    .from(savedItems)
    .innerJoin(
      searchItems,
      and(eq(searchItems.itemType, savedItems.itemType), eq(searchItems.itemId, savedItems.itemId)),
    )
    .where(
      and(
        eq(savedItems.personId, actor.personId),
        kind ? eq(savedItems.kind, kind) : undefined,
        visibleIndexRows(actor),
      ),
    )
    .orderBy(desc(savedItems.createdAt))
    .limit(1000);
}
