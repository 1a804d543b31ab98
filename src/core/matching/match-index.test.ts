import { describe, expect, it } from "vitest";
import { MatchIndex, type ScoredTarget } from "./match-index.ts";
import type { ChallengeProfile, CorpusStats, Evidence, SolutionProfile } from "./profile.ts";
import { DEFAULT_WEIGHTS, scoreMatch } from "./score.ts";

const now = new Date("2026-11-23T00:00:00Z");
const labels = { area: (c: string) => c, continent: (c: string) => c, language: (c: string) => c };
const options = { weights: DEFAULT_WEIGHTS, now };
const AREAS = ["mobility", "energy-environment", "safety-resilience", "governance-economy"];
const WORDS = [
  "flood",
  "bus",
  "grid",
  "sensor",
  "permit",
  "tram",
  "solar",
  "drain",
  "camera",
  "tax",
];

/** A deterministic pseudo-random corpus: 40 challenges and 120 solutions of 12 organizations. */
function corpus() {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const text = () => {
    const map = new Map<string, number>();
    for (let i = 0; i < 4; i++) map.set(pick(WORDS), 1 + Math.floor(next() * 7));
    map.set("citi", 4);
    return map;
  };
  const place = () => ({
    name: pick(["Hanoi", "Lyon", "Quito"]),
    country: pick(["VN", "FR", "EC"]),
    continent: pick(["AS", "EU", "SA"]),
    population: Math.round(100_000 + next() * 5_000_000),
  });
  const challenges: ChallengeProfile[] = Array.from({ length: 40 }, (_, i) => ({
    id: `c${String(i).padStart(3, "0")}`,
    organizationId: `org${i % 12}`,
    text: text(),
    domains: [pick(AREAS)],
    sdgs: [11],
    stage: pick(["idea", "tender-open", "funded"] as const),
    budgetUsd: next() < 0.5 ? null : Math.round(next() * 1_000_000),
    preferredPartnerKinds: [],
    language: "en",
    place: place(),
  }));
  const solutions: SolutionProfile[] = Array.from({ length: 120 }, (_, i) => ({
    id: `s${String(i).padStart(3, "0")}`,
    organizationId: `org${i % 12}`,
    providerKind: "company",
    providerCountry: pick(["VN", "FR", "NL"]),
    text: text(),
    domains: [pick(AREAS), pick(AREAS)],
    sdgs: [11],
    trl: 3 + Math.floor(next() * 7),
    priceModel: pick(["project", "subscription", "open-source"] as const),
    regionsServed: [pick(["AS", "EU"])],
    languages: ["en"],
    evidence: [{ kind: "deployment", place: place(), domains: [pick(AREAS)], year: 2025 }],
    updatedAt: new Date(2026, i % 12, 1),
  }));
  const frequency = new Map<string, number>();
  for (const item of [...challenges, ...solutions])
    for (const lexeme of item.text.keys()) frequency.set(lexeme, (frequency.get(lexeme) ?? 0) + 1);
  const stats: CorpusStats = {
    documents: 160,
    frequency: (lexeme) => frequency.get(lexeme) ?? 0,
  };
  return { challenges, solutions, stats };
}

function build(data = corpus()) {
  const index = new MatchIndex(data.stats);
  for (const profile of data.challenges) index.upsert({ kind: "challenge", profile, open: true });
  for (const profile of data.solutions) index.upsert({ kind: "solution", profile });
  return { index, ...data };
}

