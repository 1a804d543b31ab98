import type { Side } from "../../../core/funnel/transitions.ts";
import type { Actor } from "../../http/context.ts";

interface Parties {
  requesterOrganizationId: string;
  recipientOrganizationId: string;
  eventId: string | null;
}

/** The side an actor acts for: members of either organization act for it. */
export function sideOf(actor: Actor | null, connection: Parties): Side | null {
  const own = actor?.organizationId;
  if (!own) return null;
  if (own === connection.requesterOrganizationId) return "requester";
  if (own === connection.recipientOrganizationId) return "recipient";
  return null;
}

/**
 * Who sees a connection, its steps and its deal value: the two parties, the organizers of
 * the edition it belongs to, and platform admins. Everyone else learns nothing, not even
 * that it exists.
 */
export function canView(actor: Actor | null, connection: Parties): boolean {
  if (!actor) return false;
  if (actor.platformAdmin || sideOf(actor, connection) !== null) return true;
  return connection.eventId !== null && actor.organizerOf.includes(connection.eventId);
}

/** Deal values follow the same rule; kept apart so public aggregates can never reuse views. */
export const canSeeDealValue = canView;
