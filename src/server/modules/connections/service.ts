import type { z } from "zod";
import { applyAction, type Side } from "../../../core/funnel/transitions.ts";
import type { Database } from "../../db/client.ts";
import type { ActorContext } from "../../http/context.ts";
import { conflict, forbidden, invalid, notFound } from "../../http/errors.ts";
import { type Page, toPage } from "../../http/pagination.ts";
import { can } from "../items/policy.ts";
import { canView, sideOf } from "./policy.ts";
import { presentConnection, presentStep } from "./presenter.ts";
import {
  allOf,
  type ConnectionRow,
  connectionSort,
  eventExists,
  eventIs,
  insertConnection,
  insertNotifications,
  insertStep,
  involving,
  markNotificationsRead,
  selectConnectionForUpdate,
  selectConnectionPage,
  selectConnectionView,
  selectItemOwner,
  selectMembers,
  selectNotifications,
  selectOpenConnectionBetween,
  selectOrganizationName,
  selectSteps,
  statusIs,
  updateConnection,
} from "./queries.ts";
import type {
  ConnectionActionInput,
  ConnectionView,
  CreateConnection,
  listConnectionsQuery,
} from "./schema.ts";

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Tells every member of an organization, in their inbox, what happened; returns the
 * e-mails to send once the transaction has committed (never for a step that rolled back).
 */
async function notifyOrganization(
  db: Database,
  organizationId: string,
  connectionId: string,
  kind: string,
  title: string,
  body: string,
): Promise<Mail[]> {
  const members = await selectMembers(db, organizationId);
  await insertNotifications(
    db,
    members.map((member) => ({ personId: member.id, kind, connectionId, title, body })),
  );
  const text = [body, `See the connection: /connections/${connectionId}`]
    .filter(Boolean)
    .join("\n\n");
  return members.flatMap((member) =>
    member.email ? [{ to: member.email, subject: `citymatch: ${title}`, text }] : [],
  );
}

/** Hands committed notifications to the mailer without holding up the answer. */
function sendMails(ctx: ActorContext, mails: Mail[]) {
  for (const mail of mails) void ctx.mailer?.send(mail);
}

async function viewOf(ctx: ActorContext, id: string): Promise<ConnectionView> {
  const row = await selectConnectionView(ctx.db, id);
  if (!row || !canView(ctx.actor, row.connection)) throw notFound("Connection");
  return presentConnection(row, ctx.actor);
}

/**
 * Asks another organization to connect, optionally about a challenge or solution of
 * either party and an edition. One open connection per pair and subject (a database
 * constraint); the recipient's members get it in their inbox.
 */
export async function requestConnection(
  ctx: ActorContext,
  input: CreateConnection,
): Promise<ConnectionView> {
  const own = ctx.actor.organizationId;
  if (!own) throw forbidden("Join an organization to connect with others");
  if (input.recipientOrganizationId === own)
    throw invalid([
      {
        path: "body.recipientOrganizationId",
        message: "is your own organization; connect with another one",
      },
    ]);
  const { id, mails } = await ctx.db.transaction(async (tx) => {
    const recipientName = await selectOrganizationName(tx, input.recipientOrganizationId);
    if (!recipientName)
      throw invalid([{ path: "body.recipientOrganizationId", message: "no such organization" }]);
    for (const [kind, itemId] of [
      ["challenge", input.challengeId],
      ["solution", input.solutionId],
    ] as const) {
      if (!itemId) continue;
      const item = await selectItemOwner(tx, kind, itemId);
      const path = `body.${kind}Id`;
      if (!item || !can(ctx.actor, "see", item))
        throw invalid([{ path, message: `no such ${kind}` }]);
      if (item.organizationId !== own && item.organizationId !== input.recipientOrganizationId)
        throw invalid([{ path, message: `belongs to neither organization of the connection` }]);
    }
    if (input.eventId && !(await eventExists(tx, input.eventId)))
      throw invalid([{ path: "body.eventId", message: "no such edition" }]);
    const connection = await insertConnection(tx, {
      requesterOrganizationId: own,
      recipientOrganizationId: input.recipientOrganizationId,
      challengeId: input.challengeId ?? null,
      solutionId: input.solutionId ?? null,
      eventId: input.eventId ?? null,
      message: input.message,
      requestedById: ctx.actor.personId,
      createdAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
    });
    await insertStep(tx, {
      connectionId: connection.id,
      action: "request",
      fromStatus: null,
      toStatus: "requested",
      byPersonId: ctx.actor.personId,
      byOrganizationId: own,
      note: input.message,
      at: ctx.clock.now(),
    });
    const requesterName = (await selectOrganizationName(tx, own)) ?? "An organization";
    const mails = await notifyOrganization(
      tx,
      input.recipientOrganizationId,
      connection.id,
      "connection.requested",
      `${requesterName} wants to connect`,
      input.message,
    );
    return { id: connection.id, mails };
  });
  sendMails(ctx, mails);
  return viewOf(ctx, id);
}

