import type { ItemType } from "../app/api-types.ts";

/** Where each kind of marketplace item lives in the app (and in the API). */
export const ITEM_PATHS: Record<ItemType, string> = {
  challenge: "/challenges",
  solution: "/solutions",
  case: "/cases",
};

export function itemPath(type: ItemType, slug: string): string {
  return `${ITEM_PATHS[type]}/${encodeURIComponent(slug)}`;
}
