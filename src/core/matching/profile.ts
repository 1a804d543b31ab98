/**
 * What the match engine knows about the two sides of a match. The server builds these
 * from the database (see modules/matching); the engine never does I/O.
 */

/** Field bits of a lexeme in an item's text. */
export const FIELD = { title: 1, summary: 2, description: 4 } as const;

/** An item's text as stemmed lexemes (PostgreSQL's English/Spanish/simple parsers), each with the fields it occurs in. */
export type TextProfile = ReadonlyMap<string, number>;

/** How many items of the corpus contain a lexeme: the basis of inverse document frequency. */
export interface CorpusStats {
  documents: number;
  frequency(lexeme: string): number;
}

export interface Place {
  name: string;
  country: string;
  continent: string;
  population: number | null;
}

export type ProcurementStage = "idea" | "scoping" | "funded" | "tender-open" | "awarded";
export type PriceModel =
  | "license"
  | "subscription"
  | "per-unit"
  | "project"
  | "revenue-share"
  | "open-source"
  | "other";

export interface ChallengeProfile {
  id: string;
  organizationId: string;
  text: TextProfile;
  domains: readonly string[];
  sdgs: readonly number[];
  stage: ProcurementStage;
  /** The upper budget (or the lower when only that is known) in US dollars; null if unknown. */
  budgetUsd: number | null;
  preferredPartnerKinds: readonly string[];
  language: string;
  /** The city the challenge is for (its owner's city), if known. */
  place: Place | null;
}

/** A deployment of the provider's solutions or a delivered case: where, and in which domains. */
export interface Evidence {
  kind: "deployment" | "case";
  place: Place;
  domains: readonly string[];
  year: number | null;
}

export interface SolutionProfile {
  id: string;
  organizationId: string;
  providerKind: string;
  providerCountry: string;
  text: TextProfile;
  domains: readonly string[];
  sdgs: readonly number[];
  trl: number;
  priceModel: PriceModel;
  regionsServed: readonly string[];
  languages: readonly string[];
  /** Deployments of this solution, then the provider's delivered cases, newest first (its other solutions' too). */
  evidence: readonly Evidence[];
  updatedAt: Date;
}
