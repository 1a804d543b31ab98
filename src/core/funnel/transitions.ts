/**
 * The deal funnel of a connection between two organizations, as a pure state machine:
 * requested → accepted (or declined, or withdrawn) → met → intention → contracted, or
 * closed with a reason at any open stage. Intentions (MoU, letter of intent) and contracts
 * are proposed by one party and take effect when the other confirms, so each stands on
 * both parties' word.
 */

export const CONNECTION_STATUSES = [
  "requested",
  "accepted",
  "declined",
  "withdrawn",
  "met",
  "intention",
  "contracted",
  "closed",
] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/** Statuses in which a connection is still going somewhere. */
export const OPEN_STATUSES: readonly ConnectionStatus[] = [
  "requested",
  "accepted",
  "met",
  "intention",
];

/** How far along the funnel a status is: pairs connected → met → intention → contract. */
export const FUNNEL_STAGE: Record<ConnectionStatus, number> = {
  requested: 0,
  declined: 0,
  withdrawn: 0,
  accepted: 1,
  met: 2,
  intention: 3,
  contracted: 4,
  closed: -1,
};

export type Side = "requester" | "recipient";

export const CONNECTION_ACTIONS = [
  "accept",
  "decline",
  "withdraw",
  "record-meeting",
  "propose-intention",
  "confirm-intention",
  "propose-contract",
  "confirm-contract",
  "close",
] as const;
export type ConnectionAction = (typeof CONNECTION_ACTIONS)[number];

export interface FunnelState {
  status: ConnectionStatus;
  /** The side that proposed the pending intention or contract, if one waits for confirmation. */
  pendingIntentionBy: Side | null;
  pendingContractBy: Side | null;
}

export type TransitionResult =
  | { ok: true; state: FunnelState; changed: boolean }
  | { ok: false; reason: string };

const refuse = (reason: string): TransitionResult => ({ ok: false, reason });
const other = (side: Side): Side => (side === "requester" ? "recipient" : "requester");

/**
 * What an action by one side does to a connection. Recording a meeting again, or
 * proposing what is already proposed, changes nothing (the caller still records the
 * event); everything out of order is refused with a reason a person can act on.
 */
export function applyAction(
  state: FunnelState,
  action: ConnectionAction,
  by: Side,
): TransitionResult {
  const { status } = state;
  const done = (next: Partial<FunnelState>): TransitionResult => {
    const result = { ...state, ...next };
    return {
      ok: true,
      state: result,
      changed:
        result.status !== state.status ||
        result.pendingIntentionBy !== state.pendingIntentionBy ||
        result.pendingContractBy !== state.pendingContractBy,
    };
  };
  if (!OPEN_STATUSES.includes(status))
    return refuse(`the connection is ${status}; nothing more can happen to it`);

  switch (action) {
    case "accept":
    case "decline":
      if (status !== "requested")
        return refuse(`only a request can be ${action}ed; this one is ${status}`);
      if (by !== "recipient") return refuse(`only the organization asked can ${action} a request`);
      return done({ status: action === "accept" ? "accepted" : "declined" });
    case "withdraw":
      if (status !== "requested")
        return refuse(`only a pending request can be withdrawn; this one is ${status}`);
      if (by !== "requester")
        return refuse("only the organization that asked can withdraw a request");
      return done({ status: "withdrawn" });
    case "record-meeting":
      if (status === "requested")
        return refuse("the request must be accepted before a meeting is recorded");
      return done({ status: status === "accepted" ? "met" : status });
    case "propose-intention":
      if (status === "requested") return refuse("the request must be accepted before an intention");
      if (status === "intention") return refuse("an intention is already confirmed");
      return done({ pendingIntentionBy: by });
    case "confirm-intention":
      if (state.pendingIntentionBy === null) return refuse("no intention waits for confirmation");
      if (state.pendingIntentionBy === by)
        return refuse("the other organization must confirm the intention it did not propose");
      return done({ status: "intention", pendingIntentionBy: null });
    case "propose-contract":
      if (status === "requested") return refuse("the request must be accepted before a contract");
      return done({ pendingContractBy: by });
    case "confirm-contract":
      if (state.pendingContractBy === null) return refuse("no contract waits for confirmation");
      if (state.pendingContractBy === by)
        return refuse("the other organization must confirm the contract it did not propose");
      return done({ status: "contracted", pendingContractBy: null, pendingIntentionBy: null });
    case "close":
      return done({ status: "closed", pendingIntentionBy: null, pendingContractBy: null });
  }
}

/** Who has to act next, for inboxes and reminders. */
export function awaiting(state: FunnelState): Side | "either" | null {
  if (!OPEN_STATUSES.includes(state.status)) return null;
  if (state.status === "requested") return "recipient";
  if (state.pendingContractBy) return other(state.pendingContractBy);
  if (state.pendingIntentionBy) return other(state.pendingIntentionBy);
  return "either";
}