describe("MatchIndex", () => {
  it("scores every candidate exactly as scoreMatch does, best first", () => {
    const { index, challenges, solutions, stats } = build();
    const byId = new Map(solutions.map((s) => [s.id, s]));
    for (const challenge of challenges.slice(0, 10)) {
      const ranked = index.rank(challenge.id, options) ?? [];
      expect(ranked.length).toBeGreaterThan(0);
      for (const target of ranked) {
        const solution = byId.get(target.id) as SolutionProfile;
        expect(target.score).toBe(scoreMatch(challenge, solution, stats, { now, labels }).score);
      }
      const scores = ranked.map((target) => target.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it("finds the best counterparts a full scan finds, never its own organization's", () => {
    const { index, challenges, solutions, stats } = build();
    for (const challenge of challenges.slice(0, 10)) {
      const brute = solutions
        .filter((s) => s.organizationId !== challenge.organizationId)
        .map((s) => ({ id: s.id, score: scoreMatch(challenge, s, stats, { now, labels }).score }))
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .slice(0, 5);
      const ranked = (index.rank(challenge.id, options) ?? []).slice(0, 5);
      expect(ranked).toEqual(brute);
      expect(
        ranked.every((t) => index.get(t.id)?.profile.organizationId !== challenge.organizationId),
      ).toBe(true);
    }
  });

  it("keeps the same best counterparts when asked for only the best few", () => {
    const { index, challenges, solutions } = build();
    for (const item of [...challenges.slice(0, 10), ...solutions.slice(0, 10)]) {
      const all = index.rank(item.id, options) ?? [];
      expect(index.rank(item.id, { ...options, keep: 5 })).toEqual(all.slice(0, 5));
    }
  });

  it("is symmetric: a challenge's score for a solution is the solution's for the challenge", () => {
    const { index, challenges } = build();
    const challenge = challenges[3] as ChallengeProfile;
    const [best] = index.rank(challenge.id, options) ?? [];
    const back = (index.rank(best?.id ?? "", options) ?? []).find((t) => t.id === challenge.id);
    expect(back?.score).toBe(best?.score);
    expect(index.score(best?.id ?? "", challenge.id, options)).toBe(best?.score);
  });

  it("after edits and removals answers as an index built from the final corpus", () => {
    const data = corpus();
    const { index } = build(data);
    const edited = {
      ...(data.solutions[5] as SolutionProfile),
      text: new Map([
        ["flood", 1],
        ["drain", 1],
      ]),
    };
    index.upsert({ kind: "solution", profile: edited });
    index.remove("s010");
    index.remove("c002");
    const fresh = build({
      ...data,
      challenges: data.challenges.filter((c) => c.id !== "c002"),
      solutions: data.solutions
        .filter((s) => s.id !== "s010")
        .map((s) => (s.id === "s005" ? edited : s)),
    }).index;
    expect(index.size).toBe(fresh.size);
    for (const id of ["c000", "c001", "c005", "s005", "s020"]) {
      const strip = (list: ScoredTarget[] | undefined) => list?.slice(0, 20);
      expect(strip(index.rank(id, options))).toEqual(strip(fresh.rank(id, options)));
    }
    expect(index.rank("c002", options)).toBeUndefined();
    expect((index.rank("c000", options) ?? []).some((t) => t.id === "s010")).toBe(false);
  });

  it("suggests only challenges still looking for an answer", () => {
    const { index, challenges, solutions } = build();
    const closed = challenges[0] as ChallengeProfile;
    index.upsert({ kind: "challenge", profile: closed, open: false });
    for (const solution of solutions.slice(0, 30))
      expect((index.rank(solution.id, options) ?? []).some((t) => t.id === closed.id)).toBe(false);
    expect(index.eligible(solutions[1]?.id ?? "", closed.id)).toBe(false);
    // A closed challenge still sees its own matches.
    expect((index.rank(closed.id, options) ?? []).length).toBeGreaterThan(0);
  });

  it("counts an organization's delivered cases as evidence for all its solutions", () => {
    const { index, challenges } = build();
    const challenge = challenges[0] as ChallengeProfile;
    const [best] = index.rank(challenge.id, options) ?? [];
    const organization = index.get(best?.id ?? "")?.profile.organizationId ?? "";
    const cases: Evidence[] = Array.from({ length: 3 }, () => ({
      kind: "case",
      place: challenge.place ?? { name: "x", country: "VN", continent: "AS", population: 1 },
      domains: challenge.domains,
      year: 2026,
    }));
    const changed = index.setOrganizationCases(organization, cases);
    expect(changed).toContain(best?.id);
    expect(index.score(challenge.id, best?.id ?? "", options)).toBeGreaterThan(best?.score ?? 0);
  });
});
