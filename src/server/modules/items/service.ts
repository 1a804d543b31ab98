import type { Database } from "../../db/client.ts";
import type { ItemType } from "../../db/schema/index.ts";
import type { Actor, ServiceContext } from "../../http/context.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { can, type OwnedItem } from "./policy.ts";
import { insertVersion, selectVersions } from "./queries.ts";

const LABELS: Record<ItemType, string> = {
  challenge: "Challenge",
  solution: "Solution",
  case: "Case",
};

/** An item the caller may not see does not exist for them (404, not 403). */
export function ensureVisible<T extends OwnedItem>(
  actor: Actor | null,
  itemType: ItemType,
  row: T | null,
): T {
  if (!row || !can(actor, "see", row)) throw notFound(LABELS[itemType]);
  return row;
}

/** Records the saved state of an item (and its parts) as its version `row.version`. */
export async function recordVersion(
  db: Database,
  itemType: ItemType,
  row: { id: string; version: number } & Record<string, unknown>,
  changedBy: Actor,
  changedAt: Date,
) {
  await insertVersion(db, {
    itemType,
    itemId: row.id,
    version: row.version,
    snapshot: row,
    changedById: changedBy.personId,
    changedAt,
  });
}

export function staleVersion(itemType: ItemType, current: number, expected: number) {
  return new AppError(
    "conflict",
    `${LABELS[itemType]} was changed by someone else (version ${current}, you edited ${expected}); reload and apply your edit again`,
    { currentVersion: current },
  );
}

export async function listVersions(ctx: ServiceContext, itemType: ItemType, itemId: string) {
  const rows = await selectVersions(ctx.db, itemType, itemId);
  return rows.map((row) => ({
    version: row.version,
    changedAt: row.changedAt.toISOString(),
    changedBy:
      row.changedById && row.changedByName
        ? { id: row.changedById, name: row.changedByName }
        : null,
  }));
}
