import type { Actor } from "../../http/context.ts";

export interface OwnedItem {
  organizationId: string;
  visibility: "public" | "members" | "draft";
}

/**
 * Challenges, solutions and cases share one policy. Public items are seen by everyone,
 * members-only items by anyone signed in, drafts by their organization and platform
 * admins. Only the owner organization's members (and platform admins) create, edit and
 * close; deleting is for the organization's admins and platform admins.
 */
export function can(
  actor: Actor | null,
  action: "see" | "create" | "edit" | "delete",
  item: OwnedItem | { organizationId: string },
): boolean {
  if (action === "see" && "visibility" in item) {
    if (item.visibility === "public") return true;
    if (item.visibility === "members") return actor !== null;
  }
  if (!actor) return false;
  if (actor.platformAdmin) return true;
  const ownOrganization = actor.organizationId === item.organizationId;
  if (action === "delete") return ownOrganization && actor.organizationRole === "admin";
  return ownOrganization;
}
