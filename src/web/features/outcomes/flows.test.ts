import { describe, expect, it } from "vitest";
import { cumulativeTimeline, domainFlows, share } from "./flows.ts";

const row = (
  key: string,
  pairs: number,
  meetings: number,
  intentions: number,
  contracts: number,
) => ({
  key,
  pairs,
  meetings,
  intentions,
  contracts,
  valueUsd: null,
  unconverted: 0,
});

describe("domainFlows", () => {
  it("splits an area's pairs by how far they got", () => {
    expect(domainFlows([row("mobility", 10, 6, 3, 1)])).toEqual([
      { domain: "mobility", outcome: "contracted", value: 1 },
      { domain: "mobility", outcome: "intentionOnly", value: 2 },
      { domain: "mobility", outcome: "metOnly", value: 3 },
      { domain: "mobility", outcome: "connectedOnly", value: 4 },
    ]);
  });

  it("leaves out empty flows and never goes negative", () => {
    expect(domainFlows([row("governance", 2, 2, 0, 0)])).toEqual([
      { domain: "governance", outcome: "metOnly", value: 2 },
    ]);
    expect(domainFlows([row("odd", 1, 2, 0, 0)])).toEqual([
      { domain: "odd", outcome: "metOnly", value: 2 },
    ]);
  });
});

describe("cumulativeTimeline and share", () => {
  it("adds the days up", () => {
    const days = [
      { day: "2026-08-18", requests: 3, pairs: 1, meetings: 0, intentions: 0, contracts: 0 },
      { day: "2026-08-19", requests: 2, pairs: 2, meetings: 1, intentions: 0, contracts: 0 },
    ];
    expect(cumulativeTimeline(days)[1]).toEqual({
      day: "2026-08-19",
      requests: 5,
      pairs: 3,
      meetings: 1,
      intentions: 0,
      contracts: 0,
    });
  });

  it("has no share of nothing", () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });
});
