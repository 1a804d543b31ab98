import { applyAction } from "../../../core/funnel/transitions.ts";
import {
  CONNECTION_ACTIONS,
  type Connection,
  type ConnectionAction,
  type ConnectionSide,
} from "../../app/api-types.ts";

/** Who the next step waits for, from the reader's point of view. */
export type Turn = "you" | "them" | "either" | "settled";

export function turnOf(connection: Pick<Connection, "awaiting" | "yourSide">): Turn {
  const { awaiting, yourSide } = connection;
  if (awaiting === null) return "settled";
  if (awaiting === "either") return "either";
  if (yourSide === null) return "them";
  return awaiting === yourSide ? "you" : "them";
}

const TURN_ORDER: Record<Turn, number> = { you: 0, either: 1, them: 2, settled: 3 };

/**
 * Connections that wait for the reader first, then those either side may move, then those
 * waiting for the other party, then settled ones; the server's order (newest first)
 * within each group.
 */
export function waitingForYouFirst<T extends Pick<Connection, "awaiting" | "yourSide">>(
  connections: readonly T[],
): T[] {
  return connections
    .map((connection, index) => ({ connection, index }))
    .sort(
      (a, b) =>
        TURN_ORDER[turnOf(a.connection)] - TURN_ORDER[turnOf(b.connection)] || a.index - b.index,
    )
    .map(({ connection }) => connection);
}

/**
 * The steps the reader's side may take now, in the funnel's order: what
 * `src/core/funnel/transitions.ts` (the rules the server applies) accepts from this side
 * at this status. Proposing again what this side already proposed is allowed there (it
 * updates the terms), and so is recording another meeting.
 */
export function availableActions(
  connection: Pick<Connection, "status" | "yourSide" | "pendingIntentionBy" | "pendingContractBy">,
): ConnectionAction[] {
  const side = connection.yourSide;
  if (!side) return [];
  const state = {
    status: connection.status,
    pendingIntentionBy: connection.pendingIntentionBy,
    pendingContractBy: connection.pendingContractBy,
  };
  return CONNECTION_ACTIONS.filter((action) => applyAction(state, action, side).ok);
}

/**
 * The steps offered as buttons: every available one, except closing a request that waits
 * for an answer (declining or withdrawing says the same, and says who).
 */
export function offeredActions(
  connection: Parameters<typeof availableActions>[0],
): ConnectionAction[] {
  const actions = availableActions(connection);
  return connection.status === "requested"
    ? actions.filter((action) => action !== "close")
    : actions;
}

/** Steps that answer what the other side asked: shown first and filled. */
export function isAnswer(action: ConnectionAction): boolean {
  return action === "accept" || action === "confirm-intention" || action === "confirm-contract";
}

/** Steps that end a connection: shown last, in red. */
export function isEnding(action: ConnectionAction): boolean {
  return action === "decline" || action === "withdraw" || action === "close";
}

export function otherSide(side: ConnectionSide): ConnectionSide {
  return side === "requester" ? "recipient" : "requester";
}

/** The organization on a side of a connection. */
export function partyOn(
  connection: Pick<Connection, "requester" | "recipient">,
  side: ConnectionSide,
): { id: string; name: string } {
  return side === "requester" ? connection.requester : connection.recipient;
}

/** A contract value as the API takes it: up to 14 digits and at most two decimals. */
export const AMOUNT_PATTERN = /^\d{1,14}(\.\d{1,2})?$/;
