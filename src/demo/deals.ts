/**
 * Demo deal funnel for the Shanghai-like edition: connections between the cities'
 * challenges and the providers' solutions that reproduce the seed documents' figures —
 * 517 supply–demand pairs connected, 122 cooperation intentions, 39 signed contracts
 * worth USD 120 million — spread over domains, countries and the days around the event.
 * Pairs are drawn among related challenges and solutions (the generator's template
 * relations), exact answers more often than partial ones. Pure and deterministic.
 */
import { createRandom, deriveSeed, type Random } from "../core/random.ts";
import type { connectionSteps, connections, exchangeRates } from "../server/db/schema/index.ts";
import type { DemoData } from "./generate.ts";
import { type MarketplaceData, templateRelation } from "./marketplace.ts";

/** The seed documents' outcome figures for the Shanghai edition. */
export const SHANGHAI_OUTCOMES = {
  eventSlug: "shanghai-2026",
  pairs: 517,
  meetings: 341,
  intentions: 122,
  contracts: 39,
  valueUsd: 120_000_000,
  /** Requests that never became pairs: declined, withdrawn or still waiting. */
  unansweredRequests: 96,
} as const;

/**
 * Demo exchange rates (US dollars per unit, from 1 January 2026), rounded: illustrative
 * values for the demo, not market data. Organizers keep the real table.
 */
export const DEMO_EXCHANGE_RATES: Record<string, string> = {
  EUR: "1.08",
  CNY: "0.138",
  GBP: "1.27",
  JPY: "0.0067",
  AUD: "0.66",
  CAD: "0.73",
  SGD: "0.74",
  KRW: "0.00073",
  INR: "0.012",
  BRL: "0.18",
  AED: "0.2723",
};

const EURO_COUNTRIES = new Set([
  "AT",
  "BE",
  "DE",
  "ES",
  "FI",
  "FR",
  "GR",
  "IE",
  "IT",
  "NL",
  "PT",
  "EE",
  "LV",
  "LT",
  "SK",
  "SI",
  "LU",
  "HR",
]);
const CURRENCY_OF_COUNTRY: Record<string, string> = {
  CN: "CNY",
  GB: "GBP",
  JP: "JPY",
  AU: "AUD",
  CA: "CAD",
  SG: "SGD",
  KR: "KRW",
  IN: "INR",
  BR: "BRL",
  AE: "AED",
};
const currencyOf = (country: string) =>
  EURO_COUNTRIES.has(country) ? "EUR" : (CURRENCY_OF_COUNTRY[country] ?? "USD");

const CLOSE_REASONS = [
  "No budget this year; the city will come back after the next budget cycle.",
  "The city chose to tender the project openly.",
  "Integration with the city's existing platform proved too costly.",
  "The provider cannot offer local support in this country yet.",
  "Priorities changed after the municipal election.",
  "A pilot elsewhere did not meet the city's expectations.",
];

export type DemoConnection = typeof connections.$inferInsert & { id: string };
export type DemoConnectionStep = typeof connectionSteps.$inferInsert & { id: string };
type Iso<T, K extends keyof T> = Omit<T, K> & { [key in K]: string };
export interface DemoDeals {
  connections: Iso<DemoConnection, "createdAt" | "updatedAt">[];
  connectionSteps: Iso<DemoConnectionStep, "at">[];
  exchangeRates: (typeof exchangeRates.$inferInsert)[];
}

interface Candidate {
  challengeId: string;
  cityOrganizationId: string;
  cityCountry: string;
  solutionId: string;
  providerOrganizationId: string;
  exact: boolean;
}

/** A moment on a given day of 2026 in Shanghai office hours (UTC+8), as UTC. */
function onDay(random: Random, isoDay: string): Date {
  const hour = random.int(9, 17);
  const minute = random.int(0, 59);
  return new Date(
    `${isoDay}T${String(hour - 8).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00Z`,
  );
}

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const later = (a: Date, b: Date) => (a > b ? a : new Date(b.getTime() + 60 * 60 * 1000));

