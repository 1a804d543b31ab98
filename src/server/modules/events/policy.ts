import type { Actor } from "../../http/context.ts";

type EventAction =
  | "see"
  | "create"
  | "edit"
  | "delete"
  | "see-participants"
  | "manage-participants"
  | "register";

/**
 * Events policy. Published and archived editions are public; drafts are seen by their
 * organizers and platform admins. Organizers (participation role `organizer`) run their
 * edition; only platform admins create or delete editions and appoint organizers.
 */
export function can(
  actor: Actor | null,
  action: EventAction,
  event?: { id: string; status: string },
): boolean {
  const organizes = Boolean(actor && event && actor.organizerOf.includes(event.id));
  if (action === "see") {
    return event?.status !== "draft" || Boolean(actor?.platformAdmin) || organizes;
  }
  if (!actor) return false;
  if (actor.platformAdmin) return true;
  switch (action) {
    case "create":
    case "delete":
      return false;
    case "edit":
    case "manage-participants":
      return organizes;
    case "see-participants":
      return event?.status !== "draft" || organizes;
    case "register":
      return event?.status === "published";
  }
}
