import type {
  ChallengeProfile,
  CorpusStats,
  Evidence,
  Place,
  PriceModel,
  ProcurementStage,
  SolutionProfile,
} from "./profile.ts";
import { textRelevance } from "./text.ts";

/** The parts of a match score, each 0..1 before weighting. */
export const MATCH_PARTS = [
  "text",
  "domains",
  "sdgs",
  "region",
  "language",
  "partner",
  "budget",
  "readiness",
  "evidence",
  "freshness",
] as const;
export type MatchPart = (typeof MATCH_PARTS)[number];

export type MatchWeights = Record<MatchPart, number>;

/**
 * Default weights (organizers may tune them per platform). Text and evidence lead: what
 * the two sides say and what the provider has delivered in cities like this one.
 */
export const DEFAULT_WEIGHTS: MatchWeights = {
  text: 0.3,
  domains: 0.14,
  sdgs: 0.05,
  region: 0.08,
  language: 0.05,
  partner: 0.03,
  budget: 0.05,
  readiness: 0.1,
  evidence: 0.15,
  freshness: 0.05,
};

/** The lowest TRL each procurement stage wants: a tender-open challenge buys proven systems. */
export const TRL_WANTED: Record<ProcurementStage, number> = {
  idea: 3,
  scoping: 5,
  funded: 6,
  "tender-open": 7,
  awarded: 8,
};

/** The budget (USD) from which a price model fits comfortably. */
export const PRICE_MODEL_FLOOR_USD: Record<PriceModel, number> = {
  "open-source": 0,
  "revenue-share": 0,
  subscription: 20_000,
  "per-unit": 50_000,
  license: 100_000,
  project: 250_000,
  other: 50_000,
};

/** Parts that say whether a pair is about the same thing; the others are gated by them. */
const TOPICAL_PARTS: ReadonlySet<MatchPart> = new Set(["text", "domains", "sdgs"]);
/** Text relevance from which a pair counts as fully on topic. */
export const TOPICAL_TEXT = 0.3;

/** A solution not updated for this long counts half as fresh. */
export const FRESHNESS_HALF_LIFE_DAYS = 365;

export interface ScorePart {
  part: MatchPart;
  /** 0..1 */
  value: number;
  weight: number;
  /** weight × value / sum of weights, in score points (0..100). */
  points: number;
}

export interface Reason {
  code: string;
  params: Record<string, string | number>;
  /** English sentence; clients may render code + params in their own language. */
  text: string;
}

export interface Match {
  /** 0..100, one decimal. */
  score: number;
  parts: ScorePart[];
  reasons: Reason[];
}

export interface Labels {
  /** A readable word for a stemmed lexeme (default: the lexeme). */
  word?(lexeme: string): string;
  area(code: string): string;
  continent(code: string): string;
  language(code: string): string;
}

export interface ScoreOptions {
  weights?: MatchWeights;
  now: Date;
  labels: Labels;
}

// Domain and SDG lists hold a handful of values: a scan beats building a set.
const countShared = <T>(wanted: readonly T[], offered: readonly T[]) =>
  wanted.filter((value) => offered.includes(value));

const sharesAny = <T>(wanted: readonly T[], offered: readonly T[]) =>
  wanted.some((value) => offered.includes(value));

/** Delivered cases that count as evidence for a pair (more add next to nothing to the score). */
export const EVIDENCE_CASES = 12;

/** 1 for the same order of magnitude of population, falling to 0 at 1.5 orders apart. */
export function populationSimilarity(a: number | null, b: number | null): number {
  if (!a || !b) return 0.5;
  return Math.max(0, 1 - Math.abs(Math.log10(a / b)) / 1.5);
}

/** How alike two cities are for transferring a solution: region, then size. */
export function placeSimilarity(a: Place, b: Place): number {
  const region = a.country === b.country ? 1 : a.continent === b.continent ? 0.75 : 0.25;
  return 0.5 * region + 0.5 * populationSimilarity(a.population, b.population);
}

/**
 * Each piece of evidence in the challenge's domains adds its city's similarity, with
 * diminishing returns: one deployment in a similar city is worth much, a tenth little more.
 * Of the provider's cases (newest first), the first EVIDENCE_CASES in those domains count.
 */
