import type { Database } from "../server/db/client.ts";
import type { ParticipationRole } from "../server/db/schema/index.ts";
import { hashPassword } from "../server/modules/people/passwords.ts";
import { EXPORT_FORMAT, EXPORT_VERSION } from "../server/modules/platform-data/schema.ts";
import {
  type ImportSummary,
  importPlatformData,
  type Progress,
} from "../server/modules/platform-data/service.ts";
import { generateDeals } from "./deals.ts";
import { DEFAULT_DEMO_SEED, type DemoData, generateDemoData } from "./generate.ts";
import { generateIndices } from "./indices.ts";
import { generateMarketplaceData } from "./marketplace.ts";
import { DEMO_B2B_EVENT, generateMeetings } from "./meetings.ts";

/**
 * Well-known demo sign-ins, listed in the README. They exist only in demo data; a real
 * deployment sets CITYMATCH_DEMO=off and creates its admin with `citymatch admin create`.
 */
export const DEMO_PASSWORD = "citymatch-demo";
export const DEMO_ACCOUNTS = {
  admin: "admin@citymatch.example",
  organizer: "organizer@citymatch.example",
  city: "city@citymatch.example",
  provider: "provider@citymatch.example",
} as const;

// Fixed ids keep the demo deterministic; the generator's ids come from its seed.
const DEMO_ACCOUNT_IDS = {
  admin: "00000000-0000-4000-8000-00000000a001",
  organizer: "00000000-0000-4000-8000-00000000a002",
  city: "00000000-0000-4000-8000-00000000a003",
  provider: "00000000-0000-4000-8000-00000000a004",
} as const;

async function demoAccounts(data: DemoData) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const barcelona = data.cities.find((city) => city.slug === "barcelona-es");
  const provider = data.organizations.find((org) => org.kind === "company");
  const association = data.organizations.find((org) => org.kind === "association");
  if (!barcelona || !provider || !association) {
    throw new Error("demo data lacks Barcelona, a company or an association");
  }
  const people = [
    {
      id: DEMO_ACCOUNT_IDS.admin,
      name: "Demo Administrator",
      title: "Platform administrator",
      email: DEMO_ACCOUNTS.admin,
      isPlatformAdmin: true,
      organizationId: null,
      organizationRole: null,
    },
    {
      id: DEMO_ACCOUNT_IDS.organizer,
      name: "Demo Organizer",
      title: "Programme director",
      email: DEMO_ACCOUNTS.organizer,
      isPlatformAdmin: false,
      organizationId: association.id,
      organizationRole: "member" as const,
    },
    {
      id: DEMO_ACCOUNT_IDS.city,
      name: "Demo City Official",
      title: "Chief digital officer",
      email: DEMO_ACCOUNTS.city,
      isPlatformAdmin: false,
      organizationId: barcelona.organizationId,
      organizationRole: "admin" as const,
    },
    {
      id: DEMO_ACCOUNT_IDS.provider,
      name: "Demo Provider",
      title: "Head of public sector",
      email: DEMO_ACCOUNTS.provider,
      isPlatformAdmin: false,
      organizationId: provider.id,
      organizationRole: "admin" as const,
    },
  ].map((person) => ({ ...person, passwordHash, languages: ["en"], locale: "en", bio: "" }));
  const participations: {
    id: string;
    eventId: string;
    personId: string;
    role: ParticipationRole;
    organizationId: string | null;
  }[] = data.events.map((event, index) => ({
    id: `00000000-0000-4000-8000-00000000b00${index + 1}`,
    eventId: event.id,
    personId: DEMO_ACCOUNT_IDS.organizer,
    role: "organizer",
    organizationId: association.id,
  }));
  // The city official and the provider take part in the B2B meetings of the congress.
  const congress = data.events.find((event) => event.slug === DEMO_B2B_EVENT);
  if (congress) {
    participations.push(
      {
        id: "00000000-0000-4000-8000-00000000b101",
        eventId: congress.id,
        personId: DEMO_ACCOUNT_IDS.city,
        role: "delegate",
        organizationId: null,
      },
      {
        id: "00000000-0000-4000-8000-00000000b102",
        eventId: congress.id,
        personId: DEMO_ACCOUNT_IDS.provider,
        role: "exhibitor",
        organizationId: null,
      },
    );
  }
  const signIns = {
    delegate: { id: DEMO_ACCOUNT_IDS.city, organizationId: barcelona.organizationId ?? null },
    exhibitor: { id: DEMO_ACCOUNT_IDS.provider, organizationId: provider.id as string },
  };
  return { people, participations, signIns };
}

/** Version 1 of every demo item, so their history starts where real items' does. */
function firstVersions(marketplace: ReturnType<typeof generateMarketplaceData>) {
  const changedAt = new Date("2026-08-15T09:00:00Z").toISOString();
  const version = (itemType: "challenge" | "solution" | "case", row: { id: string }) => ({
    itemType,
    itemId: row.id,
    version: 1,
    snapshot: row,
    changedById: null,
    changedAt,
  });
  return [
    ...marketplace.challenges.map((row) => version("challenge", row)),
    ...marketplace.solutions.map((row) => version("solution", row)),
    ...marketplace.cases.map((row) => version("case", row)),
  ];
}

export interface DemoLoadResult extends ImportSummary {
  accounts: typeof DEMO_ACCOUNTS;
}

/** Loads the demo into an empty database (or replaces its data), all or nothing. */
export async function loadDemoData(
  db: Database,
  options: { seed?: number; replace?: boolean; progress?: Progress } = {},
): Promise<DemoLoadResult> {
  const seedOption = options.seed === undefined ? {} : { seed: options.seed };
  const data = generateDemoData(seedOption);
  const marketplace = generateMarketplaceData(data, seedOption);
  const deals = generateDeals(data, marketplace, options.seed ?? DEFAULT_DEMO_SEED);
  const links = new Map(
    data.organizationCityLinks.map((link) => [link.organizationId, link.cityId]),
  );
  const accounts = await demoAccounts(data);
  const b2b = generateMeetings(data, options.seed ?? DEFAULT_DEMO_SEED, accounts.signIns);
  const indices = await generateIndices(data, options.seed ?? DEFAULT_DEMO_SEED);
  const summary = await importPlatformData(
    db,
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(0).toISOString(),
      tables: {
        organizations: data.organizations.map((org) => ({
          ...org,
          cityId: links.get(org.id) ?? null,
        })),
        cities: data.cities,
        people: [...data.people, ...accounts.people],
        events: data.events,
        participations: [...data.participations, ...accounts.participations],
        apiTokens: [],
        challenges: marketplace.challenges,
        solutions: marketplace.solutions,
        solutionDeployments: marketplace.solutionDeployments,
        cases: marketplace.cases,
        casePartners: marketplace.casePartners,
        caseKpis: marketplace.caseKpis,
        caseSolutions: marketplace.caseSolutions,
        challengeLists: marketplace.challengeLists,
        challengeListItems: marketplace.challengeListItems,
        itemVersions: firstVersions(marketplace),
        exchangeRates: deals.exchangeRates,
        connections: deals.connections,
        connectionSteps: deals.connectionSteps,
        ...b2b,
        ...indices,
      },
    },
    {
      ...(options.replace ? { replace: true } : {}),
      ...(options.progress ? { progress: options.progress } : {}),
    },
  );
  return { ...summary, accounts: DEMO_ACCOUNTS };
}
