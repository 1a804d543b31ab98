import { describe, expect, it } from "vitest";
import type { Connection } from "../app/api-types.ts";
import { findOpenConnection, itemConnectTarget, matchConnectTarget } from "./connections.ts";

const CITY = { id: "city", name: "Barcelona City Council" };
const PROVIDER = { id: "provider", name: "Caldafield Health Tech" };
const challenge = { id: "c1", title: "A digital twin", organization: CITY };
const solution = { id: "s1", title: "HydroEar", organization: PROVIDER };

describe("whom Connect asks, about what", () => {
  it("asks an item's publisher about the item, never one's own organization", () => {
    expect(itemConnectTarget("provider", "challenge", challenge)).toEqual({
      recipient: CITY,
      challenge: { id: "c1", title: "A digital twin" },
      solution: null,
    });
    expect(itemConnectTarget("city", "challenge", challenge)).toBeNull();
    expect(itemConnectTarget(null, "solution", solution)).toBeNull();
  });

  it("on a match, the owner of one side asks the other about both", () => {
    const pair = { challenge, solution };
    expect(matchConnectTarget("city", pair, "solution")?.recipient).toEqual(PROVIDER);
    expect(matchConnectTarget("provider", pair, "solution")).toEqual({
      recipient: CITY,
      challenge: { id: "c1", title: "A digital twin" },
      solution: { id: "s1", title: "HydroEar" },
    });
  });

  it("a third organization asks about the recommended item only", () => {
    expect(matchConnectTarget("other", { challenge, solution }, "solution")).toEqual({
      recipient: PROVIDER,
      challenge: null,
      solution: { id: "s1", title: "HydroEar" },
    });
  });
});

describe("findOpenConnection", () => {
  const connection = (overrides: Partial<Connection>) =>
    ({
      id: "x",
      status: "met",
      requester: CITY,
      recipient: PROVIDER,
      challenge: { id: "c1", slug: "c", title: "A digital twin" },
      solution: { id: "s1", slug: "s", title: "HydroEar" },
      ...overrides,
    }) as Connection;
  const target = matchConnectTarget("provider", { challenge, solution }, "solution");

  it("finds the open one about the same pair, whichever side asked", () => {
    if (!target) throw new Error("no target");
    expect(findOpenConnection([connection({})], "provider", target)?.id).toBe("x");
    expect(
      findOpenConnection([connection({ status: "contracted" })], "provider", target),
    ).toBeNull();
    expect(findOpenConnection([connection({ solution: null })], "provider", target)).toBeNull();
  });
});
