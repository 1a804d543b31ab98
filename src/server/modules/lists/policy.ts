import type { Actor } from "../../http/context.ts";

/**
 * Lists of City Challenges & Opportunities are curated by the organizers of their
 * edition (and platform admins); published lists are public, drafts are the curators'.
 */
export function can(
  actor: Actor | null,
  action: "see" | "curate",
  list: { eventId: string | null; status: "draft" | "published" },
): boolean {
  if (action === "see" && list.status === "published") return true;
  if (!actor) return false;
  if (actor.platformAdmin) return true;
  return list.eventId !== null && actor.organizerOf.includes(list.eventId);
}
