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
