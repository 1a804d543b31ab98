/**
 * Deterministic demo data: real cities (from the `city-timezones` data set) with demo
 * city-government records, fictional providers and people, and two fictional editions
 * (Shanghai in September, Barcelona in November). Pure: no I/O, no clock, no global
 * randomness — the same seed always yields deep-equal output.
 */
import cityTimezones from "city-timezones";
import { countries as countryTable, type ICountry } from "countries-list";
import { createRandom, deriveSeed, type Random } from "../core/random.ts";
import { slugify } from "../core/text/slugify.ts";
import {
  AREA_CODES,
  type AreaCode,
  CONTINENTS,
  type Continent,
  type cities,
  type events,
  type Locale,
  type OrganizationKind,
  type OrganizationRole,
  type organizations,
  type ParticipationRole,
  type participations,
  type people,
} from "../server/db/schema/index.ts";

export const DEFAULT_DEMO_SEED = 2026;

type WithId<Row> = Row & { id: string };

/** Inserted before cities exist, so without `cityId`; see `organizationCityLinks`. */
export type DemoOrganization = WithId<Omit<typeof organizations.$inferInsert, "cityId">> & {
  description: string;
  domains: AreaCode[];
  website: string;
  cityName: string;
};
export type DemoCity = WithId<typeof cities.$inferInsert> & {
  continent: Continent;
  organizationId: string;
};
export type DemoPerson = WithId<typeof people.$inferInsert> & {
  email: string;
  organizationId: string;
  organizationRole: OrganizationRole;
  languages: string[];
  locale: Locale;
};
export type DemoEvent = WithId<typeof events.$inferInsert>;
export type DemoParticipation = WithId<typeof participations.$inferInsert> & {
  role: ParticipationRole;
};
export interface OrganizationCityLink {
  organizationId: string;
  cityId: string;
}

/**
 * Rows in loader order. Organizations and cities reference each other, so the loader
 * inserts organizations (without `cityId`), then cities, then applies
 * `organizationCityLinks`, then people, events and participations.
 */
export interface DemoData {
  organizations: DemoOrganization[];
  cities: DemoCity[];
  organizationCityLinks: OrganizationCityLink[];
  people: DemoPerson[];
  events: DemoEvent[];
  participations: DemoParticipation[];
}

// ---------------------------------------------------------------------------------------
// Cities

/**
 * How many cities to take per country, most populous first. The table (not the cities)
 * is hand-made so that every world region the expos draw delegations from is present:
 * East, South and South-East Asia, the Middle East, Europe, North and Latin America,
 * Africa and Oceania.
 */
// biome-ignore format: grouped by region, one line per region
const CITY_QUOTAS: Readonly<Record<string, number>> = {
  // East, South and South-East Asia
  CN: 10, JP: 4, KR: 3, IN: 6, ID: 2, TH: 1, VN: 2, MY: 1, SG: 1, PH: 1,
  // Middle East
  AE: 2, SA: 2, TR: 2, IL: 1, QA: 1, JO: 1,
  // Europe
  ES: 5, GB: 3, FR: 3, DE: 4, IT: 3, NL: 2, PT: 2, SE: 1, DK: 1,
  FI: 1, NO: 1, AT: 1, CH: 1, BE: 1, PL: 2, IE: 1, GR: 1, CZ: 1,
  // North America
  US: 8, CA: 3, MX: 3,
  // Latin America
  BR: 4, AR: 2, CL: 1, CO: 2, PE: 1, EC: 1, UY: 1, CR: 1,
  // Africa
  EG: 2, NG: 2, KE: 1, ZA: 3, MA: 2, RW: 1, GH: 1, ET: 1, SN: 1,
  // Oceania
  AU: 4, NZ: 2,
};

/** The host cities of the two editions; selection fails loudly if the data loses them. */
const HOST_CITIES = { shanghai: "shanghai-cn", barcelona: "barcelona-es" } as const;

/** Misspellings in the city-timezones data, keyed by "ISO2:name". */
const CITY_NAME_FIXES: Readonly<Record<string, string>> = { "CN:Shenyeng": "Shenyang" };

/**
 * Two entries of one country closer than this are one metropolitan area (the data lists
 * København and Copenhagen, Jakarta and Bekasi…); only the larger one is kept.
 */
const SAME_METRO_KM = 30;

interface SourceCity {
  slug: string;
  name: string;
  country: string;
  countryName: string;
  province: string | null;
  continent: Continent;
  population: number;
  latitude: number;
  longitude: number;
  timeZone: string;
  languages: readonly string[];
}

