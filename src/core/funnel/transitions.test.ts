import { describe, expect, it } from "vitest";
import {
  applyAction,
  awaiting,
  CONNECTION_ACTIONS,
  type ConnectionAction,
  type FunnelState,
  type Side,
} from "./transitions.ts";

const start: FunnelState = {
  status: "requested",
  pendingIntentionBy: null,
  pendingContractBy: null,
};

function run(steps: [ConnectionAction, Side][], from = start): FunnelState {
  let state = from;
  for (const [action, side] of steps) {
    const result = applyAction(state, action, side);
    if (!result.ok) throw new Error(`${action} by ${side}: ${result.reason}`);
    state = result.state;
  }
  return state;
}

describe("the deal funnel", () => {
  it("walks a request to a contract on both parties' word", () => {
    const state = run([
      ["accept", "recipient"],
      ["record-meeting", "requester"],
      ["propose-intention", "recipient"],
      ["confirm-intention", "requester"],
      ["propose-contract", "requester"],
    ]);
    expect(state).toEqual({
      status: "intention",
      pendingIntentionBy: null,
      pendingContractBy: "requester",
    });
    expect(awaiting(state)).toBe("recipient");
    expect(run([["confirm-contract", "recipient"]], state).status).toBe("contracted");
  });

  it("refuses what is out of order or not the side's to do, with a reason", () => {
    const refused = (state: FunnelState, action: ConnectionAction, side: Side) => {
      const result = applyAction(state, action, side);
      return result.ok ? null : result.reason;
    };
    expect(refused(start, "accept", "requester")).toBe(
      "only the organization asked can accept a request",
    );
    expect(refused(start, "record-meeting", "recipient")).toContain("must be accepted");
    expect(refused(start, "confirm-contract", "recipient")).toBe(
      "no contract waits for confirmation",
    );
    const proposed = run([
      ["accept", "recipient"],
      ["propose-intention", "requester"],
    ]);
    expect(refused(proposed, "confirm-intention", "requester")).toContain(
      "other organization must confirm",
    );
    const declined = run([["decline", "recipient"]]);
    for (const action of CONNECTION_ACTIONS) {
      expect(refused(declined, action, "recipient")).toContain("the connection is declined");
    }
    expect(refused(run([["accept", "recipient"]]), "withdraw", "requester")).toContain(
      "only a pending request",
    );
  });

  it("lets a contract come without a recorded meeting or intention, and closes from any open stage", () => {
    expect(
      run([
        ["accept", "recipient"],
        ["propose-contract", "recipient"],
        ["confirm-contract", "requester"],
      ]).status,
    ).toBe("contracted");
    const closed = run([
      ["accept", "recipient"],
      ["record-meeting", "recipient"],
      ["close", "requester"],
    ]);
    expect(closed.status).toBe("closed");
    expect(awaiting(closed)).toBeNull();
  });

  it("treats a second meeting as a no-op change but not an error", () => {
    const met = run([
      ["accept", "recipient"],
      ["record-meeting", "requester"],
    ]);
    const again = applyAction(met, "record-meeting", "recipient");
    expect(again).toEqual({ ok: true, state: met, changed: false });
  });
});