export function generateDeals(data: DemoData, market: MarketplaceData, seed: number): DemoDeals {
  const random = createRandom(deriveSeed(seed, "deals"));
  const idFor = (key: string) => createRandom(deriveSeed(seed, `deal:${key}`)).uuid();
  const event = data.events.find((candidate) => candidate.slug === SHANGHAI_OUTCOMES.eventSlug);
  if (!event) throw new Error("the demo has no Shanghai edition");

  const people = new Map(data.people.map((person) => [person.id, person]));
  const present = new Set(
    data.participations
      .filter((participation) => participation.eventId === event.id)
      .map((participation) => people.get(participation.personId)?.organizationId)
      .filter((id): id is string => Boolean(id)),
  );
  const staff = new Map<string, string>();
  for (const person of data.people)
    if (person.organizationId && !staff.has(person.organizationId))
      staff.set(person.organizationId, person.id);
  const organizations = new Map(data.organizations.map((org) => [org.id, org]));

  const challenges = market.challenges.filter(
    (challenge) => challenge.visibility === "public" && present.has(challenge.organizationId),
  );
  const solutions = market.solutions.filter(
    (solution) => solution.visibility === "public" && present.has(solution.organizationId),
  );
  const candidates: Candidate[] = [];
  for (const challenge of challenges) {
    const problem = market.provenance.challenges[challenge.id];
    if (!problem) continue;
    for (const solution of solutions) {
      const offer = market.provenance.solutions[solution.id];
      const relation = offer ? templateRelation(problem, offer) : null;
      if (!relation) continue;
      candidates.push({
        challengeId: challenge.id,
        cityOrganizationId: challenge.organizationId,
        cityCountry: organizations.get(challenge.organizationId)?.country ?? "US",
        solutionId: solution.id,
        providerOrganizationId: solution.organizationId,
        exact: relation === "exact",
      });
    }
  }
  // Exact answers are three times as likely to be picked as partial ones; no challenge
  // gets more than eight pairs, so the pairs spread over many cities and domains.
  const keyed = candidates.map((candidate) => ({
    candidate,
    key: random.next() ** (1 / (candidate.exact ? 3 : 1)),
  }));
  keyed.sort((a, b) => b.key - a.key);
  const perChallenge = new Map<string, number>();
  const picked: Candidate[] = [];
  const wanted = SHANGHAI_OUTCOMES.pairs + SHANGHAI_OUTCOMES.unansweredRequests;
  for (const { candidate } of keyed) {
    const n = perChallenge.get(candidate.challengeId) ?? 0;
    if (n >= 8) continue;
    perChallenge.set(candidate.challengeId, n + 1);
    picked.push(candidate);
    if (picked.length === wanted) break;
  }
  if (picked.length < wanted)
    throw new Error(`only ${picked.length} related pairs for ${wanted} demo connections`);

  // Stages: the first 517 become pairs; of those, exact answers go further first.
  const pairs = picked.slice(0, SHANGHAI_OUTCOMES.pairs);
  const unanswered = picked.slice(SHANGHAI_OUTCOMES.pairs);
  const byPromise = [...pairs].sort(
    (a, b) => Number(b.exact) - Number(a.exact) || random.next() - 0.5,
  );
  const reach = new Map<Candidate, number>();
  byPromise.forEach((pair, index) => {
    reach.set(
      pair,
      index < SHANGHAI_OUTCOMES.contracts
        ? 4
        : index < SHANGHAI_OUTCOMES.intentions
          ? 3
          : index < SHANGHAI_OUTCOMES.meetings
            ? 2
            : 1,
    );
  });

  // Contract values: skewed shares of USD 120 M, kept in each city's currency.
  const contracted = byPromise.slice(0, SHANGHAI_OUTCOMES.contracts);
  const shares = contracted.map(() => Math.exp(random.next() * 2.6));
  const shareTotal = shares.reduce((a, b) => a + b, 0);
  const contractTerms = new Map<Candidate, { value: string; currency: string }>();
  contracted.forEach((pair, index) => {
    const usd = (SHANGHAI_OUTCOMES.valueUsd * (shares[index] as number)) / shareTotal;
    const currency = currencyOf(pair.cityCountry);
    const rate = currency === "USD" ? 1 : Number(DEMO_EXCHANGE_RATES[currency]);
    contractTerms.set(pair, { value: (usd / rate).toFixed(2), currency });
  });

  const connectionRows: DemoConnection[] = [];
  const stepRows: DemoConnectionStep[] = [];
  const solutionTitles = new Map(market.solutions.map((s) => [s.id, s.title]));
  const cityNames = new Map(data.organizations.map((o) => [o.id, o.name]));

  const build = (pair: Candidate, index: number, answered: boolean) => {
    const id = idFor(`connection:${index}`);
    const providerAsks = random.chance(0.6);
    const requester = providerAsks ? pair.providerOrganizationId : pair.cityOrganizationId;
    const recipient = providerAsks ? pair.cityOrganizationId : pair.providerOrganizationId;
    const sideOrg = { requester, recipient } as const;
    const steps: Omit<DemoConnectionStep, "id" | "connectionId">[] = [];
    const step = (
      action: string,
      from: NonNullable<DemoConnection["status"]> | null,
      to: NonNullable<DemoConnection["status"]>,
      by: "requester" | "recipient",
      at: Date,
      details: Record<string, unknown> = {},
      note = "",
    ) =>
      steps.push({
        action,
        fromStatus: from,
        toStatus: to,
        byOrganizationId: sideOrg[by],
        byPersonId: staff.get(sideOrg[by]) ?? null,
        at,
        details,
        note,
      });
    const requestDay = addDays("2026-08-18", random.int(0, 16));
    const requestedAt = onDay(random, requestDay);
    const row: DemoConnection = {
      id,
      requesterOrganizationId: requester,
      recipientOrganizationId: recipient,
      challengeId: pair.challengeId,
      solutionId: pair.solutionId,
      eventId: event.id,
      status: "requested",
      message: providerAsks
        ? `We would like to discuss how ${solutionTitles.get(pair.solutionId) ?? "our solution"} could answer your challenge.`
        : "Your solution looks like a fit for our challenge; can we meet at the exchange?",
      requestedById: staff.get(requester) ?? null,
      createdAt: requestedAt,
    };
    step("request", null, "requested", "requester", requestedAt, {}, row.message ?? "");
    let at = requestedAt;
    if (!answered) {
      const outcome = random.next();
      if (outcome < 0.55) {
        at = later(onDay(random, addDays(requestDay, random.int(1, 4))), at);
        row.status = "declined";
        step("decline", "requested", "declined", "recipient", at);
      } else if (outcome < 0.7) {
        at = later(onDay(random, addDays(requestDay, random.int(1, 6))), at);
        row.status = "withdrawn";
        step("withdraw", "requested", "withdrawn", "requester", at);
      }
    } else {
      const stage = reach.get(pair) ?? 1;
      at = later(onDay(random, addDays(requestDay, random.int(0, 2))), at);
      row.status = "accepted";
      step("accept", "requested", "accepted", "recipient", at);
      if (stage >= 2) {
        // A meeting on one of the event's days, never before the request was accepted.
        const drawn = addDays("2026-09-01", random.int(0, 4));
        const acceptedOn = at.toISOString().slice(0, 10);
        const meetingDay = [drawn, acceptedOn].sort()[1] as string;
        at = later(onDay(random, meetingDay), at);
        row.status = "met";
        step(
          "record-meeting",
          "accepted",
          "met",
          random.chance(0.5) ? "requester" : "recipient",
          at,
          {
            meetingOn: meetingDay,
          },
        );
      }
      if (stage >= 3) {
        // Most intentions are signed at the closing ceremony on the last day.
        const intentionDay = random.chance(0.7)
          ? "2026-09-05"
          : addDays("2026-09-03", random.int(0, 1));
        const proposer = random.chance(0.5) ? "requester" : "recipient";
        at = later(onDay(random, intentionDay), at);
        row.intentionOn = intentionDay;
        row.intentionDocumentUrl = random.chance(0.6)
          ? `https://shanghai-2026.example/intentions/${id.slice(0, 8)}.pdf`
          : null;
        step("propose-intention", "met", "met", proposer, at, {
          intentionOn: intentionDay,
          documentUrl: row.intentionDocumentUrl,
        });
        at = new Date(at.getTime() + 30 * 60 * 1000);
        row.status = "intention";
        step(
          "confirm-intention",
          "met",
          "intention",
          proposer === "requester" ? "recipient" : "requester",
          at,
        );
      }
      if (stage >= 4) {
        const terms = contractTerms.get(pair);
        const signedOn = random.chance(0.35)
          ? "2026-09-05"
          : addDays("2026-09-20", random.int(0, 55));
        const scope = `Supply, deployment and two years of operation of ${solutionTitles.get(pair.solutionId) ?? "the solution"} for ${cityNames.get(pair.cityOrganizationId) ?? "the city"}.`;
        const proposer = random.chance(0.5) ? "requester" : "recipient";
        at = later(onDay(random, signedOn), at);
        Object.assign(row, {
          contractValue: terms?.value,
          contractCurrency: terms?.currency,
          contractSignedOn: signedOn,
          contractScope: scope,
        });
        step("propose-contract", "intention", "intention", proposer, at, {
          value: terms?.value,
          currency: terms?.currency,
          signedOn,
          scope,
        });
        at = new Date(at.getTime() + 2 * 60 * 60 * 1000);
        row.status = "contracted";
        step(
          "confirm-contract",
          "intention",
          "contracted",
          proposer === "requester" ? "recipient" : "requester",
          at,
        );
      } else if (random.chance(stage === 1 ? 0.35 : 0.25)) {
        const reason = random.pick(CLOSE_REASONS);
        at = later(onDay(random, addDays("2026-09-10", random.int(0, 60))), at);
        step(
          "close",
          row.status ?? "accepted",
          "closed",
          random.chance(0.5) ? "requester" : "recipient",
          at,
          { reason },
          reason,
        );
        row.status = "closed";
        row.closedReason = reason;
      }
    }
    row.updatedAt = at;
    connectionRows.push(row);
    for (const [n, s] of steps.entries())
      stepRows.push({ ...s, id: idFor(`step:${index}:${n}`), connectionId: id });
  };
  for (const [index, pair] of pairs.entries()) build(pair, index, true);
  for (const [index, pair] of unanswered.entries()) build(pair, pairs.length + index, false);

  // As the platform import reads them: timestamps in ISO 8601.
  return {
    connections: connectionRows.map((row) => ({
      ...row,
      createdAt: (row.createdAt as Date).toISOString(),
      updatedAt: (row.updatedAt as Date).toISOString(),
    })),
    connectionSteps: stepRows.map((row) => ({ ...row, at: (row.at as Date).toISOString() })),
    exchangeRates: Object.entries(DEMO_EXCHANGE_RATES).map(([currency, usdPerUnit]) => ({
      currency,
      validFrom: "2026-01-01",
      usdPerUnit,
    })),
  };
}
