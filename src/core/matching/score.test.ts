import { describe, expect, it } from "vitest";
import type { ChallengeProfile, CorpusStats, SolutionProfile } from "./profile.ts";
import { DEFAULT_WEIGHTS, type Labels, placeSimilarity, scoreMatch } from "./score.ts";
import { textRelevance } from "./text.ts";

const labels: Labels = {
  area: (code) =>
    ({ "safety-resilience": "Safety & resilience", mobility: "Mobility" })[code] ?? code,
  continent: (code) => ({ AS: "Asia", EU: "Europe" })[code] ?? code,
  language: (code) => ({ es: "Spanish", zh: "Chinese" })[code] ?? code,
};

/** A corpus of 1,000 items where "flood" is rare and "city" is everywhere. */
const stats: CorpusStats = {
  documents: 1000,
  frequency: (lexeme) => ({ flood: 20, warn: 30, sensor: 200, citi: 950, bus: 40 })[lexeme] ?? 1,
};

const text = (entries: Record<string, number>) => new Map(Object.entries(entries));
const now = new Date("2026-11-23T00:00:00Z");
const hanoi = { name: "Hanoi", country: "VN", continent: "AS", population: 8_000_000 };

const challenge: ChallengeProfile = {
  id: "c1",
  organizationId: "city",
  text: text({ flood: 1, warn: 1, citi: 2, sensor: 4 }),
  domains: ["safety-resilience", "enabling-technologies", "mobility"],
  sdgs: [11, 13],
  stage: "tender-open",
  budgetUsd: 2_000_000,
  preferredPartnerKinds: ["company"],
  language: "en",
  place: hanoi,
};

const solution = (values: Partial<SolutionProfile>): SolutionProfile => ({
  id: "s1",
  organizationId: "provider",
  providerKind: "company",
  providerCountry: "NL",
  text: text({ flood: 1, warn: 2, sensor: 1 }),
  domains: ["safety-resilience", "enabling-technologies"],
  sdgs: [11],
  trl: 8,
  priceModel: "project",
  regionsServed: ["EU", "AS"],
  languages: ["en"],
  evidence: [],
  updatedAt: new Date("2026-10-01T00:00:00Z"),
  ...values,
});

describe("textRelevance", () => {
  it("is symmetric, bounded and led by rare words shared in titles", () => {
    const a = text({ flood: 1, citi: 1 });
    const b = text({ flood: 1, citi: 1, bus: 4 });
    const ab = textRelevance(a, b, stats);
    expect(ab.score).toBeCloseTo(textRelevance(b, a, stats).score, 12);
    expect(ab.score).toBeGreaterThan(0);
    expect(ab.score).toBeLessThanOrEqual(1);
    expect(ab.shared).toEqual(["flood", "citi"]);
    expect(textRelevance(a, a, stats).score).toBeCloseTo(1, 12);
    // Sharing only the everywhere-word counts for almost nothing.
    expect(
      textRelevance(text({ citi: 1, bus: 1 }), text({ citi: 1, flood: 1 }), stats).score,
    ).toBeLessThan(0.01);
    expect(textRelevance(new Map(), a, stats).score).toBe(0);
  });
});

describe("scoreMatch", () => {
  it("explains a good match with its parts and reasons", () => {
    const match = scoreMatch(
      challenge,
      solution({
        evidence: [
          {
            kind: "deployment",
            place: {
              name: "Ho Chi Minh City",
              country: "VN",
              continent: "AS",
              population: 9_000_000,
            },
            domains: ["safety-resilience"],
            year: 2024,
          },
          {
            kind: "deployment",
            place: { name: "Bangkok", country: "TH", continent: "AS", population: 10_000_000 },
            domains: ["safety-resilience"],
            year: 2023,
          },
          {
            kind: "case",
            place: { name: "Jakarta", country: "ID", continent: "AS", population: 10_500_000 },
            domains: ["safety-resilience"],
            year: 2022,
          },
        ],
      }),
      stats,
      { now, labels },
    );
    expect(match.score).toBeGreaterThan(60);
    expect(match.parts.map((p) => p.part)).toEqual(Object.keys(DEFAULT_WEIGHTS));
    expect(match.parts.reduce((sum, p) => sum + p.points, 0)).toBeCloseTo(match.score, 0);
    const byPart = Object.fromEntries(match.parts.map((p) => [p.part, p.value]));
    expect(byPart.domains).toBeCloseTo(2 / 3, 3);
    expect(byPart.sdgs).toBe(0.5);
    expect(byPart.readiness).toBe(1);
    expect(byPart.region).toBe(1);
    const texts = match.reasons.map((r) => r.text);
    expect(texts).toContain("Matches 2 of 3 areas (Safety & resilience, enabling-technologies)");
    expect(
      texts.some((t) => t.startsWith("Deployed in 2 cities in Asia for safety & resilience")),
    ).toBe(true);
    expect(texts).toContain("TRL 8: ready for a tender open challenge (wants 7+)");
    expect(match.reasons.length).toBeLessThanOrEqual(5);
  });

  it("wants proven technology for a tender and marks down an immature one", () => {
    const mature = scoreMatch(challenge, solution({ trl: 8 }), stats, { now, labels });
    const prototype = scoreMatch(challenge, solution({ trl: 4 }), stats, { now, labels });
    expect(prototype.score).toBeLessThan(mature.score);
    const readiness = prototype.parts.find((p) => p.part === "readiness");
    expect(readiness?.value).toBe(0.25);
    expect(prototype.reasons.some((r) => r.code === "readiness.low")).toBe(false); // weak reasons fall off the top five
  });

  it("values evidence from similar cities above evidence from dissimilar ones", () => {
    const similar = scoreMatch(
      challenge,
      solution({
        evidence: [
          {
            kind: "deployment",
            place: { name: "Bangkok", country: "TH", continent: "AS", population: 10_000_000 },
            domains: ["safety-resilience"],
            year: 2024,
          },
        ],
      }),
      stats,
      { now, labels },
    );
    const distant = scoreMatch(
      challenge,
      solution({
        evidence: [
          {
            kind: "deployment",
            place: { name: "Tartu", country: "EE", continent: "EU", population: 95_000 },
            domains: ["safety-resilience"],
            year: 2024,
          },
        ],
      }),
      stats,
      { now, labels },
    );
    const offTopic = scoreMatch(
      challenge,
      solution({
        evidence: [{ kind: "deployment", place: hanoi, domains: ["living-inclusion"], year: 2024 }],
      }),
      stats,
      { now, labels },
    );
    const value = (m: typeof similar) => m.parts.find((p) => p.part === "evidence")?.value ?? -1;
    expect(value(similar)).toBeGreaterThan(value(distant));
    expect(value(offTopic)).toBe(0);
    expect(placeSimilarity(hanoi, hanoi)).toBe(1);
  });

  it("follows tuned weights: with text alone the score is the text relevance", () => {
    const weights = {
      ...Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])),
      text: 1,
    } as typeof DEFAULT_WEIGHTS;
    const match = scoreMatch(challenge, solution({}), stats, { now, labels, weights });
    const relevance = textRelevance(challenge.text, solution({}).text, stats).score;
    expect(match.score).toBeCloseTo(100 * relevance, 1);
  });

  it("lets freshness fade with a half-life of a year", () => {
    const old = scoreMatch(
      challenge,
      solution({ updatedAt: new Date("2025-11-23T00:00:00Z") }),
      stats,
      { now, labels },
    );
    expect(old.parts.find((p) => p.part === "freshness")?.value).toBeCloseTo(0.5, 2);
  });
});