const ACTION_TITLES: Record<ConnectionActionInput["action"], string> = {
  accept: "accepted your request",
  decline: "declined your request",
  withdraw: "withdrew its request",
  "record-meeting": "recorded a meeting",
  "propose-intention": "proposed a cooperation intention: please confirm",
  "confirm-intention": "confirmed the cooperation intention",
  "propose-contract": "recorded a signed contract: please confirm",
  "confirm-contract": "confirmed the contract",
  close: "closed the connection",
};

/** What an action writes on the connection besides its status, and into its step's details. */
function recordedFields(
  input: ConnectionActionInput,
  side: Side,
): {
  fields: Partial<ConnectionRow>;
  details: Record<string, unknown>;
} {
  switch (input.action) {
    case "record-meeting":
      return { fields: {}, details: { meetingOn: input.meetingOn } };
    case "propose-intention":
      return {
        fields: { intentionOn: input.intentionOn, intentionDocumentUrl: input.documentUrl ?? null },
        details: { intentionOn: input.intentionOn, documentUrl: input.documentUrl ?? null },
      };
    case "propose-contract":
      return {
        fields: {
          contractValue: input.value,
          contractCurrency: input.currency,
          contractSignedOn: input.signedOn,
          contractScope: input.scope,
        },
        details: {
          value: input.value,
          currency: input.currency,
          signedOn: input.signedOn,
          scope: input.scope,
        },
      };
    case "close":
      return {
        fields: { closedReason: input.reason },
        details: { reason: input.reason, by: side },
      };
    default:
      return { fields: {}, details: {} };
  }
}

/**
 * One step of the funnel by one party, in one transaction with the connection's row
 * locked: two parties acting at the same moment are served one after the other, and the
 * second sees what the first did. Steps out of order are refused with the reason (409).
 */
export async function actOnConnection(
  ctx: ActorContext,
  id: string,
  input: ConnectionActionInput,
): Promise<ConnectionView> {
  const mails = await ctx.db.transaction(async (tx) => {
    const connection = await selectConnectionForUpdate(tx, id);
    if (!connection || !canView(ctx.actor, connection)) throw notFound("Connection");
    const side = sideOf(ctx.actor, connection);
    if (!side) throw forbidden("Only the two organizations of a connection take its steps");
    const result = applyAction(connection, input.action, side);
    if (!result.ok) throw conflict(`Cannot ${input.action.replace("-", " ")}: ${result.reason}`);
    const { fields, details } = recordedFields(input, side);
    const now = ctx.clock.now();
    await updateConnection(tx, id, {
      ...fields,
      status: result.state.status,
      pendingIntentionBy: result.state.pendingIntentionBy,
      pendingContractBy: result.state.pendingContractBy,
      updatedAt: now,
    });
    await insertStep(tx, {
      connectionId: id,
      action: input.action,
      fromStatus: connection.status,
      toStatus: result.state.status,
      byPersonId: ctx.actor.personId,
      byOrganizationId: ctx.actor.organizationId,
      note: "note" in input ? input.note : input.reason,
      details,
      at: now,
    });
    const actorName = (await selectOrganizationName(tx, ctx.actor.organizationId ?? "")) ?? "";
    const otherOrganization =
      side === "requester"
        ? connection.recipientOrganizationId
        : connection.requesterOrganizationId;
    return notifyOrganization(
      tx,
      otherOrganization,
      id,
      `connection.${input.action}`,
      `${actorName} ${ACTION_TITLES[input.action]}`,
      "note" in input ? input.note : input.reason,
    );
  });
  sendMails(ctx, mails);
  return viewOf(ctx, id);
}

export async function getConnection(ctx: ActorContext, id: string) {
  const view = await viewOf(ctx, id);
  const steps = await selectSteps(ctx.db, id);
  return { ...view, steps: steps.map(presentStep) };
}

/**
 * Your organization's connections, or an edition's for its organizers (and admins).
 */
export async function listConnections(
  ctx: ActorContext,
  query: z.infer<typeof listConnectionsQuery>,
): Promise<Page<ConnectionView>> {
  let scope: ReturnType<typeof involving> | undefined;
  if (query.scope === "event") {
    if (!query.event)
      throw invalid([{ path: "querystring.event", message: "is required with scope=event" }]);
    if (!ctx.actor.platformAdmin && !ctx.actor.organizerOf.includes(query.event))
      throw forbidden("Only the edition's organizers see all its connections");
    scope = eventIs(query.event);
  } else {
    if (!ctx.actor.organizationId) return { items: [], nextCursor: null, total: 0 };
    scope = involving(ctx.actor.organizationId);
    if (query.event) scope = allOf([scope, eventIs(query.event)]);
  }
  const where = [scope, query.status ? statusIs(query.status) : undefined];
  const { rows, total } = await selectConnectionPage(
    ctx.db,
    allOf(where),
    connectionSort,
    query.cursor,
    query.limit,
  );
  return toPage(
    rows.map((row) => ({ ...row, id: row.connection.id, createdAt: row.connection.createdAt })),
    query.limit,
    total,
    connectionSort,
    (row) => presentConnection(row, ctx.actor),
  );
}