function countryInfo(iso2: string): ICountry {
  const info = (countryTable as Readonly<Record<string, ICountry | undefined>>)[iso2];
  if (!info) throw new Error(`countries-list has no country ${iso2}`);
  return info;
}

function isContinent(code: string): code is Continent {
  return (CONTINENTS as readonly string[]).includes(code);
}

function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const radians = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * radians;
  const dLng = (b.longitude - a.longitude) * radians;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * radians) * Math.cos(b.latitude * radians) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function selectCities(): SourceCity[] {
  const byCountry = new Map<string, Map<string, SourceCity>>();
  for (const row of cityTimezones.cityMapping) {
    if (CITY_QUOTAS[row.iso2] === undefined || !row.timezone) continue;
    const fixedName = CITY_NAME_FIXES[`${row.iso2}:${row.city}`];
    const name = fixedName ?? row.city;
    const slug = `${slugify(fixedName ?? row.city_ascii)}-${row.iso2.toLowerCase()}`;
    const info = countryInfo(row.iso2);
    if (!isContinent(info.continent)) throw new Error(`unknown continent ${info.continent}`);
    const city: SourceCity = {
      slug,
      name,
      country: row.iso2,
      countryName: info.name,
      province: row.province || null,
      continent: info.continent,
      population: Math.round(row.pop),
      latitude: row.lat,
      longitude: row.lng,
      timeZone: row.timezone,
      languages: info.languages,
    };
    const known = byCountry.get(row.iso2) ?? new Map<string, SourceCity>();
    byCountry.set(row.iso2, known);
    // The data repeats some cities (same name and country); keep the largest entry.
    const seen = known.get(slug);
    if (!seen || seen.population < city.population) known.set(slug, city);
  }

  const selected: SourceCity[] = [];
  for (const [country, quota] of Object.entries(CITY_QUOTAS)) {
    const candidates = [...(byCountry.get(country)?.values() ?? [])].sort(
      (a, b) => b.population - a.population || a.slug.localeCompare(b.slug),
    );
    const hosts = candidates.filter((city) =>
      (Object.values(HOST_CITIES) as string[]).includes(city.slug),
    );
    const chosen: SourceCity[] = [...hosts];
    for (const city of candidates) {
      if (chosen.length >= Math.max(quota, hosts.length)) break;
      if (chosen.includes(city)) continue;
      if (chosen.some((other) => distanceKm(city, other) < SAME_METRO_KM)) continue;
      chosen.push(city);
    }
    selected.push(...chosen);
  }
  for (const slug of Object.values(HOST_CITIES)) {
    if (!selected.some((city) => city.slug === slug)) {
      throw new Error(`host city ${slug} is missing from the city-timezones data`);
    }
  }
  return selected.sort((a, b) => b.population - a.population || a.slug.localeCompare(b.slug));
}

function cityGovernmentName(city: SourceCity): string {
  switch (city.country) {
    case "CN":
      return `${city.name} Municipal People's Government`;
    case "ES":
    case "GB":
    case "IE":
      return `${city.name} City Council`;
    case "KR":
      return `${city.name} Metropolitan Government`;
    case "JP":
      return `${city.name} City Government`;
    default:
      // "City of Mexico City" would read oddly.
      return /\bCity$/.test(city.name) ? `${city.name} Government` : `City of ${city.name}`;
  }
}

// ---------------------------------------------------------------------------------------
// Text helpers

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ł: "l",
  đ: "d",
  ð: "d",
  ı: "i",
  þ: "th",
};

/**
 * Lowercase ASCII for e-mail local parts: accents stripped, and letters that Unicode does
 * not decompose (ø, ł, ı…) folded by hand so "Søren" becomes "soren", not "sren".
 */
function toAscii(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[øæœßłđðıþ]/g, (letter) => LETTER_FOLDS[letter] ?? "");
}

