import type { ItemType, SavedKind } from "../../db/schema/index.ts";
import type { ActorContext } from "../../http/context.ts";
import { notFound } from "../../http/errors.ts";
import { deleteSaved, insertSaved, selectSaved, selectVisibleItem } from "./queries.ts";
import type { SavedItemResponse } from "./schema.ts";

interface SavedKey {
  kind: SavedKind;
  type: ItemType;
  id: string;
}

/** Bookmarks and follows are idempotent: saving twice keeps one, removing twice is fine. */
export async function saveItem(ctx: ActorContext, key: SavedKey): Promise<void> {
  if (!(await selectVisibleItem(ctx.db, ctx.actor, key.type, key.id))) throw notFound("Item");
  await insertSaved(ctx.db, {
    personId: ctx.actor.personId,
    kind: key.kind,
    itemType: key.type,
    itemId: key.id,
    createdAt: ctx.clock.now(),
  });
}

export async function unsaveItem(ctx: ActorContext, key: SavedKey): Promise<void> {
  await deleteSaved(ctx.db, {
    personId: ctx.actor.personId,
    kind: key.kind,
    itemType: key.type,
    itemId: key.id,
  });
}

export async function listSaved(
  ctx: ActorContext,
  kind: SavedKind | undefined,
): Promise<{ items: SavedItemResponse[] }> {
  const rows = await selectSaved(ctx.db, ctx.actor, kind);
  return {
    items: rows.map((row) => ({
      ...row,
      savedAt: row.savedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
  };
}