export async function listNotifications(ctx: ActorContext, limit: number) {
  const { items, unread } = await selectNotifications(ctx.db, ctx.actor.personId, limit);
  return {
    unread,
    items: items.map((item) => ({
      id: item.id,
      kind: item.kind,
      connectionId: item.connectionId,
      title: item.title,
      body: item.body,
      link: item.link,
      createdAt: item.createdAt.toISOString(),
      read: item.readAt !== null,
    })),
  };
}

export async function readNotifications(ctx: ActorContext, ids: string[] | undefined) {
  await markNotificationsRead(ctx.db, ctx.actor.personId, ids, ctx.clock.now());
}

/**
 * Ties an accepted B2B meeting request at an edition into the deal funnel: the two
 * organizations' open connection (accepted now if it was still a request the meeting's
 * recipient side had received), or a new one, requested and accepted in this step. Runs
 * in the caller's transaction; returns the connection's id.
 */
export async function connectForMeeting(
  tx: Database,
  input: {
    eventId: string;
    requesterOrganizationId: string;
    recipientOrganizationId: string;
    requesterPersonId: string;
    recipientPersonId: string;
    message: string;
    at: Date;
  },
): Promise<string> {
  const note = input.message || "B2B meeting request accepted";
  const existing = await selectOpenConnectionBetween(
    tx,
    [input.requesterOrganizationId, input.recipientOrganizationId],
    input.eventId,
  );
  if (existing) {
    if (
      existing.status === "requested" &&
      existing.recipientOrganizationId === input.recipientOrganizationId
    ) {
      const result = applyAction(existing, "accept", "recipient");
      if (result.ok) {
        await updateConnection(tx, existing.id, {
          status: result.state.status,
          updatedAt: input.at,
        });
        await insertStep(tx, {
          connectionId: existing.id,
          action: "accept",
          fromStatus: existing.status,
          toStatus: result.state.status,
          byPersonId: input.recipientPersonId,
          byOrganizationId: input.recipientOrganizationId,
          note,
          at: input.at,
        });
      }
    }
    return existing.id;
  }
  const connection = await insertConnection(tx, {
    requesterOrganizationId: input.requesterOrganizationId,
    recipientOrganizationId: input.recipientOrganizationId,
    eventId: input.eventId,
    status: "accepted",
    message: input.message,
    requestedById: input.requesterPersonId,
    createdAt: input.at,
    updatedAt: input.at,
  });
  await insertStep(tx, {
    connectionId: connection.id,
    action: "request",
    fromStatus: null,
    toStatus: "requested",
    byPersonId: input.requesterPersonId,
    byOrganizationId: input.requesterOrganizationId,
    note: input.message,
    at: input.at,
  });
  await insertStep(tx, {
    connectionId: connection.id,
    action: "accept",
    fromStatus: "requested",
    toStatus: "accepted",
    byPersonId: input.recipientPersonId,
    byOrganizationId: input.recipientOrganizationId,
    note,
    at: input.at,
  });
  return connection.id;
}

/**
 * A held B2B meeting is the funnel's "met" step: recorded on the meeting's connection by
 * the participant who confirms it, in the caller's transaction. Connections already past
 * "met" keep their status and get the step recorded.
 */
export async function recordMeetingHeld(
  tx: Database,
  connectionId: string,
  input: { byPersonId: string; byOrganizationId: string; meetingOn: string; at: Date },
): Promise<Mail[]> {
  const connection = await selectConnectionForUpdate(tx, connectionId);
  if (!connection) return [];
  const side: Side | null =
    input.byOrganizationId === connection.requesterOrganizationId
      ? "requester"
      : input.byOrganizationId === connection.recipientOrganizationId
        ? "recipient"
        : null;
  if (!side) return [];
  const result = applyAction(connection, "record-meeting", side);
  if (!result.ok) return [];
  await updateConnection(tx, connectionId, { status: result.state.status, updatedAt: input.at });
  await insertStep(tx, {
    connectionId,
    action: "record-meeting",
    fromStatus: connection.status,
    toStatus: result.state.status,
    byPersonId: input.byPersonId,
    byOrganizationId: input.byOrganizationId,
    note: "B2B meeting held",
    details: { meetingOn: input.meetingOn },
    at: input.at,
  });
  const actorName = (await selectOrganizationName(tx, input.byOrganizationId)) ?? "";
  const other =
    side === "requester" ? connection.recipientOrganizationId : connection.requesterOrganizationId;
  return notifyOrganization(
    tx,
    other,
    connectionId,
    "connection.record-meeting",
    `${actorName} ${ACTION_TITLES["record-meeting"]}`,
    "B2B meeting held",
  );
}

export { type Mail, sendMails };
