import type { Actor } from "../../http/context.ts";

type MeetingAction =
  | "see-programme"
  | "manage"
  | "request"
  | "respond"
  | "withdraw"
  | "cancel"
  | "see-meeting"
  | "record-outcome";

interface Subject {
  event: { id: string; status: string };
  /** People the subject concerns: a request's two sides, a meeting's attendees. */
  people?: readonly string[];
  /** The recipient of a request. */
  recipientId?: string;
  requesterId?: string;
  /** Whether the caller takes part in the edition (any role but organizer). */
  participant?: boolean;
}

/**
 * B2B meetings policy. An edition's programme (slots, tables) is public with the edition;
 * requests, meetings and agendas are seen by the people in them, the edition's organizers
 * and platform admins — nobody else learns who meets whom. Participants request and answer;
 * organizers run the programme, match people, place meetings and schedule.
 */
export function can(actor: Actor | null, action: MeetingAction, subject: Subject): boolean {
  const organizes = Boolean(
    actor && (actor.platformAdmin || actor.organizerOf.includes(subject.event.id)),
  );
  const involved = Boolean(actor && subject.people?.includes(actor.personId));
  switch (action) {
    case "see-programme":
      return subject.event.status !== "draft" || organizes;
    case "manage":
      return organizes;
    case "request":
      return Boolean(actor) && subject.event.status === "published" && subject.participant === true;
    case "respond":
      return Boolean(actor && actor.personId === subject.recipientId);
    case "withdraw":
      return Boolean(actor && actor.personId === subject.requesterId);
    case "cancel":
    case "see-meeting":
      return involved || organizes;
    case "record-outcome":
      return involved;
  }
}
