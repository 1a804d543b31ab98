import type { Actor } from "../../http/context.ts";

/**
 * Cities policy: the directory is curated by platform admins; the admins of the
 * organization that represents a city may keep its facts up to date.
 */
export function can(
  actor: Actor | null,
  action: "create" | "edit" | "delete",
  city?: { organizationId: string | null },
): boolean {
  if (!actor) return false;
  if (actor.platformAdmin) return true;
  if (action !== "edit" || !city?.organizationId) return false;
  return actor.organizationId === city.organizationId && actor.organizationRole === "admin";
}
