import { describe, expect, it } from "vitest";
import { MATCH_PARTS, type MatchPart } from "../../app/api-types.ts";
import { FIT_PARTS, sameWeights, weightShares } from "./data.ts";

const weights = (text: number, rest = 0.1): Record<MatchPart, number> =>
  Object.fromEntries(MATCH_PARTS.map((part) => [part, part === "text" ? text : rest])) as Record<
    MatchPart,
    number
  >;

describe("match weights", () => {
  it("gives each part its share of the total", () => {
    const shares = weightShares(weights(0.3));
    expect(shares.text).toBeCloseTo(0.3 / 1.2);
    expect(MATCH_PARTS.reduce((sum, part) => sum + shares[part], 0)).toBeCloseTo(1);
  });

  it("gives no part a share when all are zero", () => {
    expect(weightShares(weights(0, 0)).text).toBe(0);
  });

  it("compares to the slider's step and knows the fit parts", () => {
    expect(sameWeights(weights(0.3), weights(0.3000001))).toBe(true);
    expect(sameWeights(weights(0.3), weights(0.31))).toBe(false);
    expect(FIT_PARTS[0]).toBe("region");
    expect(FIT_PARTS.at(-1)).toBe("freshness");
  });
});