function evidenceScore(challenge: ChallengeProfile, evidence: readonly Evidence[], collect = true) {
  let remaining = 1;
  let cases = 0;
  const relevant: { item: Evidence; similarity: number }[] = [];
  for (const item of evidence) {
    if (!sharesAny(challenge.domains, item.domains)) continue;
    if (item.kind === "case" && ++cases > EVIDENCE_CASES) continue;
    const similarity = challenge.place ? placeSimilarity(challenge.place, item.place) : 0.5;
    remaining *= 1 - 0.6 * similarity;
    if (collect) relevant.push({ item, similarity });
  }
  relevant.sort((x, y) => y.similarity - x.similarity);
  return { value: 1 - remaining, relevant };
}

/** Shared values over wanted values (0 when none are wanted). */
function overlap<T>(wanted: readonly T[], offered: readonly T[]): number {
  if (wanted.length === 0) return 0;
  let shared = 0;
  for (const value of wanted) if (offered.includes(value)) shared++;
  return shared / wanted.length;
}

function regionFit(challenge: ChallengeProfile, solution: SolutionProfile): number {
  const place = challenge.place;
  if (!place) return 0.5;
  if (solution.providerCountry === place.country) return 1;
  if (solution.regionsServed.includes(place.continent)) return 1;
  if (solution.evidence.some((item) => item.place.continent === place.continent)) return 0.6;
  return 0;
}

const languageFit = (challenge: ChallengeProfile, solution: SolutionProfile) =>
  solution.languages.length === 0 ? 0.5 : solution.languages.includes(challenge.language) ? 1 : 0;

const partnerFit = (challenge: ChallengeProfile, solution: SolutionProfile) =>
  challenge.preferredPartnerKinds.length === 0
    ? 0.5
    : challenge.preferredPartnerKinds.includes(solution.providerKind)
      ? 1
      : 0;

function budgetFit(budgetUsd: number | null, priceModel: PriceModel): number {
  if (budgetUsd === null) return 0.5;
  const floor = PRICE_MODEL_FLOOR_USD[priceModel];
  if (floor === 0 || budgetUsd >= floor) return 1;
  return Math.max(0, budgetUsd / floor);
}

function readinessFit(stage: ProcurementStage, trl: number): number {
  const wanted = TRL_WANTED[stage];
  return trl >= wanted ? 1 : Math.max(0, 1 - 0.25 * (wanted - trl));
}

function freshness(updatedAt: Date, now: Date): number {
  const days = Math.max(0, (now.getTime() - updatedAt.getTime()) / 86_400_000);
  return 0.5 ** (days / FRESHNESS_HALF_LIFE_DAYS);
}

