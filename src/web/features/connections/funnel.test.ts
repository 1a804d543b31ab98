import { describe, expect, it } from "vitest";
import type { Connection } from "../../app/api-types.ts";
import { availableActions, offeredActions, turnOf, waitingForYouFirst } from "./funnel.ts";

type State = Pick<
  Connection,
  "status" | "yourSide" | "pendingIntentionBy" | "pendingContractBy" | "awaiting"
>;

const state = (overrides: Partial<State>): State => ({
  status: "requested",
  yourSide: "recipient",
  pendingIntentionBy: null,
  pendingContractBy: null,
  awaiting: "recipient",
  ...overrides,
});

describe("availableActions", () => {
  it("lets the recipient answer a request, the requester withdraw it", () => {
    expect(availableActions(state({}))).toEqual(["accept", "decline", "close"]);
    expect(availableActions(state({ yourSide: "requester" }))).toEqual(["withdraw", "close"]);
  });

  it("offers meetings, intentions and contracts once accepted, to both sides", () => {
    expect(availableActions(state({ status: "accepted", yourSide: "requester" }))).toEqual([
      "record-meeting",
      "propose-intention",
      "propose-contract",
      "close",
    ]);
  });

  it("asks the other side, not the proposer, to confirm", () => {
    const pending = state({ status: "met", pendingIntentionBy: "requester" });
    expect(availableActions(pending)).toContain("confirm-intention");
    expect(availableActions({ ...pending, yourSide: "requester" })).not.toContain(
      "confirm-intention",
    );
    const contract = state({ status: "intention", pendingContractBy: "recipient" });
    expect(availableActions(contract)).not.toContain("confirm-contract");
    expect(availableActions(contract)).not.toContain("propose-intention");
    expect(availableActions({ ...contract, yourSide: "requester" })).toContain("confirm-contract");
  });

  it("offers declining or withdrawing, not closing, while a request waits", () => {
    expect(offeredActions(state({}))).toEqual(["accept", "decline"]);
    expect(offeredActions(state({ status: "met", awaiting: "either" }))).toContain("close");
  });

  it("offers nothing on settled connections or to onlookers", () => {
    expect(availableActions(state({ status: "contracted" }))).toEqual([]);
    expect(availableActions(state({ status: "declined" }))).toEqual([]);
    expect(availableActions(state({ status: "met", yourSide: null }))).toEqual([]);
  });
});

describe("turnOf and waitingForYouFirst", () => {
  it("says whose move it is from the reader's side", () => {
    expect(turnOf(state({}))).toBe("you");
    expect(turnOf(state({ yourSide: "requester" }))).toBe("them");
    expect(turnOf(state({ awaiting: "either" }))).toBe("either");
    expect(turnOf(state({ awaiting: null }))).toBe("settled");
    expect(turnOf(state({ yourSide: null }))).toBe("them");
  });

  it("puts what waits for the reader first and keeps the order within groups", () => {
    const list = [
      { id: "a", ...state({ awaiting: null }) },
      { id: "b", ...state({ yourSide: "requester" }) },
      { id: "c", ...state({}) },
      { id: "d", ...state({ awaiting: "either" }) },
      { id: "e", ...state({}) },
    ];
    expect(waitingForYouFirst(list).map((entry) => entry.id)).toEqual(["c", "e", "d", "b", "a"]);
  });
});
