import type { Actor } from "../../http/context.ts";

/**
 * Organizations policy. Anyone signed in may create an organization; its admins and
 * platform admins edit it and manage its members; only platform admins delete.
 */
export function can(
  actor: Actor | null,
  action: "create" | "edit" | "manage-members" | "delete",
  organization?: { id: string },
): boolean {
  if (!actor) return false;
  if (actor.platformAdmin) return true;
  switch (action) {
    case "create":
      return true;
    case "edit":
    case "manage-members":
      return (
        organization !== undefined &&
        actor.organizationId === organization.id &&
        actor.organizationRole === "admin"
      );
    case "delete":
      return false;
  }
}