/** Drops apostrophes first, so "People's" gives "peoples", not "people-s". */
function organizationSlug(name: string): string {
  return slugify(name.replace(/['’]/g, ""));
}

function compact(text: string): string {
  return toAscii(text).replace(/[^a-z0-9]/g, "");
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------
// Fictional organizations

const FICTION = "Fictional demo organization.";

type ProviderKind = Exclude<OrganizationKind, "city-government">;
/** Media outlets are stored as companies; the profile only changes names and titles. */
type Profile = ProviderKind | "media";

const PROVIDER_COUNTS: Readonly<Record<Profile, number>> = {
  company: 54,
  startup: 44,
  university: 12,
  investor: 8,
  association: 8,
  "international-organization": 4,
  media: 4,
};

// Invented word parts; combined they make brand names that read like companies but are
// not meant to be anyone's (every one is also labelled fictional and uses .example).
// biome-ignore format: a word list reads better packed than one word per line
const BRAND_HEADS = [
  "Nord", "Aqua", "Lumi", "Civi", "Urba", "Verda", "Orbi", "Kelo", "Zephy", "Brio", "Cirra",
  "Ever", "Fjel", "Halo", "Juno", "Kine", "Lyra", "Mira", "Nimbu", "Opti", "Pavo", "Quanta",
  "Rivo", "Silva", "Tidal", "Vanta", "Wend", "Xylo", "Yara", "Zeno", "Astra", "Borea", "Calda",
  "Doma", "Ferro", "Gala", "Helio", "Isla", "Kora", "Lino", "Meri", "Nava", "Oro", "Pira", "Rena",
  "Sora", "Tera", "Ula", "Vela", "Wira",
] as const;
// biome-ignore format: a word list reads better packed than one word per line
const BRAND_TAILS = [
  "volt", "verde", "grid", "nex", "lytix", "ora", "via", "mira", "tek", "lane", "sphere", "wave",
  "core", "loop", "nova", "path", "stream", "works", "field", "scape", "bit", "mind", "ray",
  "cast", "hub", "link", "sense", "flow",
] as const;
// biome-ignore format: a word list reads better packed than one word per line
const PLACE_HEADS = [
  "Lake", "Red", "Silver", "East", "North", "Stone", "Green", "Oak", "Clear", "High", "River",
  "Bright", "Maple", "Cedar", "Amber", "Falcon", "Heron", "Willow",
] as const;
// biome-ignore format: a word list reads better packed than one word per line
const PLACE_TAILS = [
  "shore", "cliff", "bay", "moor", "brook", "haven", "ridge", "vale", "gate", "mere", "crest",
  "ford",
] as const;

const AREA_DESCRIPTORS: Readonly<Record<AreaCode, readonly string[]>> = {
  "enabling-technologies": ["Data Systems", "Analytics", "Digital Twins", "IoT", "Cloud"],
  "energy-environment": ["Grid Systems", "Energy", "Clean Power", "Water Technologies"],
  mobility: ["Mobility", "Transit Systems", "Parking Solutions", "Fleet Technologies"],
  governance: ["Civic Software", "GovTech", "Open Data Services", "Participation"],
  "living-inclusion": ["Health Tech", "Accessibility", "Community Platforms", "Housing"],
  "industry-economy": ["Logistics", "Commerce Platforms", "Industrial Systems"],
  "infrastructure-building": [
    "Building Systems",
    "Infrastructure",
    "Lighting",
    "Construction Tech",
  ],
  "safety-resilience": ["Resilience", "Safety Systems", "Flood Analytics", "Emergency Tech"],
};

const AREA_PHRASES: Readonly<Record<AreaCode, string>> = {
  "enabling-technologies": "urban data platforms and digital twins",
  "energy-environment": "clean energy and environmental monitoring",
  mobility: "mobility and transit services",
  governance: "digital public services and open data",
  "living-inclusion": "inclusive, healthy neighbourhoods",
  "industry-economy": "local economic development and logistics",
  "infrastructure-building": "smart buildings and infrastructure",
  "safety-resilience": "urban safety and climate resilience",
};

const NAME_SUFFIXES: Readonly<
  Record<Exclude<Profile, "company" | "university">, readonly string[]>
> = {
  startup: ["Labs", "AI", "Tech"],
  investor: ["Capital", "Ventures", "Infrastructure Partners", "Impact Fund", "Urban Investments"],
  association: [
    "Smart Cities Alliance",
    "Urban Innovation Association",
    "Civic Tech Network",
    "Urban Mobility Forum",
    "Green Cities Association",
  ],
  "international-organization": [
    "International Urban Council",
    "Global Cities Compact",
    "Development Facility for Cities",
    "Urban Resilience Institute",
  ],
  media: ["Urban Review", "Cities Daily", "Civic Tech News", "Metro Media"],
};
const UNIVERSITY_TYPES = [
  "Institute of Urban Technology",
  "Polytechnic University",
  "University of Applied Urban Sciences",
  "Institute for Civic Innovation",
  "School of Urban Systems",
] as const;

interface NameRegistry {
  brands: Set<string>;
  names: Set<string>;
  slugs: Set<string>;
}

function uniqueDraw(label: string, taken: Set<string>, draw: () => string): string {
  for (let attempt = 0; attempt < 1_000; attempt++) {
    const value = draw();
    if (!taken.has(value.toLowerCase())) {
      taken.add(value.toLowerCase());
      return value;
    }
  }
  throw new Error(`ran out of unique ${label}s`);
}

function drawBrand(random: Random, registry: NameRegistry): string {
  return uniqueDraw("brand", registry.brands, () => {
    const head = random.pick(BRAND_HEADS);
    const tail = random.pick(BRAND_TAILS);
    // "Aqua" + "ora" reads better as "Aquora" than "Aquaora".
    const joined =
      /[aeiou]$/.test(head) && /^[aeiou]/.test(tail) ? head.slice(0, -1) + tail : head + tail;
    return capitalize(joined.toLowerCase());
  });
}

function drawProviderName(
  random: Random,
  registry: NameRegistry,
  profile: Profile,
  primaryArea: AreaCode,
): string {
  if (profile === "university") {
    return uniqueDraw(
      "university name",
      registry.names,
      () =>
        `${random.pick(PLACE_HEADS)}${random.pick(PLACE_TAILS)} ${random.pick(UNIVERSITY_TYPES)}`,
    );
  }
  const suffixes =
    profile === "company" || (profile === "startup" && random.chance(0.5))
      ? AREA_DESCRIPTORS[primaryArea]
      : NAME_SUFFIXES[profile];
  return uniqueDraw("organization name", registry.names, () => {
    const brand = drawBrand(random, registry);
    const suffix = random.pick(suffixes);
    // Avoid echoes such as "Ulagrid Grid Systems": fall back to the brand's "Labs" form.
    const echoes = brand.toLowerCase().includes((suffix.split(" ")[0] ?? "").toLowerCase());
    return echoes ? `${brand} Labs` : `${brand} ${suffix}`;
  });
}

function providerDescription(
  profile: Profile,
  place: SourceCity,
  areas: readonly AreaCode[],
  random: Random,
): string {
  const where = `${place.name}, ${place.countryName}`;
  const topics = areas
    .slice(0, 2)
    .map((area) => AREA_PHRASES[area])
    .join(" and ");
  switch (profile) {
    case "company":
      return `${FICTION} A company based in ${where} that builds ${topics} for city governments.`;
    case "startup":
      return `${FICTION} A startup from ${where}, founded in ${random.int(2015, 2024)}, working on ${topics}.`;
    case "university":
      return `${FICTION} A research university in ${where} whose urban technology lab studies ${topics}.`;
    case "investor":
      return `${FICTION} An investor in ${where} financing projects in ${topics}.`;
    case "association":
      return `${FICTION} An association of cities and companies in ${place.countryName} promoting ${topics}.`;
    case "international-organization":
      return `${FICTION} An international body headquartered in ${where} that funds and advises cities on ${topics}.`;
    case "media":
      return `${FICTION} A media outlet in ${where} covering smart cities, ${topics}.`;
  }
}

// ---------------------------------------------------------------------------------------
// Fictional people

// Given and family names from many cultures, combined at random so that no generated
// person is meant to be a real one.
// biome-ignore format: a word list reads better packed than one word per line
const GIVEN_NAMES = [
  "Wei", "Mei", "Jun", "Xiaoling", "Hiroshi", "Yuki", "Aiko", "Kenji", "Min-jun", "Seo-yeon",
  "Arjun", "Priya", "Ananya", "Rahul", "Siddharth", "Fatima", "Omar", "Layla", "Youssef",
  "Mariam", "Amara", "Chinedu", "Ngozi", "Kwame", "Abena", "Thandiwe", "Sipho", "Zanele", "Lucía",
  "Mateo", "Sofía", "Diego", "Valentina", "Camila", "Joaquín", "João", "Beatriz", "Gabriel",
  "Elena", "Marco", "Giulia", "Luca", "Chiara", "Pierre", "Camille", "Inès", "Lukas", "Anna",
  "Jonas", "Lea", "Emma", "Noah", "Olivia", "Sven", "Ingrid", "Astrid", "Mikko", "Aino", "Pieter",
  "Sanne", "Jakub", "Zofia", "Nikos", "Eleni", "Mehmet", "Elif", "Noa", "Eitan", "Aroha", "Tane",
  "Isabella", "James", "Grace", "Daniel", "Sarah", "Tomás", "Ana", "Hana", "Thanh", "Linh",
  "Arif", "Putri", "Malik", "Zara", "Søren", "Øyvind",
] as const;
// biome-ignore format: a word list reads better packed than one word per line
const FAMILY_NAMES = [
  "Zhang", "Wang", "Chen", "Liu", "Tanaka", "Suzuki", "Sato", "Kim", "Park", "Lee", "Sharma",
  "Patel", "Iyer", "Khan", "Haddad", "Mansour", "Okafor", "Adeyemi", "Mensah", "Nkosi", "Dlamini",
  "Kamau", "Odhiambo", "Haile", "García", "Fernández", "López", "Martínez", "Rodríguez", "Silva",
  "Santos", "Oliveira", "Pereira", "Rossi", "Bianchi", "Ferrari", "Dubois", "Martin", "Lefèvre",
  "Müller", "Schmidt", "Schneider", "Fischer", "Jansen", "de Vries", "Bakker", "Andersson",
  "Johansson", "Nielsen", "Hansen", "Virtanen", "Korhonen", "Kowalski", "Nowak", "Novák",
  "Papadopoulos", "Yılmaz", "Demir", "Cohen", "Levi", "Nguyen", "Tran", "Santoso", "Wijaya",
  "Reyes", "Cruz", "Smith", "Johnson", "Taylor", "Wilson", "O'Brien", "Murphy", "Walker", "Ngata",
  "Kaya", "Horvat", "Popescu", "Łukasik", "Diallo", "Ndiaye",
] as const;
const EXTRA_LANGUAGES = ["en", "es", "fr", "zh", "pt", "de", "ar"] as const;

type TitleProfile = Profile | "city-government";
const TITLES: Readonly<
  Record<TitleProfile, { lead: readonly string[]; staff: readonly string[] }>
> = {
  "city-government": {
    lead: [
      "Chief Digital Officer",
      "Director of Urban Innovation",
      "Head of the Smart City Office",
      "Deputy Director for International Relations",
    ],
    staff: [
      "Smart City Programme Manager",
      "Mobility Planner",
      "Open Data Officer",
      "Sustainability Advisor",
      "International Relations Officer",
      "Urban Resilience Coordinator",
    ],
  },
  company: {
    lead: ["Chief Executive Officer", "Managing Director", "Head of Public Sector"],
    staff: [
      "Business Development Manager",
      "Solutions Architect",
      "Key Account Manager, Cities",
      "Product Manager",
      "Sales Engineer",
    ],
  },
  startup: {
    lead: ["Founder & CEO", "Co-founder & CEO"],
    staff: ["Co-founder & CTO", "Head of Growth", "Product Lead", "Partnerships Lead"],
  },
  university: {
    lead: [
      "Director, Urban Technology Lab",
      "Professor of Urban Informatics",
      "Dean of Engineering",
    ],
    staff: [
      "Research Fellow",
      "Associate Professor of Transport Engineering",
      "Technology Transfer Officer",
      "Postdoctoral Researcher",
    ],
  },
  investor: {
    lead: ["Managing Partner", "Partner"],
    staff: ["Investment Director", "Principal", "Senior Analyst, Infrastructure"],
  },
  association: {
    lead: ["Secretary General", "Executive Director"],
    staff: [
      "Programme Director",
      "Events Manager",
      "Partnerships Manager",
      "Delegations Coordinator",
    ],
  },
  "international-organization": {
    lead: ["Regional Director", "Head of Urban Development"],
    staff: ["Senior Programme Officer", "Urban Development Specialist", "Policy Advisor"],
  },
  media: {
    lead: ["Editor-in-Chief"],
    staff: ["Correspondent", "Technology Reporter", "Video Producer"],
  },
};

function localeFor(place: SourceCity): Locale {
  if (place.country === "CN") return "zh-CN";
  if (place.languages[0] === "es") return "es";
  return "en";
}

// ---------------------------------------------------------------------------------------
// Generation

interface OrganizationDraft {
  row: DemoOrganization;
  profile: TitleProfile;
  place: SourceCity;
}

export interface GenerateDemoDataOptions {
  seed?: number;
}

export function generateDemoData(options: GenerateDemoDataOptions = {}): DemoData {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const random = createRandom(seed);
  // Ids come from per-record streams keyed by a natural key, so they do not shift when
  // records are added before them; within one seed they are stable across runs.
  const idFor = (key: string): string => createRandom(deriveSeed(seed, key)).uuid();
  const drawAreas = (min: number, max: number): AreaCode[] =>
    random.sample(AREA_CODES, random.int(min, max));

  const sourceCities = selectCities();
  const registry: NameRegistry = { brands: new Set(), names: new Set(), slugs: new Set() };
  const drafts: OrganizationDraft[] = [];
  const cityRows: DemoCity[] = [];
  const links: OrganizationCityLink[] = [];
  const cityIdBySlug = new Map<string, string>();
  const cityIdOf = (slug: string): string => {
    const id = cityIdBySlug.get(slug);
    if (id === undefined) throw new Error(`city ${slug} not generated`);
    return id;
  };

  for (const place of sourceCities) {
    const name = cityGovernmentName(place);
    const slug = `${organizationSlug(name)}-${place.country.toLowerCase()}`;
    registry.names.add(name.toLowerCase());
    registry.slugs.add(slug);
    const organizationId = idFor(`organization:${slug}`);
    const cityId = idFor(`city:${place.slug}`);
    cityIdBySlug.set(place.slug, cityId);
    drafts.push({
      profile: "city-government",
      place,
      row: {
        id: organizationId,
        slug,
        kind: "city-government",
        name,
        country: place.country,
        cityName: place.name,
        website: `https://${slug}.example`,
        description: `Demo record: stands in for the city government of ${place.name}, ${place.countryName}, on citymatch. Its people, challenges and activity are invented; it is not operated by or affiliated with the real administration.`,
        domains: drawAreas(2, 4),
      },
    });
    cityRows.push({
      id: cityId,
      slug: place.slug,
      name: place.name,
      country: place.country,
      province: place.province,
      continent: place.continent,
      population: place.population,
      latitude: place.latitude,
      longitude: place.longitude,
      timeZone: place.timeZone,
      organizationId,
    });
    links.push({ organizationId, cityId });
  }

  const citiesByCountry = new Map<string, SourceCity[]>();
  for (const place of sourceCities) {
    citiesByCountry.set(place.country, [...(citiesByCountry.get(place.country) ?? []), place]);
  }
  const cityBySlug = new Map(sourceCities.map((place) => [place.slug, place] as const));
  const hostCity = (slug: string): SourceCity => {
    const place = cityBySlug.get(slug);
    if (!place) throw new Error(`host city ${slug} not generated`);
    return place;
  };

  // The organizer associations of the two editions sit in the host cities.
  const hostAssociationPlaces = [hostCity(HOST_CITIES.shanghai), hostCity(HOST_CITIES.barcelona)];
  const providerPlans: { profile: Profile; place: SourceCity }[] = hostAssociationPlaces.map(
    (place) => ({ profile: "association", place }),
  );
  const otherProfiles = random.shuffle(
    (Object.entries(PROVIDER_COUNTS) as [Profile, number][]).flatMap(([profile, count]) =>
      Array.from(
        { length: profile === "association" ? count - hostAssociationPlaces.length : count },
        () => profile,
      ),
    ),
  );
  // Every demo country gets at least one provider; the rest follow the cities, so
  // countries with more demo cities have more providers, as at a real expo.
  const countryOrder = random.shuffle([...citiesByCountry.keys()]);
  otherProfiles.forEach((profile, index) => {
    const country = countryOrder[index];
    const place =
      country === undefined
        ? random.pick(sourceCities)
        : random.pick(citiesByCountry.get(country) ?? sourceCities);
    providerPlans.push({ profile, place });
  });

  const hostAssociationIds: string[] = [];
  for (const [index, plan] of providerPlans.entries()) {
    const { profile, place } = plan;
    const kind: ProviderKind = profile === "media" ? "company" : profile;
    const areas = drawAreas(1, 3);
    const primaryArea = areas[0] ?? "governance";
    const name = drawProviderName(random, registry, profile, primaryArea);
    const slug = uniqueDraw("slug", registry.slugs, () => organizationSlug(name));
    const id = idFor(`organization:${slug}`);
    if (index < hostAssociationPlaces.length) hostAssociationIds.push(id);
    drafts.push({
      profile,
      place,
      row: {
        id,
        slug,
        kind,
        name,
        country: place.country,
        cityName: place.name,
        website: `https://${slug}.example`,
        description: providerDescription(profile, place, areas, random),
        domains: areas,
      },
    });
    links.push({ organizationId: id, cityId: cityIdOf(place.slug) });
  }

  // People, in organization order; the first person of each organization is its admin.
  const peopleRows: DemoPerson[] = [];
  const staffByOrganization = new Map<string, DemoPerson[]>();
  for (const draft of drafts) {
    const { row: organization, profile, place } = draft;
    const isHostAssociation = hostAssociationIds.includes(organization.id);
    // Host associations supply their edition's two organizers, so they get a full team.
    const headcount =
      profile === "city-government" ? random.int(1, 2) : isHostAssociation ? 3 : random.int(1, 3);
    const titles = TITLES[profile];
    const staffTitles = random.shuffle(titles.staff);
    const staff: DemoPerson[] = [];
    for (let i = 0; i < headcount; i++) {
      const given = random.pick(GIVEN_NAMES);
      const family = random.pick(FAMILY_NAMES);
      const number = peopleRows.length + 1;
      const email = `${compact(given)}.${compact(family)}.${number}@${organization.slug}.example`;
      const title =
        i === 0 ? random.pick(titles.lead) : (staffTitles[i - 1] ?? random.pick(titles.staff));
      const languages = [...new Set([place.languages[0] ?? "en", "en"])];
      if (random.chance(0.25)) languages.push(random.pick(EXTRA_LANGUAGES));
      const person: DemoPerson = {
        id: idFor(`person:${email}`),
        name: `${given} ${family}`,
        title,
        organizationId: organization.id,
        organizationRole: i === 0 ? "admin" : "member",
        email,
        isPlatformAdmin: false,
        languages: [...new Set(languages)],
        locale: localeFor(place),
        bio: `Fictional demo person: ${title} at ${organization.name}.`,
      };
      staff.push(person);
      peopleRows.push(person);
    }
    staffByOrganization.set(organization.id, staff);
  }

  const shanghai = hostCity(HOST_CITIES.shanghai);
  const barcelona = hostCity(HOST_CITIES.barcelona);
  const shanghaiEvent: DemoEvent = {
    id: idFor("event:shanghai-2026"),
    slug: "shanghai-2026",
    name: "Shanghai Smart City Exchange 2026",
    hostCityId: cityIdOf(shanghai.slug),
    venue: "Riverside Innovation Expo Centre",
    startsOn: "2026-09-01",
    endsOn: "2026-09-05",
    timeZone: shanghai.timeZone,
    status: "published",
    description:
      "Demo data: a fictional edition, not a real event. Five days in Shanghai: three days of sessions, round-tables, city shows and an exhibition built around a list of city challenges and a pool of solutions to answer them, then two days of field visits to demonstration sites.",
    website: "https://shanghai-2026.example",
  };
  const barcelonaEvent: DemoEvent = {
    id: idFor("event:barcelona-2026"),
    slug: "barcelona-2026",
    name: "Barcelona Smart City Congress 2026",
    hostCityId: cityIdOf(barcelona.slug),
    venue: "Marina Congress Halls",
    startsOn: "2026-11-03",
    endsOn: "2026-11-05",
    timeZone: barcelona.timeZone,
    status: "published",
    description:
      "Demo data: a fictional congress, not a real event. Three days in Barcelona: a summit programme, a large exhibition of solution providers, city delegations from around the world, challenge–solution matchmaking and B2B meetings, and an awards ceremony.",
    website: "https://barcelona-2026.example",
  };

  const organizationsOf = (...wanted: TitleProfile[]): DemoOrganization[] =>
    drafts.filter((draft) => wanted.includes(draft.profile)).map((draft) => draft.row);
  const staffOf = (organization: DemoOrganization): DemoPerson[] =>
    staffByOrganization.get(organization.id) ?? [];
  const cityGovernments = organizationsOf("city-government");
  const exhibitorOrganizations = organizationsOf("company", "startup", "university");
  const visitorPeople = organizationsOf("investor", "international-organization").flatMap(staffOf);
  const mediaPeople = organizationsOf("media").flatMap(staffOf);
  const juryPool = organizationsOf("university", "international-organization").flatMap(staffOf);

  const participationRows: DemoParticipation[] = [];
  const taken = new Set<string>();
  const participate = (event: DemoEvent, person: DemoPerson, role: ParticipationRole): void => {
    // Mirrors the unique (event, person, role) constraint.
    const key = `${event.slug}|${person.id}|${role}`;
    if (taken.has(key)) return;
    taken.add(key);
    participationRows.push({
      id: idFor(`participation:${key}`),
      eventId: event.id,
      personId: person.id,
      role,
    });
  };

  const editions = [
    {
      event: shanghaiEvent,
      hostCity: shanghai,
      // The seeds' Shanghai edition: delegations from 110+ cities, 100+ exhibitors.
      delegationCities: Math.min(
        cityGovernments.length,
        Math.max(110, Math.round(cityGovernments.length * 0.93)),
      ),
      secondDelegateChance: 0.5,
      exhibitorShare: 0.92,
      extraExhibitorStaffChance: 0.2,
      speakers: 20,
      media: 4,
      jury: 3,
    },
    {
      event: barcelonaEvent,
      hostCity: barcelona,
      // Barcelona is the larger congress: every demo city and provider takes part.
      delegationCities: cityGovernments.length,
      secondDelegateChance: 1,
      exhibitorShare: 1,
      extraExhibitorStaffChance: 1,
      speakers: 40,
      media: mediaPeople.length,
      jury: 5,
    },
  ];

  for (const edition of editions) {
    const { event } = edition;
    const hostAssociation = drafts.find(
      (draft) => hostAssociationIds.includes(draft.row.id) && draft.place === edition.hostCity,
    );
    const organizers = hostAssociation ? staffOf(hostAssociation.row).slice(0, 2) : [];
    for (const person of organizers) participate(event, person, "organizer");

    const hostGovernment = drafts.find(
      (draft) => draft.profile === "city-government" && draft.place === edition.hostCity,
    )?.row;
    const delegations = random.sample(
      cityGovernments.filter((organization) => organization !== hostGovernment),
      edition.delegationCities - (hostGovernment ? 1 : 0),
    );
    if (hostGovernment) delegations.unshift(hostGovernment);
    const delegates: DemoPerson[] = [];
    for (const government of delegations) {
      staffOf(government).forEach((person, index) => {
        if (index === 0 || random.chance(edition.secondDelegateChance)) delegates.push(person);
      });
    }
    for (const person of delegates) participate(event, person, "delegate");

    const exhibitors: DemoPerson[] = [];
    const exhibiting = random.sample(
      exhibitorOrganizations,
      Math.round(exhibitorOrganizations.length * edition.exhibitorShare),
    );
    for (const organization of exhibiting) {
      staffOf(organization).forEach((person, index) => {
        if (index === 0 || random.chance(edition.extraExhibitorStaffChance))
          exhibitors.push(person);
      });
    }
    for (const person of exhibitors) participate(event, person, "exhibitor");

    for (const person of visitorPeople) participate(event, person, "visitor");

    const speakerPool = [...new Set([...delegates, ...exhibitors, ...visitorPeople])];
    for (const person of random.sample(
      speakerPool,
      Math.min(edition.speakers, speakerPool.length),
    )) {
      participate(event, person, "speaker");
    }
    for (const person of random.sample(mediaPeople, Math.min(edition.media, mediaPeople.length))) {
      participate(event, person, "media");
    }
    for (const person of random.sample(juryPool, Math.min(edition.jury, juryPool.length))) {
      participate(event, person, "jury");
    }
  }

  return {
    organizations: drafts.map((draft) => draft.row),
    cities: cityRows,
    organizationCityLinks: links,
    people: peopleRows,
    events: [shanghaiEvent, barcelonaEvent],
    participations: participationRows,
  };
}

// ---------------------------------------------------------------------------------------
// Summary

export interface DemoDataSummary {
  cities: number;
  countries: number;
  continents: Partial<Record<Continent, number>>;
  organizations: number;
  organizationsByKind: Partial<Record<OrganizationKind, number>>;
  people: number;
  events: number;
  participations: number;
  participationsByEvent: Record<
    string,
    Partial<Record<ParticipationRole, number>> & { total: number }
  >;
}

function countBy<Key extends string>(keys: readonly Key[]): Partial<Record<Key, number>> {
  const counts: Partial<Record<Key, number>> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

export function summarizeDemoData(data: DemoData): DemoDataSummary {
  const participationsByEvent: DemoDataSummary["participationsByEvent"] = {};
  for (const event of data.events) {
    const roles = data.participations
      .filter((row) => row.eventId === event.id)
      .map((row) => row.role);
    participationsByEvent[event.slug] = { ...countBy(roles), total: roles.length };
  }
  return {
    cities: data.cities.length,
    countries: new Set(data.cities.map((city) => city.country)).size,
    continents: countBy(data.cities.map((city) => city.continent)),
    organizations: data.organizations.length,
    organizationsByKind: countBy(data.organizations.map((organization) => organization.kind)),
    people: data.people.length,
    events: data.events.length,
    participations: data.participations.length,
    participationsByEvent,
  };
}