function formatUsd(value: number): string {
  if (value >= 1e6) return `USD ${(value / 1e6).toFixed(value >= 1e7 ? 0 : 1)} M`;
  if (value >= 1e3) return `USD ${Math.round(value / 1e3)} k`;
  return `USD ${Math.round(value)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The parts of a pair's score besides text, with what their reasons need. */
interface FitDetails {
  values: Omit<Record<MatchPart, number>, "text">;
  sharedDomains: string[];
  sharedSdgs: number[];
  evidence: ReturnType<typeof evidenceScore>;
}

function fitDetails(challenge: ChallengeProfile, solution: SolutionProfile, now: Date): FitDetails {
  const evidence = evidenceScore(challenge, solution.evidence);
  return {
    sharedDomains: countShared(challenge.domains, solution.domains),
    sharedSdgs: countShared(challenge.sdgs, solution.sdgs),
    evidence,
    values: {
      domains: overlap(challenge.domains, solution.domains),
      sdgs: overlap(challenge.sdgs, solution.sdgs),
      region: regionFit(challenge, solution),
      language: languageFit(challenge, solution),
      partner: partnerFit(challenge, solution),
      budget: budgetFit(challenge.budgetUsd, solution.priceModel),
      readiness: readinessFit(challenge.stage, solution.trl),
      evidence: evidence.value,
      freshness: freshness(solution.updatedAt, now),
    },
  };
}

/**
 * The weighted parts of a score, in points (0..100 together). Fit signals say how suitable
 * a solution is *if* it addresses the problem: they count in proportion to how topical the
 * pair is, so a proven, nearby, affordable solution to a different problem does not
 * outrank the right one.
 */
function weightedParts(values: Record<MatchPart, number>, weights: MatchWeights): ScorePart[] {
  const topicality = Math.min(1, values.text / TOPICAL_TEXT);
  let totalWeight = 0;
  for (const part of MATCH_PARTS) totalWeight += Math.max(0, weights[part]);
  totalWeight ||= 1;
  return MATCH_PARTS.map((part) => {
    const weight = Math.max(0, weights[part]);
    const gate = TOPICAL_PARTS.has(part) ? 1 : topicality;
    return {
      part,
      value: values[part],
      weight,
      points: (100 * weight * values[part] * gate) / totalWeight,
    };
  });
}

const totalScore = (parts: readonly ScorePart[]) =>
  round(
    parts.reduce((sum, part) => sum + part.points, 0),
    1,
  );

/**
 * The score alone, for ranking many candidates: the same number scoreMatch gives when
 * `textScore` is the pair's text relevance (the caller computes it, e.g. from prepared
 * vectors), computed without building parts or reasons. The same part functions, in the
 * same order and arithmetic as weightedParts and totalScore (a test holds them equal).
 */
export function quickScore(
  challenge: ChallengeProfile,
  solution: SolutionProfile,
  textScore: number,
  weights: MatchWeights,
  now: Date,
): number {
  let totalWeight = 0;
  for (const part of MATCH_PARTS) totalWeight += Math.max(0, weights[part]);
  totalWeight ||= 1;
  const topicality = Math.min(1, textScore / TOPICAL_TEXT);
  const points = (part: MatchPart, value: number, gate: number) =>
    (100 * Math.max(0, weights[part]) * value * gate) / totalWeight;
  let sum = 0;
  sum += points("text", textScore, 1);
  sum += points("domains", overlap(challenge.domains, solution.domains), 1);
  sum += points("sdgs", overlap(challenge.sdgs, solution.sdgs), 1);
  sum += points("region", regionFit(challenge, solution), topicality);
  sum += points("language", languageFit(challenge, solution), topicality);
  sum += points("partner", partnerFit(challenge, solution), topicality);
  sum += points("budget", budgetFit(challenge.budgetUsd, solution.priceModel), topicality);
  sum += points("readiness", readinessFit(challenge.stage, solution.trl), topicality);
  sum += points("evidence", evidenceScore(challenge, solution.evidence, false).value, topicality);
  sum += points("freshness", freshness(solution.updatedAt, now), topicality);
  return round(sum, 1);
}

/**
 * Scores how well a solution answers a challenge, with the parts of the score and the
 * reasons a person would give. The same pair scores the same whichever side asks, so
 * "solutions for this challenge" and "challenges for this solution" agree.
 */
export function scoreMatch(
  challenge: ChallengeProfile,
  solution: SolutionProfile,
  stats: CorpusStats,
  options: ScoreOptions,
): Match {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const { labels } = options;
  const reasons: (Reason & { strength: number })[] = [];
  const reason = (
    strength: number,
    code: string,
    params: Record<string, string | number>,
    text: string,
  ) => reasons.push({ strength, code, params, text });

  const text = textRelevance(challenge.text, solution.text, stats);
  const fit = fitDetails(challenge, solution, options.now);
  const { values, sharedDomains, sharedSdgs, evidence } = fit;
  if (text.shared.length > 0 && text.score >= 0.1) {
    // English and Spanish stems of one word name the same word: list it once.
    const words = [...new Set(text.shared.map((lexeme) => labels.word?.(lexeme) ?? lexeme))].slice(
      0,
      4,
    );
    reason(text.score, "text", { words: words.join(", ") }, `Both speak of ${words.join(", ")}`);
  }

  if (sharedDomains.length > 0)
    reason(
      values.domains,
      "domains",
      {
        matched: sharedDomains.length,
        of: challenge.domains.length,
        areas: sharedDomains.join(","),
      },
      `Matches ${sharedDomains.length} of ${challenge.domains.length} ${challenge.domains.length === 1 ? "area" : "areas"} (${sharedDomains.map(labels.area).join(", ")})`,
    );

  if (sharedSdgs.length > 0)
    reason(
      values.sdgs * 0.5,
      "sdgs",
      { goals: sharedSdgs.join(",") },
      `Works towards SDG ${sharedSdgs.join(", ")}`,
    );

  const place = challenge.place;
  if (place && solution.providerCountry === place.country)
    reason(0.6, "region.local", { country: place.country }, `Provider based in the same country`);
  else if (place && solution.regionsServed.includes(place.continent))
    reason(
      0.5,
      "region.served",
      { continent: place.continent },
      `Serves ${labels.continent(place.continent)}`,
    );

  if (values.language === 1 && challenge.language !== "en")
    reason(
      0.4,
      "language",
      { language: challenge.language },
      `Works in ${labels.language(challenge.language)}`,
    );

  if (challenge.budgetUsd !== null && values.budget === 1 && solution.priceModel !== "other")
    reason(
      0.3,
      "budget",
      { priceModel: solution.priceModel, budgetUsd: challenge.budgetUsd },
      `A ${solution.priceModel.replace("-", " ")} offer fits a budget of ${formatUsd(challenge.budgetUsd)}`,
    );

  const wanted = TRL_WANTED[challenge.stage];
  if (values.readiness === 1 && (challenge.stage === "tender-open" || challenge.stage === "funded"))
    reason(
      0.55,
      "readiness",
      { trl: solution.trl, wanted, stage: challenge.stage },
      `TRL ${solution.trl}: ready for a ${challenge.stage.replace("-", " ")} challenge (wants ${wanted}+)`,
    );
  else if (values.readiness < 1)
    reason(
      0.05,
      "readiness.low",
      { trl: solution.trl, wanted, stage: challenge.stage },
      `TRL ${solution.trl} is below the ${wanted} a ${challenge.stage.replace("-", " ")} challenge wants`,
    );

  if (evidence.relevant.length > 0) {
    const deployments = evidence.relevant.filter((entry) => entry.item.kind === "deployment");
    const cases = evidence.relevant.filter((entry) => entry.item.kind === "case");
    const nearby = place
      ? deployments.filter((entry) => entry.item.place.continent === place.continent).length
      : 0;
    const area = labels.area(
      countShared(challenge.domains, evidence.relevant[0]?.item.domains ?? [])[0] ?? "",
    );
    const where = place && nearby > 0 ? ` in ${labels.continent(place.continent)}` : "";
    if (deployments.length > 0)
      reason(
        evidence.value,
        "evidence.deployments",
        { count: deployments.length, nearby, area },
        `Deployed in ${plural(deployments.length, "city", "cities")}${where} for ${area.toLowerCase()}`,
      );
    if (cases.length > 0)
      reason(
        evidence.value * 0.7,
        "evidence.cases",
        { count: cases.length, area },
        `${plural(cases.length, "delivered case", "delivered cases")} in ${area.toLowerCase()}`,
      );
    const similar = evidence.relevant.filter(
      (entry) =>
        place && populationSimilarity(entry.item.place.population, place.population) >= 0.8,
    );
    if (place && similar.length > 0)
      reason(
        evidence.value * 0.6,
        "evidence.similar",
        { count: similar.length, example: similar[0]?.item.place.name ?? "" },
        `Proven in ${plural(similar.length, "city", "cities")} of similar size, such as ${similar[0]?.item.place.name}`,
      );
  }

  const parts = weightedParts({ text: text.score, ...values }, weights);
  const score = totalScore(parts);
  for (const part of parts) {
    part.value = round(part.value, 4);
    part.points = round(part.points, 2);
  }
  reasons.sort((x, y) => y.strength - x.strength || x.code.localeCompare(y.code));
  return {
    score,
    parts,
    reasons: reasons.slice(0, 5).map(({ strength: _strength, ...rest }) => rest),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
