// Shapes of the citymatch HTTP API (base /api/v1), as the web app reads them.
// Kept by hand next to the server's zod schemas in src/server/modules/*/schema.ts.

export const LOCALES = ["en", "zh-CN", "es"] as const;
export type Locale = (typeof LOCALES)[number];

export const CONTINENTS = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"] as const;
export type Continent = (typeof CONTINENTS)[number];

export const ORGANIZATION_KINDS = [
  "city-government",
  "company",
  "startup",
  "university",
  "investor",
  "association",
  "international-organization",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_ROLES = ["admin", "member"] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const EVENT_STATUSES = ["draft", "published", "archived"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const PARTICIPATION_ROLES = [
  "organizer",
  "delegate",
  "exhibitor",
  "speaker",
  "visitor",
  "media",
  "jury",
] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const AREA_CODES = [
  "enabling-technologies",
  "energy-environment",
  "mobility",
  "governance",
  "living-inclusion",
  "industry-economy",
  "infrastructure-building",
  "safety-resilience",
] as const;
export type AreaCode = (typeof AREA_CODES)[number];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

export interface Health {
  status: "ok";
  database: "pglite" | "postgres";
  version: string;
}

export interface Stats {
  cities: number;
  countries: number;
  continents: number;
  organizations: number;
  organizationsByKind: Partial<Record<OrganizationKind, number>>;
  people: number;
  events: number;
}

export interface Area {
  code: string;
  position: number;
  name: string;
  description: string;
}

export interface Sdg {
  number: number;
  name: string;
  color: string;
}

export interface Taxonomy {
  areas: Area[];
  sdgs: Sdg[];
}

export interface CityRef {
  id: string;
  slug: string;
  name: string;
  country: string;
}

export interface OrganizationRef {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
}

export interface EventRef {
  id: string;
  slug: string;
  name: string;
  startsOn: string;
  endsOn: string;
  status: EventStatus;
}

export interface City {
  id: string;
  slug: string;
  name: string;
  country: string;
  province: string | null;
  continent: Continent;
  population: number;
  latitude: number;
  longitude: number;
  timeZone: string;
  organizationId: string | null;
}

export interface CityDetail extends City {
  organization: OrganizationRef | null;
  organizations: OrganizationRef[];
  events: EventRef[];
  canEdit: boolean;
}

export interface CityInput {
  name: string;
  slug?: string;
  country: string;
  province?: string | null;
  /** Derived from the country when omitted. */
  continent?: Continent;
  population: number;
  latitude: number;
  longitude: number;
  timeZone: string;
  organizationId?: string | null;
}

export interface Organization {
  id: string;
  slug: string;
  kind: OrganizationKind;
  name: string;
  country: string;
  cityId: string | null;
  cityName: string | null;
  website: string | null;
  description: string;
  logoUrl: string | null;
  domains: string[];
  createdAt: string;
  updatedAt: string;
}

export interface OrganizationMember {
  id: string;
  name: string;
  title: string | null;
  role: OrganizationRole;
}

export interface OrganizationDetail extends Organization {
  city: CityRef | null;
  representsCity: CityRef | null;
  members: OrganizationMember[];
  canEdit: boolean;
}

export interface OrganizationInput {
  name: string;
  slug?: string;
  kind: OrganizationKind;
  country: string;
  cityId?: string | null;
  cityName?: string | null;
  website?: string | null;
  description?: string;
  logoUrl?: string | null;
  domains?: string[];
}

export interface Person {
  id: string;
  name: string;
  title: string | null;
  organizationId: string | null;
  organizationName: string | null;
  organizationRole: OrganizationRole | null;
  email: string | null;
  languages: string[];
  locale: Locale;
  bio: string;
  isPlatformAdmin: boolean;
  hasAccount: boolean;
}

export interface PersonInput {
  name?: string;
  title?: string | null;
  email?: string | null;
  password?: string;
  organizationId?: string | null;
  organizationRole?: OrganizationRole | null;
  isPlatformAdmin?: boolean;
  languages?: string[];
  locale?: Locale;
  bio?: string;
}

export interface Me {
  person: Person;
  platformAdmin: boolean;
  organization: { id: string; slug: string; name: string; role: OrganizationRole } | null;
  organizerOf: { id: string; slug: string; name: string }[];
}

export interface MeInput {
  name?: string;
  title?: string | null;
  languages?: string[];
  locale?: Locale;
  bio?: string;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface CreatedToken {
  token: string;
  item: ApiToken;
}

export interface CityEvent {
  id: string;
  slug: string;
  name: string;
  hostCity: CityRef;
  venue: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  status: EventStatus;
  description: string;
  website: string | null;
}

export interface EventDetail extends CityEvent {
  participantCounts: Partial<Record<ParticipationRole, number>>;
  canEdit: boolean;
  myRoles: ParticipationRole[];
}

export interface EventInput {
  name: string;
  slug?: string;
  hostCityId: string;
  venue?: string;
  startsOn: string;
  endsOn: string;
  timeZone?: string;
  status?: EventStatus;
  description?: string;
  website?: string | null;
}

export interface Participation {
  id: string;
  eventId: string;
  role: ParticipationRole;
  person: { id: string; name: string; title: string | null; organizationName: string | null };
  organizationId: string | null;
  createdAt: string;
}

export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

export interface ValidationIssue {
  path: string;
  message: string;
}

// ---------------------------------------------------------------------------------------
// Marketplace: challenges, solutions, cases, lists, search, imports
// (src/server/modules/{challenges,solutions,cases,lists,search,imports}/schema.ts)

export const VISIBILITIES = ["public", "members", "draft"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const PROCUREMENT_STAGES = ["idea", "scoping", "funded", "tender-open", "awarded"] as const;
export type ProcurementStage = (typeof PROCUREMENT_STAGES)[number];

export const CHALLENGE_STATUSES = ["open", "in-talks", "matched", "closed"] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export const PRICE_MODELS = [
  "license",
  "subscription",
  "per-unit",
  "project",
  "revenue-share",
  "open-source",
  "other",
] as const;
export type PriceModel = (typeof PRICE_MODELS)[number];

export const ITEM_TYPES = ["challenge", "solution", "case"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const SAVED_KINDS = ["bookmark", "follow"] as const;
export type SavedKind = (typeof SAVED_KINDS)[number];

/** A challenge, solution or case the reader bookmarked or follows (`GET /me/saved`). */
export interface SavedItem {
  kind: SavedKind;
  type: ItemType;
  id: string;
  slug: string;
  title: string;
  organizationName: string;
  savedAt: string;
  /** When the item last changed: a follow shows what is new since `savedAt`. */
  updatedAt: string;
}

export const BUDGET_BANDS = ["under-100k", "100k-1m", "1m-10m", "over-10m", "unspecified"] as const;
export type BudgetBand = (typeof BUDGET_BANDS)[number];

export const LIST_STATUSES = ["draft", "published"] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export const TRLS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type Trl = (typeof TRLS)[number];

export const SDG_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type SdgNumber = (typeof SDG_NUMBERS)[number];

/** One saved state of a challenge, solution or case (editors only). */
export interface ItemVersion {
  version: number;
  changedAt: string;
  changedBy: { id: string; name: string } | null;
}

export interface ItemOrganization {
  id: string;
  slug: string;
  name: string;
  kind: string;
  country: string;
}

export interface Challenge {
  id: string;
  slug: string;
  organization: ItemOrganization;
  city: { id: string; slug: string; name: string } | null;
  title: string;
  summary: string;
  domains: string[];
  sdgs: number[];
  tags: string[];
  /** Exact decimal strings in the given currency. */
  budget: { min: string | null; max: string | null; currency: string } | null;
  stage: ProcurementStage;
  startsOn: string | null;
  deadline: string | null;
  preferredPartnerKinds: string[];
  language: string;
  visibility: Visibility;
  status: ChallengeStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ChallengeDetail extends Challenge {
  description: string;
  /** Rendered and sanitized by the server: safe to insert as HTML. */
  descriptionHtml: string;
  contact: { id: string; name: string; title: string | null } | null;
  lists: { id: string; slug: string; title: string }[];
  canEdit: boolean;
}

export interface ChallengeInput {
  organizationId?: string;
  title?: string;
  summary?: string;
  description?: string;
  domains?: string[];
  sdgs?: number[];
  tags?: string[];
  budgetMin?: string | null;
  budgetMax?: string | null;
  currency?: string | null;
  stage?: ProcurementStage;
  startsOn?: string | null;
  deadline?: string | null;
  preferredPartnerKinds?: string[];
  language?: string;
  contactPersonId?: string | null;
  visibility?: Visibility;
  status?: ChallengeStatus;
  expectedVersion?: number;
}

export interface Deployment {
  cityId: string | null;
  cityName: string;
  country: string;
  year: number;
  outcome: string;
}

export interface Solution {
  id: string;
  slug: string;
  organization: ItemOrganization;
  title: string;
  summary: string;
  domains: string[];
  sdgs: number[];
  tags: string[];
  trl: number;
  priceModel: PriceModel;
  regionsServed: string[];
  languages: string[];
  visibility: Visibility;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface SolutionDetail extends Solution {
  description: string;
  descriptionHtml: string;
  certifications: string[];
  mediaLinks: string[];
  deployments: Deployment[];
  cases: { id: string; slug: string; title: string }[];
  canEdit: boolean;
}

export interface SolutionInput {
  organizationId?: string;
  title?: string;
  summary?: string;
  description?: string;
  domains?: string[];
  sdgs?: number[];
  tags?: string[];
  trl?: number;
  priceModel?: PriceModel;
  regionsServed?: string[];
  languages?: string[];
  certifications?: string[];
  mediaLinks?: string[];
  visibility?: Visibility;
  /** Replaces the whole list. */
  deployments?: Deployment[];
  expectedVersion?: number;
}

export interface Kpi {
  metric: string;
  baseline: number | null;
  result: number;
  unit: string;
  year: number | null;
}

export interface Case {
  id: string;
  slug: string;
  title: string;
  summary: string;
  organization: { id: string; slug: string; name: string };
  city: { id: string; slug: string; name: string; country: string };
  domains: string[];
  sdgs: number[];
  tags: string[];
  investment: { amount: string; currency: string } | null;
  startedOn: string | null;
  endedOn: string | null;
  visibility: Visibility;
  version: number;
  updatedAt: string;
}

export interface CaseDetail extends Case {
  problem: string;
  problemHtml: string;
  approach: string;
  approachHtml: string;
  kpis: Kpi[];
  partners: { id: string; slug: string; name: string; kind: string; role: string }[];
  solutions: { id: string; slug: string; title: string; organizationName: string }[];
  canEdit: boolean;
}

export interface CaseInput {
  organizationId?: string;
  cityId?: string;
  title?: string;
  summary?: string;
  problem?: string;
  approach?: string;
  domains?: string[];
  sdgs?: number[];
  tags?: string[];
  investment?: string | null;
  currency?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
  visibility?: Visibility;
  kpis?: Kpi[];
  partners?: { organizationId: string; role: string }[];
  solutionIds?: string[];
  expectedVersion?: number;
}

export interface ChallengeList {
  id: string;
  slug: string;
  title: string;
  intro: string;
  priorityAreas: string[];
  status: ListStatus;
  publishedOn: string | null;
  event: { id: string; slug: string; name: string } | null;
  stats: { demands: number; cities: number; countries: number };
  updatedAt: string;
}

export interface ChallengeListDetail extends ChallengeList {
  items: { position: number; challenge: Challenge }[];
  byDomain: { domain: string; demands: number }[];
  byCountry: { country: string; demands: number }[];
  canEdit: boolean;
}

export interface ChallengeListInput {
  eventId?: string | null;
  title?: string;
  intro?: string;
  priorityAreas?: string[];
  /** The ordered list of challenges; replaces the current one. */
  challengeIds?: string[];
}

export const SEARCH_FACETS = [
  "type",
  "domain",
  "sdg",
  "country",
  "continent",
  "trl",
  "stage",
  "budgetBand",
] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export interface SearchHit {
  type: ItemType;
  id: string;
  slug: string;
  title: string;
  /** HTML-escaped text in which only <mark> elements mark the matched words. */
  snippet: string;
  organization: { id: string; name: string };
  country: string;
  continent: string | null;
  domains: string[];
  sdgs: number[];
  trl: number | null;
  stage: string | null;
  budgetBand: string | null;
  status: string | null;
  updatedAt: string;
  score: number | null;
}

export interface SearchResult {
  items: SearchHit[];
  total: number;
  nextCursor: string | null;
  /** fuzzy: nothing matched the words exactly, so these are close matches. */
  mode: "all" | "fulltext" | "fuzzy";
  facets: Record<SearchFacet, { value: string; count: number }[]>;
}

export const IMPORT_KINDS = ["challenges", "solutions"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportRowError {
  /** 1-based data row (the header is row 0); 0 for the file itself. */
  row: number;
  column: string | null;
  message: string;
}

export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  rows: number;
  valid: number;
  created: number;
  errorCount: number;
  errors: ImportRowError[];
}

// ---------------------------------------------------------------------------------------
// Matching: recommendations with explained scores (src/server/modules/matching/schema.ts)

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

/** `GET /match-weights`: the weights every recommendation is scored with. */
export interface MatchWeights {
  weights: Record<MatchPart, number>;
  defaults: Record<MatchPart, number>;
  /** Someone has set the weights (they may equal the defaults again). */
  tuned: boolean;
  /** When they were last tuned; null while the defaults were never changed. */
  updatedAt: string | null;
}

/** One part of a match score. */
export interface MatchScorePart {
  part: MatchPart;
  /** 0..1, before weighting. */
  value: number;
  weight: number;
  /** This part's share of the score, in score points (all parts add up to `score`). */
  points: number;
}

/** Why a pair matches: a code with its parameters, and the same in an English sentence. */
export interface MatchReason {
  code: string;
  params: Record<string, string | number>;
  text: string;
}

export interface Match {
  /** 0..100, one decimal. */
  score: number;
  parts: MatchScorePart[];
  /** The strongest first. */
  reasons: MatchReason[];
}

export interface Recommendation {
  item: {
    type: ItemType;
    id: string;
    slug: string;
    title: string;
    organization: { id: string; name: string };
    country: string;
  };
  match: Match;
}

/** `GET /challenges/:idOrSlug/matches` and `GET /solutions/:idOrSlug/matches`. */
export interface Recommendations {
  items: Recommendation[];
}

/** A challenge and a solution of two organizations, as counterparts show them. */
export interface CounterpartPair {
  challenge: { id: string; slug: string; title: string };
  solution: { id: string; slug: string; title: string };
  score: number;
  /** The strongest first. */
  reasons: MatchReason[];
}

/** An organization whose items match another's (src/server/modules/matching/schema.ts). */
export interface Counterpart {
  organization: { id: string; name: string; kind: OrganizationKind; country: string };
  /** The best pair's score. */
  score: number;
  /** How many of the two organizations' items match. */
  pairCount: number;
  /** The best three pairs. */
  pairs: CounterpartPair[];
}

/** `GET /organizations/:idOrSlug/matches`. */
export interface Counterparts {
  items: Counterpart[];
}

/** A counterpart present at an edition, with its people who take part. */
export interface PersonToMeet extends Counterpart {
  people: { id: string; name: string; role: ParticipationRole }[];
}

/** `GET /events/:idOrSlug/people-to-meet`. */
export interface PeopleToMeet {
  items: PersonToMeet[];
}

// ---------------------------------------------------------------------------------------
// Money: the dated exchange rates that turn deal values into US dollars
// (src/server/modules/money/schema.ts)

export interface ExchangeRate {
  /** ISO 4217. */
  currency: string;
  /** YYYY-MM-DD: the rate holds from this day until the currency's next rate. */
  validFrom: string;
  /** US dollars per unit of the currency, an exact decimal ("1.0800000000"). */
  usdPerUnit: string;
}

// ---------------------------------------------------------------------------------------
// Connections: the deal funnel between two organizations, the inbox, and an edition's
// outcomes (src/server/modules/{connections,outcomes}/schema.ts, src/core/funnel/)

export const CONNECTION_STATUSES = [
  "requested",
  "accepted",
  "declined",
  "withdrawn",
  "met",
  "intention",
  "contracted",
  "closed",
] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

export const CONNECTION_ACTIONS = [
  "accept",
  "decline",
  "withdraw",
  "record-meeting",
  "propose-intention",
  "confirm-intention",
  "propose-contract",
  "confirm-contract",
  "close",
] as const;
export type ConnectionAction = (typeof CONNECTION_ACTIONS)[number];

export type ConnectionSide = "requester" | "recipient";

export interface ConnectionItemRef {
  id: string;
  slug: string;
  title: string;
}

export interface Connection {
  id: string;
  status: ConnectionStatus;
  requester: { id: string; name: string };
  recipient: { id: string; name: string };
  /** The reader's side, null for organizers and admins looking on. */
  yourSide: ConnectionSide | null;
  /** Who has to act next; null once the connection is settled. */
  awaiting: ConnectionSide | "either" | null;
  challenge: ConnectionItemRef | null;
  solution: ConnectionItemRef | null;
  eventId: string | null;
  message: string;
  pendingIntentionBy: ConnectionSide | null;
  pendingContractBy: ConnectionSide | null;
  /** Present from the moment an intention is proposed. */
  intention: { on: string; documentUrl: string | null } | null;
  /** Confidential: present for the parties, the edition's organizers and admins only. */
  contract: { value: string; currency: string; signedOn: string; scope: string } | null;
  closedReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ConnectionStep {
  action: "request" | ConnectionAction;
  fromStatus: ConnectionStatus | null;
  toStatus: ConnectionStatus;
  by: { personId: string | null; organizationId: string | null };
  note: string;
  details: Record<string, unknown>;
  at: string;
}

export interface ConnectionDetail extends Connection {
  steps: ConnectionStep[];
}

export interface ConnectionRequest {
  recipientOrganizationId: string;
  challengeId?: string;
  solutionId?: string;
  eventId?: string;
  message: string;
}

/** The body of `POST /connections/:id/actions`. */
export type ConnectionActionInput =
  | {
      action: "accept" | "decline" | "withdraw" | "confirm-intention" | "confirm-contract";
      note?: string;
    }
  | { action: "record-meeting"; meetingOn: string; note?: string }
  | { action: "propose-intention"; intentionOn: string; documentUrl?: string; note?: string }
  | {
      action: "propose-contract";
      /** An exact amount with at most two decimals, e.g. "1250000.50". */
      value: string;
      currency: string;
      signedOn: string;
      scope: string;
      note?: string;
    }
  | { action: "close"; reason: string };

export interface InboxNotification {
  id: string;
  /** `connection.requested`, `connection.accept`, … */
  kind: string;
  connectionId: string | null;
  /** In English, from the server; the app words known kinds in the reader's language. */
  title: string;
  body: string;
  /** Where it leads when not to its connection, e.g. `/events/barcelona-2026/meetings`. */
  link: string | null;
  createdAt: string;
  read: boolean;
}

export interface Inbox {
  items: InboxNotification[];
  unread: number;
}

export interface StageCounts {
  pairs: number;
  meetings: number;
  intentions: number;
  contracts: number;
  /** Total contract value in US dollars, two decimals; null without a converted contract. */
  valueUsd: string | null;
  /** Contracts in a currency with no exchange rate yet (left out of valueUsd). */
  unconverted: number;
}

export const OUTCOME_BREAKDOWNS = [
  "domain",
  "country",
  "region",
  "providerKind",
  "city",
  "provider",
] as const;
export type OutcomeBreakdown = (typeof OUTCOME_BREAKDOWNS)[number];

export const OUTCOME_TABLES = ["funnel", "timeline", ...OUTCOME_BREAKDOWNS] as const;
export type OutcomeTable = (typeof OUTCOME_TABLES)[number];

export interface OutcomeRow extends StageCounts {
  key: string;
}

export interface OutcomeDay {
  day: string;
  requests: number;
  pairs: number;
  meetings: number;
  intentions: number;
  contracts: number;
}

/** `GET /events/:idOrSlug/outcomes`: the edition's organizers and platform admins. */
export interface Outcomes {
  funnel: StageCounts & {
    requests: number;
    conversion: {
      meetingsPerPair: number | null;
      intentionsPerMeeting: number | null;
      contractsPerIntention: number | null;
    };
  };
  breakdowns: Record<OutcomeBreakdown, OutcomeRow[]>;
  timeline: OutcomeDay[];
}

/** `GET /events/:idOrSlug/outcomes/public`: values only where 3 or more deals stand behind them. */
export interface PublicOutcomes {
  pairs: number;
  meetings: number;
  intentions: number;
  contracts: number;
  valueUsd: string | null;
  byDomain: { key: string; pairs: number; contracts: number; valueUsd: string | null }[];
}

// ---------------------------------------------------------------------------------------
// B2B meetings at an edition (src/server/modules/meetings/schema.ts)

export const SCHEDULING_MODES = ["receiver-picks", "organizer"] as const;
export type SchedulingMode = (typeof SCHEDULING_MODES)[number];
export const LOCATION_KINDS = ["table", "booth"] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];
export const MEETING_PRIORITIES = ["must-meet", "would-like"] as const;
export type MeetingPriority = (typeof MEETING_PRIORITIES)[number];
export const MEETING_REQUEST_STATUSES = [
  "pending",
  "accepted",
  "declined",
  "withdrawn",
  "cancelled",
] as const;
export type MeetingRequestStatus = (typeof MEETING_REQUEST_STATUSES)[number];
export const MEETING_STATUSES = ["planned", "happened", "no-show", "cancelled"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const SCHEDULE_RUN_STATUSES = [
  "running",
  "done",
  "failed",
  "cancelled",
  "published",
  "discarded",
] as const;
export type ScheduleRunStatus = (typeof SCHEDULE_RUN_STATUSES)[number];

export interface MeetingPause {
  starts: string;
  ends: string;
}

export interface MeetingSessionInput {
  /** A day of the edition, YYYY-MM-DD. */
  day: string;
  label: string;
  /** Local wall clock HH:MM in the edition's time zone. */
  starts: string;
  ends: string;
  pauses: MeetingPause[];
}

export interface MeetingSession extends MeetingSessionInput {
  id: string;
  slotCount: number;
}

export interface MeetingSlot {
  id: string;
  position: number;
  sessionId: string;
  startsAt: string;
  endsAt: string;
  /** Wall clock in the edition's time zone: day YYYY-MM-DD, starts and ends HH:MM. */
  day: string;
  starts: string;
  ends: string;
}

export interface MeetingProgramme {
  eventId: string;
  timeZone: string;
  tableCount: number;
  locationKind: LocationKind;
  slotMinutes: number;
  mode: SchedulingMode;
  requestsOpen: boolean;
  fairness: number | null;
  publishedAt: string | null;
  sessions: MeetingSession[];
  slots: MeetingSlot[];
  /** Only in answers to PUT: meetings taken off the grid because their slot went away. */
  unplaced?: number;
}

export interface MeetingProgrammeInput {
  tableCount: number;
  locationKind: LocationKind;
  slotMinutes: number;
  mode: SchedulingMode;
  requestsOpen: boolean;
  fairness: number | null;
  sessions: MeetingSessionInput[];
  unplaceAffected?: boolean;
}

export interface MeetingPerson {
  id: string;
  name: string;
  organization: { id: string; name: string } | null;
}

export interface MeetingRequest {
  id: string;
  eventId: string;
  requester: MeetingPerson;
  recipient: MeetingPerson;
  message: string;
  priority: MeetingPriority;
  sessionId: string | null;
  status: MeetingRequestStatus;
  source: "participant" | "organizer";
  yourPart: "requester" | "recipient" | null;
  meetingId: string | null;
  connectionId: string | null;
  createdAt: string;
  respondedAt: string | null;
}

export interface MeetingRequestInput {
  recipientId: string;
  message: string;
  priority: MeetingPriority;
  sessionId: string | null;
}

export interface MeetingMatchInput {
  personIds: [string, string];
  message?: string;
  priority?: MeetingPriority;
  sessionId?: string | null;
}

export type MeetingRequestAction =
  | { action: "accept"; slotId?: string | null }
  | { action: "decline" }
  | { action: "withdraw" }
  | { action: "cancel" };

export interface Meeting {
  id: string;
  eventId: string;
  requestId: string | null;
  attendees: MeetingPerson[];
  slot: MeetingSlot | null;
  tableNumber: number | null;
  /** "Table 7", "Booth 3". */
  location: string | null;
  pinned: boolean;
  placedBy: "receiver" | "organizer" | "scheduler" | null;
  priority: MeetingPriority;
  sessionId: string | null;
  status: MeetingStatus;
  message: string;
}

export interface MeetingPlacementInput {
  slotId: string | null;
  tableNumber?: number | null;
  pinned?: boolean;
}

export interface MeetingAgenda {
  event: { id: string; slug: string; name: string; timeZone: string };
  person: MeetingPerson;
  published: boolean;
  meetings: Meeting[];
  unavailable: string[];
}

export interface ScheduleRunProgress {
  seconds: number;
  placed: number;
  unscheduled: number;
  breaks: number;
  lowerBound: number;
}

export interface ScheduleRunResult {
  status: "optimal" | "feasible" | "infeasible";
  meetings: number;
  placed: number;
  unscheduled: { meetingId: string; attendees: string[] }[];
  breaks: {
    total: number;
    max: number;
    min: number;
    byParticipant: { personId: string; name: string; breaks: number }[];
  };
  lowerBound: number;
  seconds: number;
  moved: number;
  tableUse: { slotId: string; starts: string; day: string; used: number }[];
}

export interface ScheduleRun {
  id: string;
  eventId: string;
  status: ScheduleRunStatus;
  keepPublished: boolean;
  timeLimitSeconds: number;
  fairness: number | null;
  seed: number;
  startedAt: string;
  finishedAt: string | null;
  publishedAt: string | null;
  error: string | null;
  progress: ScheduleRunProgress | null;
  result: ScheduleRunResult | null;
}

export interface ScheduleRunInput {
  timeLimitSeconds: number;
  fairness?: number | null;
  keepPublished: boolean;
}

export interface PublishResult {
  run: ScheduleRun;
  placed: number;
  moved: number;
  skipped: number;
}

export interface MeetingSuggestion {
  people: [MeetingPerson, MeetingPerson];
  score: number;
  challenge: { id: string; title: string };
  solution: { id: string; title: string };
}
