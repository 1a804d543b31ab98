import type { TFunction } from "i18next";
import type { InboxNotification } from "../../app/api-types.ts";

/**
 * The server words notifications in English as "<organization> <what happened>"; these are
 * the endings it uses per kind (src/server/modules/connections/service.ts), so the app can
 * tell the organization apart and say the rest in the reader's language.
 */
const ENGLISH_ENDINGS = {
  "connection.requested": { ending: "wants to connect", key: "requested" },
  "connection.accept": { ending: "accepted your request", key: "accept" },
  "connection.decline": { ending: "declined your request", key: "decline" },
  "connection.withdraw": { ending: "withdrew its request", key: "withdraw" },
  "connection.record-meeting": { ending: "recorded a meeting", key: "recordMeeting" },
  "connection.propose-intention": {
    ending: "proposed a cooperation intention: please confirm",
    key: "proposeIntention",
  },
  "connection.confirm-intention": {
    ending: "confirmed the cooperation intention",
    key: "confirmIntention",
  },
  "connection.propose-contract": {
    ending: "recorded a signed contract: please confirm",
    key: "proposeContract",
  },
  "connection.confirm-contract": { ending: "confirmed the contract", key: "confirmContract" },
  "connection.close": { ending: "closed the connection", key: "close" },
} as const;

type KnownKind = keyof typeof ENGLISH_ENDINGS;

function isKnownKind(kind: string): kind is KnownKind {
  return Object.hasOwn(ENGLISH_ENDINGS, kind);
}

/** The organization a notification is about, or null when its title is not one we know. */
export function notificationOrganization(notification: Pick<InboxNotification, "kind" | "title">) {
  if (!isKnownKind(notification.kind)) return null;
  const { ending } = ENGLISH_ENDINGS[notification.kind];
  const title = notification.title.trim();
  if (!title.endsWith(` ${ending}`)) return null;
  const organization = title.slice(0, -ending.length - 1).trim();
  return organization === "" ? null : organization;
}

/**
 * B2B meeting notifications (src/server/modules/meetings/service.ts and scheduler.ts) name a
 * person and the edition: "<person> asks to meet you at <edition>", …; these patterns take
 * them apart so the rest can be said in the reader's language.
 */
const MEETING_TITLES = {
  "meeting.requested": {
    pattern: /^(?<person>.+?) asks to meet you at (?<event>.+)$/,
    key: "meetingRequested",
  },
  "meeting.accepted": {
    pattern: /^(?<person>.+?) accepted your meeting request at (?<event>.+)$/,
    key: "meetingAccepted",
  },
  "meeting.declined": {
    pattern: /^(?<person>.+?) declined your meeting request at (?<event>.+)$/,
    key: "meetingDeclined",
  },
  "meeting.cancelled": {
    pattern: /^(?<person>.+?) cancelled a B2B meeting at (?<event>.+)$/,
    key: "meetingCancelled",
  },
  "meeting.matched": {
    pattern: /^The organizers of (?<event>.+) matched you for a B2B meeting$/,
    key: "meetingMatched",
  },
  "meeting.agenda-published": {
    pattern: /^Your B2B agenda for (?<event>.+) is published$/,
    key: "meetingAgendaPublished",
  },
} as const;

type MeetingKind = keyof typeof MEETING_TITLES;

function isMeetingKind(kind: string): kind is MeetingKind {
  return Object.hasOwn(MEETING_TITLES, kind);
}

/** Whether a notification is about B2B meetings (it leads to the edition's meetings page). */
export function isMeetingNotification(notification: Pick<InboxNotification, "kind">): boolean {
  return notification.kind.startsWith("meeting.");
}

/** A notification's title in the reader's language; the server's English for unknown kinds. */
export function notificationTitle(
  t: TFunction,
  notification: Pick<InboxNotification, "kind" | "title">,
): string {
  if (isMeetingKind(notification.kind)) {
    const { pattern, key } = MEETING_TITLES[notification.kind];
    const groups = pattern.exec(notification.title.trim())?.groups;
    if (!groups) return notification.title;
    return t(`inbox.kinds.${key}`, { person: groups.person ?? "", event: groups.event ?? "" });
  }
  const organization = notificationOrganization(notification);
  if (!organization || !isKnownKind(notification.kind)) return notification.title;
  return t(`inbox.kinds.${ENGLISH_ENDINGS[notification.kind].key}`, { organization });
}
