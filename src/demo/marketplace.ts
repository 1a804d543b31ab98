/**
 * Deterministic demo marketplace: city challenges, provider solutions with their
 * deployments, documented cases with KPIs, and the curated challenge lists of the two
 * editions, generated on top of `generateDemoData`'s cities, organizations, people and
 * events. Every challenge comes from a problem template and every solution from an offer
 * template; `provenance` and `TEMPLATE_RELATIONS` record which offers answer which
 * problems, the ground truth for judging matchmaking. Pure: no I/O, no clock, no global
 * randomness — the same base and seed always yield deep-equal output.
 */
import { countries as countryTable, type ICountry } from "countries-list";
import { createRandom, deriveSeed, type Random } from "../core/random.ts";
import { slugify } from "../core/text/slugify.ts";
import type {
  AreaCode,
  ChallengeStatus,
  Continent,
  caseKpis,
  casePartners,
  caseSolutions,
  cases,
  challengeListItems,
  challengeLists,
  challenges,
  OrganizationKind,
  PriceModel,
  ProcurementStage,
  solutionDeployments,
  solutions,
  Visibility,
} from "../server/db/schema/index.ts";
import {
  DEFAULT_DEMO_SEED,
  type DemoCity,
  type DemoData,
  type DemoOrganization,
  type DemoPerson,
} from "./generate.ts";

type WithId<Row> = Row & { id: string };

export type MarketplaceChallenge = WithId<typeof challenges.$inferInsert> & {
  slug: string;
  organizationId: string;
  summary: string;
  description: string;
  domains: AreaCode[];
  sdgs: number[];
  tags: string[];
  budgetMin: string | null;
  budgetMax: string | null;
  currency: string | null;
  stage: ProcurementStage;
  startsOn: string;
  deadline: string;
  preferredPartnerKinds: OrganizationKind[];
  language: ChallengeLanguage;
  contactPersonId: string | null;
  visibility: Visibility;
  status: ChallengeStatus;
};
export type MarketplaceSolution = WithId<typeof solutions.$inferInsert> & {
  slug: string;
  organizationId: string;
  summary: string;
  description: string;
  domains: AreaCode[];
  sdgs: number[];
  tags: string[];
  trl: number;
  priceModel: PriceModel;
  regionsServed: Continent[];
  languages: string[];
  certifications: string[];
  mediaLinks: string[];
  visibility: Visibility;
};
export type MarketplaceSolutionDeployment = WithId<typeof solutionDeployments.$inferInsert> & {
  cityId: string;
  outcome: string;
};
export type MarketplaceCase = WithId<typeof cases.$inferInsert> & {
  slug: string;
  summary: string;
  problem: string;
  approach: string;
  domains: AreaCode[];
  sdgs: number[];
  tags: string[];
  investment: string;
  currency: string;
  startedOn: string;
  endedOn: string;
  visibility: Visibility;
};
export type MarketplaceCasePartner = typeof casePartners.$inferInsert & { role: string };
export type MarketplaceCaseKpi = WithId<typeof caseKpis.$inferInsert> & {
  position: number;
  baseline: number | null;
  unit: string;
  year: number;
};
export type MarketplaceCaseSolution = typeof caseSolutions.$inferInsert;
export type MarketplaceChallengeList = WithId<typeof challengeLists.$inferInsert> & {
  slug: string;
  intro: string;
  priorityAreas: AreaCode[];
  status: "draft" | "published";
  publishedOn: string | null;
};
export type MarketplaceChallengeListItem = typeof challengeListItems.$inferInsert;

/** Which template each generated item comes from: the ground truth of relevance judgments. */
export interface MarketplaceProvenance {
  /** challenge id → problem template key */
  challenges: Record<string, string>;
  /** solution id → offer template key */
  solutions: Record<string, string>;
  /** case id → problem template key (the case's solutions answer it exactly) */
  cases: Record<string, string>;
}

/** Rows in loader order: each table only references base rows or tables before it. */
export interface MarketplaceData {
  challenges: MarketplaceChallenge[];
  solutions: MarketplaceSolution[];
  solutionDeployments: MarketplaceSolutionDeployment[];
  cases: MarketplaceCase[];
  casePartners: MarketplaceCasePartner[];
  caseKpis: MarketplaceCaseKpi[];
  caseSolutions: MarketplaceCaseSolution[];
  challengeLists: MarketplaceChallengeList[];
  challengeListItems: MarketplaceChallengeListItem[];
  provenance: MarketplaceProvenance;
}

export interface GenerateMarketplaceOptions {
  seed?: number;
}

export type ChallengeLanguage = "en" | "es" | "zh";
type Vars = Readonly<Record<string, string | number>>;
type Range = readonly [number, number];
export type ProviderKind = Extract<
  OrganizationKind,
  "company" | "startup" | "university" | "association"
>;
export const PROVIDER_KINDS: readonly ProviderKind[] = [
  "company",
  "startup",
  "university",
  "association",
];

// ---------------------------------------------------------------------------------------
// Cities: what kind of problems each demo city plausibly has

type Region =
  | "east-asia"
  | "south-asia"
  | "southeast-asia"
  | "middle-east"
  | "europe"
  | "north-america"
  | "latin-america"
  | "africa"
  | "oceania";

/** How strongly a city is exposed to a theme, 0 (not at all) to about 3 (defining). */
export interface CityProfile {
  city: DemoCity;
  countryName: string;
  region: Region;
  hot: number;
  flood: number;
  ageing: number;
  heritage: number;
  tourism: number;
  seismic: number;
  pollution: number;
  developing: boolean;
}

// biome-ignore format: one line per region reads better
const REGION_OF: Readonly<Record<string, Region>> = {
  CN: "east-asia", JP: "east-asia", KR: "east-asia", IN: "south-asia",
  ID: "southeast-asia", TH: "southeast-asia", VN: "southeast-asia", MY: "southeast-asia", SG: "southeast-asia", PH: "southeast-asia",
  AE: "middle-east", SA: "middle-east", TR: "middle-east", IL: "middle-east", QA: "middle-east", JO: "middle-east",
  US: "north-america", CA: "north-america",
  MX: "latin-america", BR: "latin-america", AR: "latin-america", CL: "latin-america", CO: "latin-america",
  PE: "latin-america", EC: "latin-america", UY: "latin-america", CR: "latin-america",
  EG: "africa", NG: "africa", KE: "africa", ZA: "africa", MA: "africa", RW: "africa", GH: "africa", ET: "africa", SN: "africa",
  AU: "oceania", NZ: "oceania",
};

interface Trait {
  region: Readonly<Partial<Record<Region, number>>>;
  country?: Readonly<Record<string, number>>;
  city?: Readonly<Record<string, number>>;
  fallback: number;
}

// biome-ignore format: compact trait tables
const TRAITS = {
  hot: {
    region: { "middle-east": 3, "south-asia": 3, "southeast-asia": 2.2, africa: 2, "latin-america": 1.2, oceania: 1, europe: 0.3, "north-america": 0.5, "east-asia": 0.9 },
    country: { TR: 1.2, IL: 2.2, EG: 3, MA: 1.5, ES: 1.2, GR: 1.3, IT: 1, PT: 0.9, ZA: 1, KE: 0.8, RW: 0.6, ET: 0.5, AR: 1, UY: 0.8, CL: 0.6 },
    city: { "houston-us": 2, "dallas-us": 2, "miami-us": 2, "los-angeles-us": 1.2, "perth-au": 1.6, "brisbane-au": 1.4, "seville-es": 2.2, "bogota-co": 0.2, "mexico-city-mx": 0.8, "monterrey-mx": 2, "chongqing-cn": 1.8, "wuhan-cn": 1.6 },
    fallback: 0.5,
  },
  flood: {
    region: { "southeast-asia": 3, "south-asia": 2.5, "east-asia": 2, africa: 1.3, "latin-america": 1.4, europe: 0.9, "north-america": 1, oceania: 1, "middle-east": 0.4 },
    country: { NL: 3, BE: 1.5, SG: 1.5 },
    city: { "houston-us": 3, "miami-us": 3, "new-york-us": 2, "jeddah-sa": 1.2, "valencia-es": 2.5, "alexandria-eg": 2, "lagos-ng": 3, "accra-gh": 2, "dakar-sn": 2, "guayaquil-ec": 3, "rio-de-janeiro-br": 2.2, "chennai-in": 3, "mumbai-in": 3, "kolkata-in": 3, "jakarta-id": 3.5, "bangkok-th": 3.2, "ho-chi-minh-city-vn": 3.2, "manila-ph": 3.2, "brisbane-au": 2, "wuhan-cn": 2.6, "guangzhou-cn": 2.6, "shanghai-cn": 2.6, "shenzhen-cn": 2.4, "hamburg-de": 2, "the-hague-nl": 3, "amsterdam-nl": 3 },
    fallback: 1,
  },
  ageing: {
    region: { europe: 2, "east-asia": 2.5, "north-america": 1.5, oceania: 1.5, "latin-america": 1, "southeast-asia": 1, "south-asia": 0.8, "middle-east": 0.6, africa: 0.3 },
    country: { JP: 3, KR: 3, IT: 3, DE: 2.5, PT: 2.5, GR: 2.5, ES: 2.2, FI: 2.2, SG: 2, TH: 2, UY: 1.5, CL: 1.5, IL: 1 },
    fallback: 1,
  },
  heritage: {
    region: { europe: 1.6, "east-asia": 1.4, "south-asia": 2, "southeast-asia": 1.2, "middle-east": 1.5, "latin-america": 1.3, africa: 0.8, "north-america": 0.4, oceania: 0.4 },
    country: { IT: 3, GR: 3, CZ: 3, ES: 2.5, PT: 2.5, FR: 2.5, AT: 2.2, BE: 2, NL: 2, TR: 2.5, EG: 3, MA: 3, JO: 2.5, IL: 2.2, JP: 1.7, MX: 2, PE: 3, EC: 2, TH: 2, VN: 2, MY: 1.8, SN: 1.5, ET: 1.5, AE: 0.5, QA: 0.5, SA: 0.6 },
    city: { "beijing-cn": 3, "george-town-my": 3, "rome-it": 3.5, "naples-it": 3, "kyoto-jp": 3, "istanbul-tr": 3, "cairo-eg": 3.2, "lisbon-pt": 3, "porto-pt": 3, "seville-es": 3, "prague-cz": 3.5, "athens-gr": 3.5, "cordoba-ar": 1.8, "quito-ec": 3, "shenzhen-cn": 0.6, "dongguan-cn": 0.5 },
    fallback: 1,
  },
  tourism: {
    region: { europe: 1.8, "southeast-asia": 1.6, "middle-east": 1.5, "latin-america": 1.3, "east-asia": 1.3, oceania: 1.4, "north-america": 1.2, "south-asia": 1, africa: 1 },
    country: { ES: 3, IT: 3, FR: 3, GR: 3, PT: 2.5, TH: 3, AE: 2.5, TR: 2.5, MX: 2, JP: 2, CZ: 2.5, AT: 2, NL: 2, GB: 2, SG: 2, MA: 2.5, EG: 2, PE: 2, NZ: 2 },
    city: { "dongguan-cn": 0.5, "kano-ng": 0.3, "katowice-pl": 0.5 },
    fallback: 1,
  },
  seismic: {
    region: {},
    country: { JP: 3, TR: 3, MX: 2.5, CL: 3, PE: 3, EC: 2.5, CO: 2, NZ: 3, IT: 2, GR: 2.5, ID: 2.5, PH: 2.5, CR: 2.5, IL: 1 },
    city: { "los-angeles-us": 3, "vancouver-ca": 1.5, "chengdu-cn": 2.5, "chongqing-cn": 1.2, "beijing-cn": 1.2, "tianjin-cn": 1.2, "kathmandu-np": 3, "lisbon-pt": 1.5, "naples-it": 2.5, "monterrey-mx": 0.3, "guadalajara-mx": 1.5 },
    fallback: 0,
  },
  pollution: {
    region: { "south-asia": 3, "east-asia": 2, africa: 1.6, "middle-east": 1.5, "latin-america": 1.3, "southeast-asia": 1.6, europe: 0.8, "north-america": 0.6, oceania: 0.4 },
    country: { CN: 2.3, EG: 2.6, NG: 2.2, PL: 1.8, KR: 1.5, JP: 0.8, SG: 0.8, CL: 1.6 },
    fallback: 1,
  },
} as const satisfies Readonly<Record<string, Trait>>;

const DEVELOPING = new Set([
  ..."IN ID TH VN MY PH EG NG KE ZA MA RW GH ET SN MX BR AR CL CO PE EC UY CR JO TR".split(" "),
]);

function traitOf(trait: Trait, city: DemoCity, region: Region): number {
  return (
    trait.city?.[city.slug] ??
    trait.country?.[city.country] ??
    trait.region[region] ??
    trait.fallback
  );
}

function countryInfo(iso2: string): ICountry | undefined {
  return (countryTable as Readonly<Record<string, ICountry | undefined>>)[iso2];
}

/** How exposed a demo city is to each theme, from its region, country and a few overrides. */
export function cityProfile(city: DemoCity): CityProfile {
  const region =
    REGION_OF[city.country] ??
    (city.continent === "EU" ? "europe" : city.continent === "AF" ? "africa" : "oceania");
  return {
    city,
    countryName: countryInfo(city.country)?.name ?? city.country,
    region,
    hot: traitOf(TRAITS.hot, city, region),
    flood: traitOf(TRAITS.flood, city, region),
    ageing: traitOf(TRAITS.ageing, city, region),
    heritage: traitOf(TRAITS.heritage, city, region),
    tourism: traitOf(TRAITS.tourism, city, region),
    seismic: traitOf(TRAITS.seismic, city, region),
    pollution: traitOf(TRAITS.pollution, city, region),
    developing: DEVELOPING.has(city.country),
  };
}

/** Chinese names of the Chinese demo cities, for Chinese-language challenges. */
const CHINESE_CITY_NAMES: Readonly<Record<string, string>> = {
  Shanghai: "上海",
  Beijing: "北京",
  Guangzhou: "广州",
  Shenzhen: "深圳",
  Wuhan: "武汉",
  Tianjin: "天津",
  Chongqing: "重庆",
  Chengdu: "成都",
  Dongguan: "东莞",
  Shenyang: "沈阳",
  Hangzhou: "杭州",
  Nanjing: "南京",
  "Xi'an": "西安",
};

const SPANISH_SPEAKING = new Set(["ES", "MX", "AR", "CL", "CO", "PE", "EC", "UY", "CR"]);

// ---------------------------------------------------------------------------------------
// Money

const EURO_COUNTRIES = new Set("ES FR DE IT NL PT FI AT BE IE GR SK SI LT LV EE LU".split(" "));
/** Rough units per US dollar; demo budgets only need plausible orders of magnitude. */
// biome-ignore format: compact table
const LOCAL_CURRENCIES: Readonly<Record<string, readonly [string, number]>> = {
  CN: ["CNY", 7.2], JP: ["JPY", 150], KR: ["KRW", 1350], IN: ["INR", 83], GB: ["GBP", 0.79],
  AE: ["AED", 3.67], SA: ["SAR", 3.75], QA: ["QAR", 3.64], BR: ["BRL", 5], MX: ["MXN", 17],
  AU: ["AUD", 1.5], NZ: ["NZD", 1.65], CA: ["CAD", 1.36], CH: ["CHF", 0.88], SE: ["SEK", 10.5],
  NO: ["NOK", 10.6], DK: ["DKK", 6.9], PL: ["PLN", 4], CZ: ["CZK", 23], ZA: ["ZAR", 18.5],
  SG: ["SGD", 1.35], TH: ["THB", 36], MY: ["MYR", 4.7], ID: ["IDR", 15800], CL: ["CLP", 930],
  CO: ["COP", 4000], PE: ["PEN", 3.7], IL: ["ILS", 3.7], MA: ["MAD", 10], KE: ["KES", 130],
};
const USD_PER_EUR = 1.09;

/** A currency for a city's money and the units per USD; mostly USD, EUR or CNY. */
function currencyFor(country: string, random: Random): readonly [string, number] {
  if (EURO_COUNTRIES.has(country)) return ["EUR", 1 / USD_PER_EUR];
  const local = LOCAL_CURRENCIES[country];
  if (!local) return ["USD", 1];
  if (country === "CN") return random.chance(0.85) ? local : ["USD", 1];
  return random.chance(0.4) ? local : ["USD", 1];
}

/** Rounds to two significant digits, as budgets are announced (250,000, not 247,913). */
function roundBudget(value: number): number {
  if (value <= 0) return 0;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / unit) * unit;
}

function decimalString(value: number): string {
  return value.toFixed(2);
}

function groupDigits(value: number, separator: string): string {
  const [whole = "", fraction] = Math.abs(value).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${value < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

function formatMoney(value: number, currency: string, lang: ChallengeLanguage): string {
  return `${currency} ${groupDigits(value, lang === "es" ? "." : ",")}`;
}

// ---------------------------------------------------------------------------------------
// Text

/**
 * Numbers read as people write them: 4-digit numbers stay ungrouped (years, 2500 km),
 * larger ones get thousands separators; Spanish uses "." and ",".
 */
function formatNumber(value: number, lang: ChallengeLanguage): string {
  if (Number.isInteger(value)) {
    if (Math.abs(value) < 10_000) return String(value);
    return groupDigits(value, lang === "es" ? "." : ",");
  }
  const text = value.toFixed(1);
  return lang === "es" ? text.replace(".", ",") : text;
}

function formatPopulation(population: number, lang: ChallengeLanguage): string {
  if (lang === "zh") return `约${Math.max(1, Math.round(population / 10_000))}万`;
  if (population >= 1_000_000) {
    const millions = (population / 1_000_000).toFixed(1).replace(/\.0$/, "");
    // Spanish texts write "{population} habitantes": "8,8 millones de habitantes".
    return lang === "es" ? `${millions.replace(".", ",")} millones de` : `${millions} million`;
  }
  const thousands = Math.round(population / 1000) * 1000;
  return formatNumber(thousands, lang);
}

/** Replaces `{name}` placeholders; a missing variable is a template bug, so it throws. */
function fill(pattern: string, vars: Vars, lang: ChallengeLanguage = "en"): string {
  return pattern.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`template variable {${name}} missing in "${pattern}"`);
    return typeof value === "number" ? formatNumber(value, lang) : value;
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------------------
// Problem templates: what cities ask for

interface ProblemText {
  titles: readonly string[];
  summary: string;
  context: string;
  problem: string;
  baseline: readonly string[];
  asks: readonly string[];
}

/** A measured outcome of a case: result = baseline × factor, or drawn from `result`. */
type KpiTemplate = {
  metric: string;
  unit: string;
  decimals?: number;
  /** The ranges are per million inhabitants and scale with the city. */
  perMillion?: boolean;
} & ({ baseline: Range; factor: Range } | { baseline: Range | null; result: Range });

export interface ProblemTemplate {
  key: string;
  domains: readonly AreaCode[];
  sdgs: readonly number[];
  tags: readonly string[];
  /** Typical budget in USD for a city of a few million people. */
  budgetUsd: Range;
  partnerKinds: readonly OrganizationKind[];
  /** How likely a city is to publish this challenge; 0 = it would not. */
  fit: (city: CityProfile) => number;
  facts: (random: Random, city: CityProfile) => Vars;
  en: ProblemText;
  es?: ProblemText;
  zh?: ProblemText;
  /** Completes "{city} worked with … to …". */
  caseGoal: string;
  caseTitles: readonly string[];
  kpis: readonly KpiTemplate[];
}

const ZONES = [
  { zone: "northern", zoneEs: "del norte", zoneZh: "北部" },
  { zone: "southern", zoneEs: "del sur", zoneZh: "南部" },
  { zone: "eastern", zoneEs: "del este", zoneZh: "东部" },
  { zone: "western", zoneEs: "del oeste", zoneZh: "西部" },
  { zone: "riverside", zoneEs: "ribereños", zoneZh: "沿河" },
  { zone: "low-lying", zoneEs: "bajos", zoneZh: "低洼" },
  { zone: "inner-city", zoneEs: "céntricos", zoneZh: "中心" },
] as const;

function zoneFacts(random: Random): Vars {
  return { ...random.pick(ZONES) };
}

/** Scales a per-million figure to the city, never below a small-city floor. */
function perCity(city: CityProfile, perMillion: number): number {
  return Math.max(1, Math.round((perMillion * Math.max(city.city.population, 300_000)) / 1e6));
}

/** Visitors a year in millions: bigger and more attractive cities draw more. */
function visitorsOf(random: Random, city: CityProfile): number {
  const millions = (city.city.population / 1e6) * city.tourism * (1 + random.next() * 2.5);
  return Math.min(45, Math.max(1, Math.round(millions)));
}

const always = (): number => 1;
const hotOnly = (city: CityProfile): number => (city.hot >= 1 ? city.hot : 0);

export const PROBLEM_TEMPLATES: readonly ProblemTemplate[] = [
  {
    key: "flood-early-warning",
    domains: ["safety-resilience", "enabling-technologies"],
    sdgs: [11, 13],
    tags: ["flood", "early warning", "IoT sensors", "climate adaptation", "alerts"],
    budgetUsd: [250_000, 2_000_000],
    partnerKinds: ["company", "startup", "university"],
    fit: (c) => c.flood * 1.3,
    facts: (r, c) => ({
      ...zoneFacts(r),
      districts: r.int(6, 18),
      leadMin: r.int(20, 60),
      residents: perCity(c, r.int(40, 160)) * 1000,
      events: r.int(3, 9),
      gauges: r.int(4, 25),
    }),
    en: {
      titles: [
        "Flood early warning for {city}'s {zone} districts",
        "Street-level flood alerts for {districts} districts of {city}",
        "{city}: giving residents hours, not minutes, of flood warning",
      ],
      summary:
        "{city} needs an early-warning system that detects rising water in its {zone} districts and alerts about {residents} residents well before streets flood. Today warnings arrive about {leadMin} minutes ahead of the water.",
      context:
        "{city} ({population} inhabitants) records {events} significant flood events in a typical rainy season. Its {zone} districts sit on low ground along drainage canals and rivers, where water can rise by more than a metre within two hours of intense rainfall.",
      problem:
        "The city relies on {gauges} river gauges and national weather bulletins. Warnings go out by phone tree and social media, on average {leadMin} minutes before water enters the streets: too late to move vehicles, close underpasses or evacuate ground-floor clinics and schools.",
      baseline: [
        "Average warning lead time: {leadMin} minutes",
        "Water-level gauges in operation: {gauges}, none on the secondary canals of the {zone} districts",
        "Residents living in mapped flood-prone blocks: {residents}",
      ],
      asks: [
        "A network of low-maintenance water-level and rainfall sensors covering {districts} districts",
        "Short-term flood forecasting that combines sensor data with radar and river or tide forecasts",
        "Multi-channel alerts (cell broadcast, SMS, messaging apps, sirens) in the languages spoken in the city",
        "A dashboard for the emergency operations centre and open data feeds for researchers",
      ],
    },
    es: {
      titles: [
        "Alerta temprana de inundaciones en los distritos {zoneEs} de {city}",
        "Sensores y alertas de inundación para {districts} distritos de {city}",
      ],
      summary:
        "{city} necesita un sistema de alerta temprana que detecte la subida del agua en sus distritos {zoneEs} y avise a unos {residents} vecinos antes de que se inunden las calles. Hoy los avisos llegan apenas {leadMin} minutos antes.",
      context:
        "{city} ({population} habitantes) registra {events} inundaciones importantes en una temporada de lluvias normal. Los distritos {zoneEs} están en zonas bajas junto a canales y ríos, donde el agua puede subir más de un metro en dos horas de lluvia intensa.",
      problem:
        "La ciudad depende de {gauges} estaciones de aforo y de los boletines meteorológicos nacionales. Los avisos se difunden por teléfono y redes sociales con una antelación media de {leadMin} minutos, insuficiente para mover vehículos, cerrar pasos inferiores o evacuar escuelas y centros de salud.",
      baseline: [
        "Antelación media de los avisos: {leadMin} minutos",
        "Estaciones de nivel de agua en servicio: {gauges}",
        "Vecinos en manzanas con riesgo de inundación: {residents}",
      ],
      asks: [
        "Una red de sensores de nivel y de lluvia de bajo mantenimiento en {districts} distritos",
        "Predicción de inundaciones a corto plazo que combine sensores, radar y previsiones de caudal",
        "Avisos por varios canales (cell broadcast, SMS, mensajería, sirenas)",
        "Un panel para el centro de emergencias y datos abiertos para investigadores",
      ],
    },
    zh: {
      titles: [
        "{city}{zoneZh}城区洪涝监测预警系统",
        "{city}{districts}个街道洪水早期预警与精准发布平台",
      ],
      summary:
        "{city}需要在{zoneZh}城区建设洪涝监测预警系统，在街道进水前通知约{residents}名居民。目前预警平均仅提前{leadMin}分钟发出。",
      context:
        "{city}常住人口{population}，一个汛期通常发生{events}次较严重的洪涝。{zoneZh}城区地势低洼，沿河道和排水渠分布，强降雨两小时内水位可上涨一米以上。",
      problem:
        "目前全市仅依靠{gauges}个水文站和气象部门的通报，预警通过电话和社交媒体逐级传达，平均提前{leadMin}分钟，难以及时转移车辆、封闭下穿通道或疏散学校和社区医院。",
      baseline: [
        "预警平均提前时间：{leadMin}分钟",
        "在用水位监测站：{gauges}个",
        "易涝片区居民：{residents}人",
      ],
      asks: [
        "覆盖{districts}个街道、低维护成本的水位和雨量传感网络",
        "融合传感器、雷达和河道预报的短临洪涝预测模型",
        "多渠道预警发布（小区广播、短信、即时通讯、警报器）",
        "面向应急指挥中心的可视化平台及开放数据接口",
      ],
    },
    caseGoal: "give residents of its {zone} districts hours of warning before floods",
    caseTitles: [
      "{city} extends flood warning lead time in its {zone} districts",
      "Street-level flood early warning in {city}",
    ],
    kpis: [
      {
        metric: "Average flood warning lead time",
        unit: "hours",
        baseline: [0.4, 1],
        factor: [4, 8],
        decimals: 1,
      },
      {
        metric: "Residents reached by alerts within 10 minutes",
        unit: "%",
        baseline: [20, 45],
        result: [70, 92],
      },
      {
        metric: "Vehicles lost to flooding",
        unit: "vehicles per season",
        baseline: [300, 1200],
        factor: [0.2, 0.45],
      },
      {
        metric: "Sensor network availability",
        unit: "%",
        baseline: null,
        result: [96, 99.5],
        decimals: 1,
      },
    ],
  },
  {
    key: "coastal-flood-defence",
    domains: ["safety-resilience", "infrastructure-building", "energy-environment"],
    sdgs: [11, 13, 14],
    tags: [
      "flood defence",
      "nature-based solutions",
      "storm surge",
      "climate adaptation",
      "coastal resilience",
    ],
    budgetUsd: [2_000_000, 40_000_000],
    partnerKinds: ["company", "university", "investor"],
    fit: (c) => c.flood,
    facts: (r, c) => ({
      water: r.pick(["coastline", "riverfront", "estuary", "bay shore"]),
      km: r.int(8, 45),
      households: perCity(c, r.int(5, 30)) * 1000,
      lossM: r.int(20, 400),
      peakRise: r.int(30, 90),
    }),
    en: {
      titles: [
        "Coastal and river flood defence for {km} km of {city}'s {water}",
        "Protecting {households} households on {city}'s {water} from storm surges",
        "Nature-based flood defences along the {water} of {city}",
      ],
      summary:
        "{city} must upgrade {km} km of ageing embankments and walls along its {water}, where {households} households and key infrastructure are exposed to storm surges and river peaks. We want designs that combine engineered barriers with nature-based defences.",
      context:
        "With {population} inhabitants, {city} has grown onto low-lying land along its {water}. Climate projections for the city expect extreme water levels to rise by {peakRise} cm by 2050, while much of the existing defence line was built before 1990.",
      problem:
        "Sections of the defence line are below today's design standard and several failed during recent storms. Average annual flood damage is estimated at USD {lossM} million. Raising walls everywhere is unaffordable and would cut neighbourhoods off from the water, so the city needs a prioritised, adaptive plan.",
      baseline: [
        "Defence line to assess: {km} km, about a third of it below current design standard",
        "Households in the 1-in-100-year flood zone: {households}",
        "Estimated average annual flood damage: USD {lossM} million",
      ],
      asks: [
        "Condition survey and flood-risk modelling of the full defence line, with climate scenarios to 2100",
        "Designs that mix walls, gates and pumps with mangroves, wetlands, dunes or floodable parks",
        "A phased investment plan the city can take to development banks and climate funds",
        "Monitoring of the defences after construction",
      ],
    },
    caseGoal: "rebuild the defences along its {water} with engineered and nature-based measures",
    caseTitles: [
      "{city} protects its {water} with hybrid flood defences",
      "Adaptive coastal and river defences for {city}",
    ],
    kpis: [
      {
        metric: "Households protected to a 1-in-100-year standard",
        unit: "households",
        baseline: [2000, 15000],
        factor: [3, 8],
      },
      {
        metric: "Defence line meeting design standard",
        unit: "%",
        baseline: [45, 65],
        result: [82, 96],
      },
      {
        metric: "Estimated average annual flood damage",
        unit: "USD million",
        baseline: [40, 300],
        factor: [0.25, 0.5],
      },
    ],
  },
  {
    key: "stormwater-drainage",
    domains: ["safety-resilience", "infrastructure-building", "energy-environment"],
    sdgs: [6, 11, 13],
    tags: ["stormwater", "sponge city", "green infrastructure", "drainage", "flood"],
    budgetUsd: [500_000, 8_000_000],
    partnerKinds: ["company", "university"],
    fit: (c) => c.flood,
    facts: (r, c) => ({
      ...zoneFacts(r),
      hotspots: perCity(c, r.int(8, 30)),
      sealed: r.int(55, 85),
      rain: r.int(50, 110),
      hectares: r.int(40, 300),
    }),
    en: {
      titles: [
        "Sponge-city drainage upgrade for {hotspots} waterlogging hotspots in {city}",
        "Smart stormwater management for {city}'s {zone} districts",
        "Reducing street flooding after cloudbursts in {city}",
      ],
      summary:
        "After intense rain, {city} records waterlogging at {hotspots} known hotspots. The city wants to combine green infrastructure on {hectares} hectares with real-time control of its drainage network so that a {rain} mm/h storm no longer paralyses traffic.",
      context:
        "About {sealed}% of the urban surface of {city}, a city of {population}, is sealed. The drainage network was designed for storms of around 40 mm/h, while storms of {rain} mm/h now occur almost every year.",
      problem:
        "Pipes and pumping stations are operated manually with little real-time data. Waterlogging closes roads and underpasses, damages ground-floor shops and overloads combined sewers, sending untreated water into rivers.",
      baseline: [
        "Recorded waterlogging hotspots: {hotspots}",
        "Sealed share of the urban surface: {sealed}%",
        "Design capacity of the main network: about 40 mm/h; recent peak intensity: {rain} mm/h",
      ],
      asks: [
        "Runoff and retention mapping down to street level",
        "Green infrastructure designs (bioswales, permeable paving, retention parks, green roofs) for {hectares} hectares",
        "Sensors and real-time control for pumps, gates and storage tanks",
        "Maintenance plans that local contractors can follow",
      ],
    },
    es: {
      titles: [
        "Drenaje urbano sostenible para {hotspots} puntos de anegamiento en {city}",
        "Gestión inteligente de aguas pluviales en los distritos {zoneEs} de {city}",
      ],
      summary:
        "Tras cada tormenta, {city} registra anegamientos en {hotspots} puntos conocidos. La ciudad quiere combinar infraestructura verde en {hectares} hectáreas con el control en tiempo real de su red de drenaje para que una lluvia de {rain} mm/h no paralice el tráfico.",
      context:
        "Cerca del {sealed}% de la superficie urbana de {city}, con {population} habitantes, está impermeabilizada. La red se diseñó para lluvias de unos 40 mm/h, pero tormentas de {rain} mm/h son ya casi anuales.",
      problem:
        "Colectores y bombeos se operan manualmente y con pocos datos. Los anegamientos cortan calles y pasos inferiores, dañan comercios en planta baja y desbordan la red unitaria hacia los ríos.",
      baseline: [
        "Puntos de anegamiento registrados: {hotspots}",
        "Superficie impermeabilizada: {sealed}%",
        "Capacidad de diseño de la red: unos 40 mm/h",
      ],
      asks: [
        "Mapas de escorrentía y retención a escala de calle",
        "Diseños de infraestructura verde (jardines de lluvia, pavimentos permeables, parques inundables) para {hectares} hectáreas",
        "Sensores y control en tiempo real de bombas, compuertas y depósitos",
      ],
    },
    zh: {
      titles: [
        "{city}海绵城市建设与{hotspots}处易涝点改造",
        "{city}{zoneZh}城区智慧排水与内涝治理",
      ],
      summary:
        "{city}每逢强降雨就有{hotspots}处易涝点积水。市里希望在{hectares}公顷范围内建设绿色基础设施，并对排水管网实施实时调度，使{rain}毫米/小时的暴雨不再导致交通瘫痪。",
      context:
        "{city}常住人口{population}，城市硬化地表比例约{sealed}%。主干排水管网按约40毫米/小时设计，而{rain}毫米/小时的暴雨几乎每年出现。",
      problem:
        "管网和泵站主要依靠人工调度，缺少实时数据。内涝导致道路和下穿通道封闭、沿街商铺受损，合流制管网溢流污染河道。",
      baseline: ["易涝点：{hotspots}处", "硬化地表比例：{sealed}%", "管网设计标准：约40毫米/小时"],
      asks: [
        "街道尺度的径流与调蓄能力评估",
        "{hectares}公顷的下沉式绿地、透水铺装、雨水花园等海绵设施设计",
        "泵站、闸门和调蓄池的传感监测与实时控制",
      ],
    },
    caseGoal: "reduce street flooding with green infrastructure and smart drainage control",
    caseTitles: [
      "Sponge-city measures cut waterlogging in {city}",
      "{city} retrofits its drainage network for cloudbursts",
    ],
    kpis: [
      {
        metric: "Waterlogging hotspots",
        unit: "hotspots",
        baseline: [8, 30],
        factor: [0.3, 0.6],
        perMillion: true,
      },
      {
        metric: "Stormwater retained on site",
        unit: "m³ per event",
        baseline: [5000, 20000],
        factor: [2, 4],
      },
      {
        metric: "Combined sewer overflow events",
        unit: "events per year",
        baseline: [20, 60],
        factor: [0.4, 0.7],
      },
    ],
  },
  {
    key: "emergency-coordination",
    domains: ["safety-resilience", "governance", "enabling-technologies"],
    sdgs: [3, 11, 16],
    tags: ["emergency management", "command centre", "public safety", "interoperability"],
    budgetUsd: [1_000_000, 12_000_000],
    partnerKinds: ["company"],
    fit: always,
    facts: (r, c) => ({
      agencies: r.int(6, 14),
      calls: perCity(c, r.int(80, 250)) * 1000,
      response: r.int(11, 24),
      systems: r.int(4, 9),
    }),
    en: {
      titles: [
        "Integrated emergency operations centre for {city}",
        "One common operating picture for {agencies} emergency agencies in {city}",
        "Faster, coordinated emergency response in {city}",
      ],
      summary:
        "{agencies} agencies respond to emergencies in {city} using {systems} separate dispatch and radio systems. The city wants a shared operating picture and coordinated dispatch to bring the average urban response time below 10 minutes.",
      context:
        "{city}'s emergency services handle about {calls} calls a year for a population of {population}. Police, fire, ambulance, civil protection, utilities and transport each keep their own records and maps.",
      problem:
        "During floods, fires and large events, information moves by phone and radio between {agencies} control rooms. Units are dispatched twice or not at all, and the average response time in urban districts is {response} minutes.",
      baseline: [
        "Agencies involved: {agencies}; separate dispatch systems: {systems}",
        "Emergency calls per year: {calls}",
        "Average urban response time: {response} minutes",
      ],
      asks: [
        "A common operating picture that integrates dispatch, sensor, CCTV and weather data",
        "Interoperability with existing radio and computer-aided dispatch systems rather than replacement",
        "Incident playbooks and joint training for multi-agency events",
        "Strict role-based access and audit logging for personal data",
      ],
    },
    caseGoal: "give its emergency agencies one operating picture and coordinated dispatch",
    caseTitles: [
      "{city} opens an integrated emergency operations centre",
      "Coordinated multi-agency emergency response in {city}",
    ],
    kpis: [
      {
        metric: "Average urban emergency response time",
        unit: "minutes",
        baseline: [11, 24],
        factor: [0.6, 0.8],
        decimals: 1,
      },
      {
        metric: "Incidents with duplicate dispatch",
        unit: "%",
        baseline: [6, 15],
        factor: [0.2, 0.5],
        decimals: 1,
      },
      { metric: "Agencies sharing live data", unit: "agencies", baseline: [1, 2], factor: [4, 6] },
    ],
  },
  {
    key: "safer-streets-night",
    domains: ["safety-resilience", "living-inclusion", "infrastructure-building"],
    sdgs: [5, 11, 16],
    tags: ["public safety", "gender", "street lighting", "night-time economy"],
    budgetUsd: [200_000, 3_000_000],
    partnerKinds: ["company", "startup", "university"],
    fit: always,
    facts: (r) => ({
      ...zoneFacts(r),
      streets: r.int(40, 220),
      share: r.int(35, 70),
      repair: r.int(12, 45),
    }),
    en: {
      titles: [
        "Safer streets at night in {city}'s {zone} neighbourhoods",
        "Lighting and safety improvements for {streets} km of streets in {city}",
        "Making public space feel safe after dark in {city}",
      ],
      summary:
        "In a city survey, {share}% of women in {city} said they avoid walking in their neighbourhood after dark. The city wants to improve lighting, visibility and help points on {streets} km of streets and around transit stops, without mass surveillance.",
      context:
        "{city} has {population} inhabitants and a night-time economy that employs many shift workers, who walk or wait for buses late at night in the {zone} neighbourhoods.",
      problem:
        "Lighting is uneven, broken lamps stay dark for weeks, and residents' reports are not linked to maintenance or policing. Safety audits by community groups are done on paper and rarely lead to changes.",
      baseline: [
        "Women who avoid walking after dark: {share}%",
        "Streets in scope: {streets} km",
        "Average time to repair a reported broken streetlight: {repair} days",
      ],
      asks: [
        "Participatory safety audits with a simple mobile tool, especially with women and young people",
        "Adaptive lighting and help points at transit stops and on walking routes",
        "Privacy-respecting analytics on reports and incidents (no facial recognition)",
        "A transparent follow-up process residents can see",
      ],
    },
    caseGoal: "make its {zone} streets feel safe after dark",
    caseTitles: [
      "Safer streets after dark in {city}'s {zone} neighbourhoods",
      "{city} pairs community safety audits with adaptive lighting",
    ],
    kpis: [
      {
        metric: "Women who feel safe walking after dark",
        unit: "%",
        baseline: [25, 50],
        factor: [1.3, 1.7],
      },
      {
        metric: "Average streetlight repair time",
        unit: "days",
        baseline: [12, 45],
        factor: [0.15, 0.4],
      },
      {
        metric: "Night-time incidents reported on audited streets",
        unit: "incidents per month",
        baseline: [30, 120],
        factor: [0.6, 0.85],
      },
    ],
  },
  {
    key: "seismic-building-risk",
    domains: ["safety-resilience", "infrastructure-building"],
    sdgs: [3, 9, 11],
    tags: ["earthquake", "seismic retrofit", "building safety", "risk assessment"],
    budgetUsd: [400_000, 6_000_000],
    partnerKinds: ["company", "university"],
    fit: (c) => c.seismic,
    facts: (r, c) => ({
      buildings: perCity(c, r.int(40, 120)) * 1000,
      pre: r.int(30, 65),
      schools: perCity(c, r.int(60, 180)),
    }),
    en: {
      titles: [
        "Seismic risk screening of {buildings} buildings in {city}",
        "Earthquake-ready schools and hospitals in {city}",
        "Prioritising seismic retrofits across {city}",
      ],
      summary:
        "About {pre}% of the {buildings} buildings in {city} were built before the current seismic code. The city needs a fast, data-driven screening to decide which schools, hospitals and housing blocks to retrofit first.",
      context:
        "{city} lies in an active seismic zone and has {population} inhabitants. Past earthquakes in the region showed that older reinforced-concrete and masonry buildings account for most casualties.",
      problem:
        "Building records are incomplete and many structures have been extended without permits. A manual inspection takes days per building, so at the current pace the {schools} public schools alone would take more than ten years to assess.",
      baseline: [
        "Buildings in scope: {buildings}, about {pre}% of them older than the current code",
        "Public schools awaiting structural assessment: {schools}",
        "Buildings assessed per year today: fewer than 500",
      ],
      asks: [
        "Rapid screening from street imagery, aerial data and machine learning to rank buildings by risk",
        "Detailed assessment methods for the highest-risk public buildings",
        "Retrofit options with cost estimates and a financing plan",
        "An open building-risk register for planners and residents",
      ],
    },
    caseGoal:
      "rank its buildings by seismic risk and retrofit the most vulnerable public buildings first",
    caseTitles: [
      "{city} screens its building stock for earthquake risk",
      "Seismic retrofit prioritisation in {city}",
    ],
    kpis: [
      {
        metric: "Buildings screened for seismic risk",
        unit: "buildings",
        baseline: null,
        result: [15000, 90000],
      },
      { metric: "Public schools retrofitted", unit: "schools", baseline: [2, 12], factor: [3, 8] },
      {
        metric: "Average assessment cost per building",
        unit: "USD",
        baseline: [800, 2500],
        factor: [0.15, 0.35],
      },
    ],
  },
  {
    key: "cool-roofs",
    domains: ["energy-environment", "living-inclusion", "safety-resilience"],
    sdgs: [3, 11, 13],
    tags: ["extreme heat", "cool roofs", "climate adaptation", "urban heat island"],
    budgetUsd: [300_000, 5_000_000],
    partnerKinds: ["company", "startup", "university"],
    fit: hotOnly,
    facts: (r, c) => ({
      roofs: r.int(2, 12) * 1000,
      peak: c.hot >= 2.5 ? r.int(46, 51) : r.int(38, 44),
      hotnights: r.int(30, 110),
      neighbourhoods: r.int(8, 30),
    }),
    en: {
      titles: [
        "Cool roofs for {roofs} homes in {city}'s hottest neighbourhoods",
        "Extreme-heat relief: reflective roofs and shading in {city}",
        "Bringing down indoor temperatures in {city}'s low-income housing",
      ],
      summary:
        "Summer peaks in {city} now reach {peak} °C and roofs of low-income housing exceed 65 °C. The city wants to fit {roofs} homes, schools and clinics with cool roofs and measure the effect on indoor heat and health.",
      context:
        "{city} ({population} inhabitants) recorded {hotnights} nights above 28 °C last year. Many households in its {neighbourhoods} most heat-exposed neighbourhoods live under metal or dark concrete roofs and cannot afford air conditioning.",
      problem:
        "Heat-related hospital admissions rise sharply during heatwaves and schools lose teaching days. Interventions so far were small pilots without measured results, so it is hard to justify a city-wide programme.",
      baseline: [
        "Peak air temperature last summer: {peak} °C",
        "Nights above 28 °C: {hotnights} per year",
        "Heat-exposed neighbourhoods identified: {neighbourhoods}",
      ],
      asks: [
        "Low-cost reflective coatings or roof systems proven in hot climates, installed by local crews",
        "A heat-risk map to prioritise buildings and a sensor-based measurement plan",
        "Community engagement so that residents maintain the roofs",
        "A financing model that can scale to the whole city",
      ],
    },
    es: {
      titles: [
        "Techos frescos para {roofs} viviendas en los barrios más calurosos de {city}",
        "Alivio ante el calor extremo: cubiertas reflectantes y sombra en {city}",
      ],
      summary:
        "Los picos de verano en {city} alcanzan ya {peak} °C y los techos de las viviendas populares superan los 65 °C. La ciudad quiere instalar techos frescos en {roofs} viviendas, escuelas y centros de salud y medir su efecto en el calor interior y la salud.",
      context:
        "{city} ({population} habitantes) registró {hotnights} noches por encima de 28 °C el año pasado. En sus {neighbourhoods} barrios más expuestos, muchas familias viven bajo techos de lámina u hormigón oscuro y no pueden pagar aire acondicionado.",
      problem:
        "Los ingresos hospitalarios por calor se disparan en cada ola de calor y las escuelas pierden días lectivos. Las intervenciones hasta ahora fueron pilotos pequeños sin resultados medidos.",
      baseline: [
        "Temperatura máxima del último verano: {peak} °C",
        "Noches por encima de 28 °C: {hotnights} al año",
        "Barrios expuestos identificados: {neighbourhoods}",
      ],
      asks: [
        "Recubrimientos reflectantes o sistemas de cubierta de bajo coste probados en climas cálidos",
        "Un mapa de riesgo por calor para priorizar edificios y un plan de medición con sensores",
        "Un modelo de financiación escalable a toda la ciudad",
      ],
    },
    caseGoal: "lower indoor temperatures in heat-exposed homes with cool roofs",
    caseTitles: [
      "Cool roofs lower indoor heat in {city}",
      "{city}'s cool-roof programme for heat-exposed homes",
    ],
    kpis: [
      {
        metric: "Average peak indoor temperature in treated homes",
        unit: "°C",
        baseline: [36, 42],
        factor: [0.85, 0.93],
        decimals: 1,
      },
      {
        metric: "Roof surface temperature at noon",
        unit: "°C",
        baseline: [62, 75],
        factor: [0.5, 0.65],
      },
      {
        metric: "Heat-related hospital admissions in target neighbourhoods",
        unit: "admissions per summer",
        baseline: [150, 600],
        factor: [0.65, 0.85],
      },
    ],
  },
  {
    key: "shaded-corridors",
    domains: ["energy-environment", "mobility", "living-inclusion"],
    sdgs: [3, 11, 13, 15],
    tags: ["extreme heat", "urban greening", "walkability", "shade", "trees"],
    budgetUsd: [400_000, 6_000_000],
    partnerKinds: ["company", "university", "startup"],
    fit: hotOnly,
    facts: (r, c) => ({
      km: r.int(6, 40),
      canopy: r.int(4, 18),
      peak: c.hot >= 2.5 ? r.int(45, 50) : r.int(37, 43),
      stops: perCity(c, r.int(60, 200)),
    }),
    en: {
      titles: [
        "Shaded walking corridors for {city}'s summer heat",
        "{km} km of shaded, walkable streets in {city}",
        "Tree canopy and shade structures along {city}'s main pedestrian routes",
      ],
      summary:
        "Walking in {city} in summer is unbearable for much of the day: tree canopy covers only {canopy}% of the city and {stops} bus stops have no shade. The city plans {km} km of shaded corridors linking transit, schools and markets.",
      context:
        "{city} has {population} inhabitants and summer temperatures that reach {peak} °C. Most trips to transit start and end on foot, and older people and children are the most exposed.",
      problem:
        "Streets are wide and paved, with few trees; irrigation water is scarce and many young trees die within two years. Existing shade structures were installed ad hoc and do not form routes people actually use.",
      baseline: [
        "Tree canopy cover: {canopy}%",
        "Bus stops without shade: {stops}",
        "Surface temperature gap between shaded and unshaded pavement: up to 20 °C",
      ],
      asks: [
        "Route planning based on pedestrian flows and heat exposure",
        "Drought-tolerant planting with smart or recycled-water irrigation",
        "Modular shade structures, possibly with integrated solar panels",
        "Before-and-after measurement of thermal comfort",
      ],
    },
    caseGoal: "create shaded walking corridors between transit, schools and markets",
    caseTitles: [
      "Shaded corridors make {city} walkable in summer",
      "{city} plants and builds its way to cooler streets",
    ],
    kpis: [
      {
        metric: "Tree canopy cover on target routes",
        unit: "%",
        baseline: [4, 18],
        factor: [1.6, 2.5],
      },
      {
        metric: "Midday surface temperature on corridors",
        unit: "°C",
        baseline: [55, 68],
        factor: [0.65, 0.8],
      },
      {
        metric: "Pedestrians on corridors in summer",
        unit: "people per day",
        baseline: [3000, 12000],
        factor: [1.15, 1.5],
      },
    ],
  },
  {
    key: "district-cooling",
    domains: ["energy-environment", "infrastructure-building"],
    sdgs: [7, 11, 13],
    tags: ["district cooling", "extreme heat", "energy efficiency", "thermal storage"],
    budgetUsd: [2_000_000, 30_000_000],
    partnerKinds: ["company", "investor"],
    fit: (c) =>
      c.region === "middle-east" && c.hot >= 2
        ? 3.5
        : ["SG", "MY", "IN", "EG"].includes(c.city.country)
          ? 0.8
          : 0,
    facts: (r) => ({
      tr: r.int(40, 250) * 1000,
      share: r.int(55, 75),
      buildings: r.int(30, 160),
      loss: r.int(12, 25),
    }),
    en: {
      titles: [
        "Efficiency upgrade of {city}'s district cooling networks",
        "District cooling for {buildings} buildings in a new {city} district",
        "Cutting the cooling load on {city}'s power grid",
      ],
      summary:
        "Cooling accounts for about {share}% of {city}'s summer peak electricity demand. The city wants to extend district cooling to {buildings} public and commercial buildings and run existing plants more efficiently with better controls and thermal storage.",
      context:
        "With {population} residents and summer temperatures above 45 °C, {city} depends on air conditioning. Its district cooling plants deliver about {tr} refrigeration tons.",
      problem:
        "Plants run at fixed set points, distribution and control losses are around {loss}%, and many buildings still use inefficient split units. Peak electricity demand keeps rising and is largely met by gas-fired generation.",
      baseline: [
        "Installed district cooling capacity: {tr} refrigeration tons",
        "Share of summer peak electricity used for cooling: {share}%",
        "Estimated distribution and control losses: {loss}%",
      ],
      asks: [
        "AI-based optimisation of chillers, pumps and thermal storage",
        "Feasibility and business model for connecting {buildings} buildings",
        "Use of treated sewage effluent or seawater instead of potable water",
        "Metering and billing that reward efficient use",
      ],
    },
    caseGoal: "run its district cooling more efficiently and extend it to new buildings",
    caseTitles: [
      "{city} optimises its district cooling plants",
      "Smarter district cooling for {city}",
    ],
    kpis: [
      {
        metric: "Plant efficiency",
        unit: "kWh per refrigeration ton-hour",
        baseline: [1, 1.3],
        factor: [0.75, 0.88],
        decimals: 2,
      },
      {
        metric: "Peak electricity demand for cooling",
        unit: "MW",
        baseline: [80, 400],
        factor: [0.8, 0.9],
      },
      {
        metric: "Potable water used for cooling",
        unit: "million m³ per year",
        baseline: [3, 12],
        factor: [0.3, 0.6],
        decimals: 1,
      },
    ],
  },
  {
    key: "heat-health-warning",
    domains: ["safety-resilience", "living-inclusion", "energy-environment"],
    sdgs: [3, 8, 13],
    tags: ["extreme heat", "early warning", "public health", "outdoor workers"],
    budgetUsd: [150_000, 1_500_000],
    partnerKinds: ["company", "startup", "university"],
    fit: hotOnly,
    facts: (r, c) => ({
      deaths: perCity(c, r.int(10, 60)),
      outdoor: perCity(c, r.int(20, 60)) * 1000,
      days: r.int(10, 45),
      centres: r.int(0, 25),
    }),
    en: {
      titles: [
        "Heat-health early warning for {city}'s outdoor workers and older residents",
        "Protecting {outdoor} outdoor workers from extreme heat in {city}",
        "A heat action plan with targeted alerts for {city}",
      ],
      summary:
        "{city} had {days} heatwave days last summer and an estimated {deaths} excess deaths. The city wants an impact-based heat warning linked to concrete actions: cooling centres, adjusted working hours and check-ins on people at risk.",
      context:
        "{city} has {population} inhabitants, including about {outdoor} people working outdoors in construction, delivery, street vending and urban agriculture.",
      problem:
        "Heat warnings today are generic temperature forecasts. There is no list of vulnerable residents, cooling centres are not mapped and employers receive no specific advice, so warnings rarely change behaviour.",
      baseline: [
        "Heatwave days last summer: {days}",
        "Estimated excess deaths during heatwaves: {deaths}",
        "Registered cooling centres: {centres}",
      ],
      asks: [
        "Neighbourhood-level heat-health forecasts three to five days ahead",
        "Alerts to residents, employers and care workers in local languages",
        "A consent-based registry and check-in service for people at high risk",
        "Evaluation of health outcomes with local hospitals",
      ],
    },
    caseGoal: "turn heat forecasts into protective actions for people at risk",
    caseTitles: [
      "{city}'s heat-health warning protects workers and older residents",
      "Impact-based heat alerts in {city}",
    ],
    kpis: [
      {
        metric: "Heat-related emergency calls during heatwaves",
        unit: "calls per heatwave day",
        baseline: [80, 300],
        factor: [0.6, 0.85],
      },
      { metric: "Registered cooling centres", unit: "centres", baseline: [3, 25], factor: [2, 5] },
      {
        metric: "At-risk residents enrolled in check-in service",
        unit: "residents",
        baseline: null,
        result: [2000, 25000],
      },
    ],
  },
  {
    key: "solar-rooftops",
    domains: ["energy-environment", "infrastructure-building"],
    sdgs: [7, 11, 13],
    tags: ["solar", "renewable energy", "public buildings", "energy transition", "PPA"],
    budgetUsd: [1_000_000, 25_000_000],
    partnerKinds: ["company", "investor", "startup"],
    fit: (c) => 1 + Math.min(c.hot, 2) * 0.3,
    facts: (r, c) => ({
      buildings: perCity(c, r.int(60, 220)),
      mw: r.int(8, 60),
      bill: r.int(6, 40),
      share: r.int(2, 9),
    }),
    en: {
      titles: [
        "Solar rooftops on {buildings} municipal buildings in {city}",
        "{mw} MW of rooftop solar for {city}'s schools and public buildings",
        "A rooftop solar programme for {city}",
      ],
      summary:
        "{city} wants to install about {mw} MW of solar panels on the roofs of {buildings} schools, offices, depots and markets, cutting a municipal electricity bill of USD {bill} million a year and showing residents and businesses how to follow.",
      context:
        "The municipal government is one of the largest electricity consumers in {city}, a city of {population}. Only {share}% of its consumption comes from renewable sources today.",
      problem:
        "The city lacks a roof-by-roof assessment of structural capacity and solar yield, procurement is slow, and the finance department cannot take on large upfront capital expenditure.",
      baseline: [
        "Municipal buildings in scope: {buildings}",
        "Renewable share of municipal electricity: {share}%",
        "Annual municipal electricity bill: USD {bill} million",
      ],
      asks: [
        "Solar potential and roof structure assessment of every building",
        "Turnkey design, installation, operation and maintenance",
        "Financing such as power purchase agreements or energy service contracts, without upfront cost to the city",
        "Generation and savings on a public dashboard",
      ],
    },
    caseGoal: "put solar panels on its public buildings without upfront cost",
    caseTitles: [
      "{city} turns public roofs into solar power plants",
      "Rooftop solar on {city}'s schools and offices",
    ],
    kpis: [
      {
        metric: "Installed rooftop solar capacity",
        unit: "MW",
        baseline: [0.2, 2],
        factor: [6, 20],
        decimals: 1,
      },
      {
        metric: "Renewable share of municipal electricity",
        unit: "%",
        baseline: [2, 9],
        factor: [2.5, 5],
      },
      {
        metric: "Avoided emissions",
        unit: "t CO2e per year",
        baseline: null,
        result: [4000, 40000],
      },
    ],
  },
  {
    key: "microgrids",
    domains: ["energy-environment", "safety-resilience", "infrastructure-building"],
    sdgs: [7, 9, 13],
    tags: ["microgrid", "battery storage", "energy resilience", "solar", "critical infrastructure"],
    budgetUsd: [1_500_000, 20_000_000],
    partnerKinds: ["company", "investor"],
    fit: (c) => (c.developing ? 1.6 : 1),
    facts: (r, c) => ({
      sites: r.int(8, 40),
      outages: c.developing ? r.int(40, 300) : r.int(6, 30),
      gens: r.int(20, 120),
    }),
    en: {
      titles: [
        "Solar-plus-storage microgrids for {sites} critical facilities in {city}",
        "Keeping hospitals and shelters powered during outages in {city}",
        "Resilient microgrids for {city}'s emergency infrastructure",
      ],
      summary:
        "Power cuts in {city} add up to about {outages} hours a year and get longer during storms and heatwaves. The city wants solar-and-battery microgrids for {sites} hospitals, shelters, water pumps and command centres, replacing part of its {gens} diesel generators.",
      context:
        "{city} ({population} inhabitants) depends on a grid that is increasingly stressed by extreme weather and growing demand. Critical facilities rely on diesel generators that are expensive, polluting and often fail to start.",
      problem:
        "When the grid goes down, hospitals run on diesel for hours, water pumping stops in several districts and emergency shelters go dark. Fuel logistics during disasters are fragile and the generators are not monitored remotely.",
      baseline: [
        "Grid outage hours per year: about {outages}",
        "Diesel generators at municipal facilities: {gens}",
        "Critical facilities without 72-hour backup: {sites}",
      ],
      asks: [
        "Design of solar, battery and controller systems sized for 72 hours of critical load",
        "Islanding and grid services, so the assets earn revenue in normal times",
        "Remote monitoring of all backup assets",
        "A financing and ownership model (energy-as-a-service, green bonds, blended finance)",
      ],
    },
    caseGoal: "keep critical facilities powered through outages with solar and storage",
    caseTitles: [
      "Microgrids keep {city}'s critical services running",
      "{city} replaces diesel backup with solar and storage",
    ],
    kpis: [
      {
        metric: "Critical facilities with 72-hour backup power",
        unit: "facilities",
        baseline: [2, 6],
        factor: [3, 6],
      },
      {
        metric: "Diesel used for backup generation",
        unit: "litres per year",
        baseline: [200000, 900000],
        factor: [0.3, 0.6],
      },
      {
        metric: "Critical service hours lost to outages",
        unit: "hours per year",
        baseline: [20, 80],
        factor: [0.05, 0.2],
      },
    ],
  },
  {
    key: "air-quality",
    domains: ["energy-environment", "living-inclusion", "enabling-technologies"],
    sdgs: [3, 11, 13],
    tags: ["air quality", "PM2.5", "sensors", "public health", "schools"],
    budgetUsd: [150_000, 2_000_000],
    partnerKinds: ["company", "startup", "university"],
    fit: (c) => c.pollution,
    facts: (r, c) => ({
      pm: c.pollution >= 2 ? r.int(35, 85) : r.int(9, 22),
      stations: r.int(3, 15),
      schools: perCity(c, r.int(60, 200)),
      exceed: c.pollution >= 2 ? r.int(90, 220) : r.int(15, 60),
    }),
    en: {
      titles: [
        "Hyperlocal air-quality monitoring around {city}'s schools",
        "Street-level air pollution data for {city}",
        "Cutting children's exposure to air pollution in {city}",
      ],
      summary:
        "{city} measures air quality at only {stations} reference stations for {population} people. Annual PM2.5 averages {pm} µg/m³, well above the WHO guideline. The city wants a dense sensor network and the data to target traffic and heating measures, starting around {schools} schools.",
      context:
        "Traffic, construction dust, industry and household burning all contribute to air pollution in {city}. Children walking to school along main roads are among the most exposed.",
      problem:
        "With so few stations the city cannot see pollution hotspots, cannot tell residents when and where to avoid exposure, and cannot show whether low-emission zones or school streets work.",
      baseline: [
        "Reference monitoring stations: {stations}",
        "Annual mean PM2.5: {pm} µg/m³",
        "Days above the daily PM2.5 guideline: {exceed} per year",
      ],
      asks: [
        "Calibrated low-cost sensors at schools, clinics and busy junctions",
        "Data fusion with reference stations, traffic and weather data",
        "Public air-quality maps and alerts for parents and schools",
        "Evaluation of school streets and low-emission zones",
      ],
    },
    caseGoal: "map air pollution street by street and cut children's exposure",
    caseTitles: [
      "Street-level air-quality data drives cleaner school routes in {city}",
      "{city} maps air pollution around its schools",
    ],
    kpis: [
      {
        metric: "Annual mean PM2.5 at monitored schools",
        unit: "µg/m³",
        baseline: [12, 80],
        factor: [0.75, 0.9],
        decimals: 1,
      },
      {
        metric: "Air-quality monitoring points",
        unit: "points",
        baseline: [3, 15],
        factor: [10, 40],
      },
      {
        metric: "Days above the daily PM2.5 guideline",
        unit: "days per year",
        baseline: [20, 200],
        factor: [0.7, 0.9],
      },
    ],
  },
  {
    key: "water-leakage",
    domains: ["energy-environment", "infrastructure-building"],
    sdgs: [6, 9, 11],
    tags: ["water", "leak detection", "non-revenue water", "utilities"],
    budgetUsd: [500_000, 10_000_000],
    partnerKinds: ["company", "startup"],
    fit: (c) => 1 + (c.developing ? 0.6 : 0) + (c.hot >= 2 ? 0.4 : 0),
    facts: (r, c) => ({
      nrw: c.developing ? r.int(32, 52) : r.int(18, 30),
      km: perCity(c, r.int(900, 2500)),
      bursts: perCity(c, r.int(300, 1500)),
      lost: r.int(20, 250),
    }),
    en: {
      titles: [
        "Reducing water losses in {city}'s {km}-km distribution network",
        "Cutting non-revenue water from {nrw}% in {city}",
        "Smart leak detection for {city}'s water utility",
      ],
      summary:
        "{nrw}% of the drinking water {city} produces never reaches a paying customer. The utility wants to find and fix leaks faster across its {km} km of pipes, manage pressure and replace the worst mains first.",
      context:
        "The municipal water utility serves {population} people in {city}. Demand grows every year while raw water sources are under pressure from drought and pollution.",
      problem:
        "About {lost} million m³ of treated water is lost each year. Leaks are found when they surface, the network records {bursts} bursts a year, and pressure is kept high to reach the edges of the network, which makes leakage worse.",
      baseline: [
        "Non-revenue water: {nrw}%",
        "Pipe network: {km} km; bursts per year: {bursts}",
        "Water lost per year: about {lost} million m³",
      ],
      asks: [
        "Acoustic, pressure and flow sensing to locate leaks before they surface",
        "District metered areas and pressure management",
        "Risk-based planning of pipe replacement",
        "A performance-based contract tied to water saved",
      ],
    },
    es: {
      titles: [
        "Reducción de pérdidas de agua en la red de {km} km de {city}",
        "Detección inteligente de fugas para el servicio de agua de {city}",
      ],
      summary:
        "El {nrw}% del agua potable que produce {city} no llega a ningún cliente que la pague. El operador quiere localizar y reparar fugas más rápido en sus {km} km de tuberías, gestionar la presión y renovar primero las peores conducciones.",
      context:
        "El servicio municipal de agua abastece a {population} personas en {city}. La demanda crece cada año y las fuentes de agua bruta sufren sequías y contaminación.",
      problem:
        "Se pierden unos {lost} millones de m³ de agua tratada al año. Las fugas se detectan cuando afloran, la red registra {bursts} roturas al año y la presión se mantiene alta para llegar a los extremos de la red.",
      baseline: [
        "Agua no registrada: {nrw}%",
        "Red: {km} km; roturas al año: {bursts}",
        "Agua perdida al año: unos {lost} millones de m³",
      ],
      asks: [
        "Sensores acústicos, de presión y de caudal para localizar fugas antes de que afloren",
        "Sectorización y gestión de presiones",
        "Un contrato por resultados vinculado al agua ahorrada",
      ],
    },
    caseGoal: "find and fix leaks faster and bring down non-revenue water",
    caseTitles: [
      "{city} cuts water losses with smart leak detection",
      "Non-revenue water reduction in {city}",
    ],
    kpis: [
      {
        metric: "Non-revenue water",
        unit: "%",
        baseline: [20, 50],
        factor: [0.6, 0.8],
        decimals: 1,
      },
      {
        metric: "Average time to locate and repair a leak",
        unit: "days",
        baseline: [10, 40],
        factor: [0.2, 0.45],
      },
      {
        metric: "Water saved",
        unit: "million m³ per year",
        baseline: null,
        result: [3, 40],
        decimals: 1,
      },
    ],
  },
  {
    key: "waste-collection",
    domains: ["energy-environment", "industry-economy"],
    sdgs: [11, 12, 13],
    tags: ["waste", "recycling", "circular economy", "route optimisation"],
    budgetUsd: [300_000, 6_000_000],
    partnerKinds: ["company", "startup"],
    fit: (c) => (c.developing ? 1.5 : 1),
    facts: (r, c) => ({
      tonnes: perCity(c, r.int(700, 1300)),
      recycling: c.developing ? r.int(4, 15) : r.int(18, 40),
      trucks: perCity(c, r.int(40, 110)),
      landfill: r.int(3, 12),
    }),
    en: {
      titles: [
        "Smarter waste collection and higher recycling in {city}",
        "Raising {city}'s recycling rate from {recycling}%",
        "Waste sorting and route optimisation for {city}'s {trucks} collection trucks",
      ],
      summary:
        "{city} collects about {tonnes} tonnes of municipal waste a day but recycles only {recycling}%. Its main landfill has {landfill} years of capacity left. The city wants data-driven collection, better separation at source and new markets for recyclables.",
      context:
        "{city} ({population} inhabitants) runs a fleet of {trucks} collection trucks on fixed routes and schedules, whether bins are full or not.",
      problem:
        "Some bins overflow while trucks empty half-full ones elsewhere; residents get little feedback on sorting, and informal waste pickers who do much of the recycling work without recognition or safety equipment.",
      baseline: [
        "Municipal waste collected: {tonnes} tonnes per day",
        "Recycling rate: {recycling}%",
        "Remaining landfill capacity: {landfill} years",
      ],
      asks: [
        "Fill-level sensing and dynamic route optimisation",
        "Source-separation campaigns with feedback to households",
        "Integration of informal waste pickers into the collection system",
        "Offtake agreements or processing for sorted materials",
      ],
    },
    es: {
      titles: [
        "Recogida de residuos inteligente y más reciclaje en {city}",
        "Aumentar la tasa de reciclaje de {city} desde el {recycling}%",
      ],
      summary:
        "{city} recoge unas {tonnes} toneladas de residuos municipales al día pero solo recicla el {recycling}%. Al vertedero principal le quedan {landfill} años de vida útil. La ciudad busca una recogida basada en datos, mejor separación en origen y nuevos mercados para los reciclables.",
      context:
        "{city} ({population} habitantes) opera {trucks} camiones de recogida con rutas y horarios fijos, estén los contenedores llenos o no.",
      problem:
        "Unos contenedores rebosan mientras otros se vacían medio llenos; los vecinos apenas reciben información sobre la separación y los recicladores de base trabajan sin reconocimiento ni protección.",
      baseline: [
        "Residuos recogidos: {tonnes} toneladas al día",
        "Tasa de reciclaje: {recycling}%",
        "Vida útil restante del vertedero: {landfill} años",
      ],
      asks: [
        "Sensores de llenado y optimización dinámica de rutas",
        "Campañas de separación en origen con retorno a los hogares",
        "Integración de los recicladores de base en el sistema",
      ],
    },
    zh: {
      titles: [
        "{city}生活垃圾分类与智慧收运体系建设",
        "{city}{trucks}辆环卫车辆智能调度与回收利用提升",
      ],
      summary:
        "{city}每天收运生活垃圾约{tonnes}吨，回收利用率仅{recycling}%，主要填埋场剩余库容仅够使用{landfill}年。市里希望建设数据驱动的收运体系，推进源头分类，拓展再生资源利用渠道。",
      context:
        "{city}常住人口{population}，现有{trucks}辆垃圾收运车按固定路线和班次作业，无论垃圾桶是否装满。",
      problem:
        "部分垃圾桶满溢，另一些半空的桶却被频繁清运；居民分类投放缺乏反馈，再生资源回收体系与环卫体系衔接不畅。",
      baseline: [
        "日均收运量：{tonnes}吨",
        "回收利用率：{recycling}%",
        "填埋场剩余使用年限：{landfill}年",
      ],
      asks: [
        "满溢监测与动态路线优化",
        "源头分类督导与居民积分激励",
        "再生资源回收网点与分拣中心一体化",
      ],
    },
    caseGoal: "collect waste on demand and recycle more of it",
    caseTitles: [
      "{city} doubles down on recycling with smart collection",
      "Data-driven waste collection in {city}",
    ],
    kpis: [
      { metric: "Recycling rate", unit: "%", baseline: [4, 35], factor: [1.4, 2.2], decimals: 1 },
      {
        metric: "Collection truck distance",
        unit: "km per day",
        baseline: [4000, 20000],
        factor: [0.75, 0.88],
        perMillion: true,
      },
      {
        metric: "Overflowing bin complaints",
        unit: "complaints per month",
        baseline: [300, 2000],
        factor: [0.3, 0.6],
      },
    ],
  },
  {
    key: "building-retrofit",
    domains: ["infrastructure-building", "energy-environment", "living-inclusion"],
    sdgs: [7, 11, 13],
    tags: ["building retrofit", "energy efficiency", "social housing", "ESCO", "decarbonisation"],
    budgetUsd: [2_000_000, 40_000_000],
    partnerKinds: ["company", "investor"],
    fit: (c) =>
      c.region === "europe"
        ? 2.5
        : c.region === "north-america" || c.region === "east-asia"
          ? 1.6
          : 0.7,
    facts: (r, c) => ({
      buildings: perCity(c, r.int(40, 160)),
      dwellings: r.int(2, 30) * 1000,
      energy: r.int(180, 320),
      target: r.int(30, 55),
    }),
    en: {
      titles: [
        "Deep energy retrofits of {buildings} municipal buildings in {city}",
        "Energy renovation of {dwellings} social housing units in {city}",
        "{city}'s building retrofit programme: {target}% fewer emissions by 2030",
      ],
      summary:
        "{city} aims to cut emissions from its own buildings by {target}% by 2030. It is looking for partners to audit and retrofit {buildings} schools, offices and sports centres and {dwellings} social housing units, with guaranteed savings where possible.",
      context:
        "Buildings are the largest source of emissions in {city} ({population} inhabitants). Most municipal buildings date from before 1990 and use on average {energy} kWh per square metre a year.",
      problem:
        "Retrofits are done one building at a time with separate tenders, so the programme moves slowly. Tenants in social housing face high energy bills and damp homes, and the city has no portfolio-wide data on energy use.",
      baseline: [
        "Municipal buildings in scope: {buildings}; social housing units: {dwellings}",
        "Average energy use: {energy} kWh/m² per year",
        "Emission reduction target for municipal buildings: {target}% by 2030",
      ],
      asks: [
        "Portfolio-wide energy audits and smart metering",
        "Bundled retrofit packages (insulation, heat pumps, ventilation, controls)",
        "Energy performance contracts with guaranteed savings",
        "Resident engagement for works in occupied homes",
      ],
    },
    caseGoal: "retrofit its public buildings and social housing with guaranteed energy savings",
    caseTitles: [
      "{city} retrofits its building portfolio at scale",
      "Deep energy renovation in {city}",
    ],
    kpis: [
      {
        metric: "Average energy use of retrofitted buildings",
        unit: "kWh/m² per year",
        baseline: [180, 320],
        factor: [0.45, 0.7],
      },
      { metric: "Buildings retrofitted", unit: "buildings", baseline: null, result: [20, 150] },
      {
        metric: "Annual energy cost savings",
        unit: "USD million",
        baseline: null,
        result: [0.5, 8],
        decimals: 1,
      },
    ],
  },
  {
    key: "smart-street-lighting",
    domains: ["infrastructure-building", "energy-environment", "enabling-technologies"],
    sdgs: [7, 11, 13],
    tags: ["street lighting", "LED", "energy efficiency", "IoT"],
    budgetUsd: [1_000_000, 25_000_000],
    partnerKinds: ["company", "investor"],
    fit: always,
    facts: (r, c) => ({
      lights: perCity(c, r.int(40, 110)) * 1000,
      led: r.int(5, 45),
      gwh: perCity(c, r.int(15, 45)),
    }),
    en: {
      titles: [
        "Converting {lights} streetlights in {city} to smart LED",
        "Smart street lighting and an IoT-ready pole network for {city}",
        "Cutting {city}'s street lighting bill",
      ],
      summary:
        "Only {led}% of {city}'s {lights} streetlights are LED. The city wants to convert the rest, add remote control and fault detection, and use the poles as a backbone for other sensors.",
      context:
        "Street lighting uses about {gwh} GWh a year in {city} ({population} inhabitants), one of the largest items on the municipal energy bill.",
      problem:
        "Most lamps are sodium fixtures switched by timers. Faults are found by patrols or residents' complaints, and repairs take weeks. Each new sensor project installs its own poles and connectivity.",
      baseline: [
        "Streetlights: {lights}, of which {led}% LED",
        "Street lighting electricity use: {gwh} GWh per year",
        "Fault detection: patrols and complaints only",
      ],
      asks: [
        "LED conversion with remote dimming and fault reporting",
        "A central management system based on open protocols",
        "Poles ready for sensors, cameras and small cells",
        "Financing repaid from energy savings",
      ],
    },
    caseGoal: "convert its streetlights to remotely managed LED",
    caseTitles: [
      "{city} switches to smart LED street lighting",
      "Smart streetlights halve {city}'s lighting bill",
    ],
    kpis: [
      {
        metric: "Street lighting electricity use",
        unit: "GWh per year",
        baseline: [15, 45],
        factor: [0.35, 0.55],
        perMillion: true,
        decimals: 1,
      },
      {
        metric: "Average time to repair a failed streetlight",
        unit: "days",
        baseline: [7, 30],
        factor: [0.1, 0.3],
        decimals: 1,
      },
      { metric: "LED share of streetlights", unit: "%", baseline: [5, 45], result: [88, 100] },
    ],
  },
  {
    key: "heritage-digital-twin",
    domains: ["infrastructure-building", "enabling-technologies", "industry-economy"],
    sdgs: [8, 9, 11],
    tags: ["heritage", "digital twin", "3D scanning", "historic centre", "preservation"],
    budgetUsd: [300_000, 5_000_000],
    partnerKinds: ["company", "university", "startup"],
    fit: (c) => (c.heritage >= 1 ? c.heritage * 1.2 : c.heritage * 0.3),
    facts: (r, c) => ({
      hectares: r.int(40, 400),
      listed: r.int(300, 4000),
      visitors: visitorsOf(r, c),
      approval: r.int(90, 240),
    }),
    en: {
      titles: [
        "Digital twin of {city}'s historic centre",
        "3D survey and monitoring of {listed} listed buildings in {city}",
        "Preserving {city}'s heritage while renewing its infrastructure",
      ],
      summary:
        "{city}'s historic centre covers {hectares} hectares and {listed} listed buildings, and every cable, pipe and façade change needs heritage approval. The city wants a digital twin of the centre to plan works, monitor deterioration and share the heritage with {visitors} million visitors a year.",
      context:
        "The historic centre is the identity of {city} ({population} inhabitants) and one of its most complex construction sites: utilities date back a century, streets are narrow and building records are scattered across archives.",
      problem:
        "Infrastructure works wait an average of {approval} days for approval because surveys are incomplete and records conflict, and damage from vibration, moisture and visitor pressure is found too late.",
      baseline: [
        "Historic centre: {hectares} hectares, {listed} listed buildings",
        "Average approval time for works: {approval} days",
        "Visitors per year: {visitors} million",
      ],
      asks: [
        "Laser scanning and photogrammetry of streets, façades and key interiors",
        "A digital twin linking 3D models with utility networks, permits and conservation records",
        "Sensors for vibration, moisture and crowding at vulnerable monuments",
        "Public and educational uses of the model",
      ],
    },
    es: {
      titles: [
        "Gemelo digital del centro histórico de {city}",
        "Levantamiento 3D y monitorización de {listed} edificios protegidos en {city}",
      ],
      summary:
        "El centro histórico de {city} ocupa {hectares} hectáreas y reúne {listed} edificios protegidos; cada cable, tubería o cambio de fachada requiere autorización patrimonial. La ciudad quiere un gemelo digital del centro para planificar obras, vigilar el deterioro y acercar el patrimonio a sus {visitors} millones de visitantes anuales.",
      context:
        "El centro histórico es la seña de identidad de {city} ({population} habitantes) y una de sus obras más complejas: redes de servicios centenarias, calles estrechas y archivos dispersos.",
      problem:
        "Las obras esperan de media {approval} días de autorización porque los levantamientos son incompletos, y los daños por vibraciones, humedad y presión turística se detectan tarde.",
      baseline: [
        "Centro histórico: {hectares} hectáreas, {listed} edificios protegidos",
        "Plazo medio de autorización de obras: {approval} días",
        "Visitantes al año: {visitors} millones",
      ],
      asks: [
        "Escaneo láser y fotogrametría de calles, fachadas e interiores clave",
        "Un gemelo digital que integre modelos 3D, redes de servicios, licencias y expedientes de conservación",
        "Sensores de vibración, humedad y aforo en los monumentos más vulnerables",
      ],
    },
    zh: {
      titles: ["{city}历史文化街区数字孪生平台", "{city}{listed}处历史建筑三维测绘与保护监测"],
      summary:
        "{city}历史城区面积{hectares}公顷，拥有{listed}处保护建筑，任何管线施工和立面改动都需文物审批。市里希望建设历史城区数字孪生平台，用于工程规划、病害监测，并向每年{visitors}百万人次游客展示文化遗产。",
      context:
        "历史城区是{city}（常住人口{population}）的城市名片，也是最复杂的施工区域：地下管线年代久远、街巷狭窄、建筑档案分散。",
      problem:
        "由于测绘资料不全、档案相互矛盾，工程审批平均需要{approval}天；振动、潮湿和客流压力造成的损坏往往发现太晚。",
      baseline: [
        "历史城区：{hectares}公顷，保护建筑{listed}处",
        "工程平均审批时间：{approval}天",
        "年游客量：{visitors}百万人次",
      ],
      asks: [
        "街巷、立面及重点室内空间的激光扫描与倾斜摄影",
        "融合三维模型、地下管线、审批和保护档案的数字孪生平台",
        "重点文物的振动、湿度和客流监测",
      ],
    },
    caseGoal: "build a digital twin of its historic centre to plan works and monitor monuments",
    caseTitles: [
      "A digital twin protects {city}'s historic centre",
      "{city} scans its heritage in 3D",
    ],
    kpis: [
      {
        metric: "Average approval time for works in the historic centre",
        unit: "days",
        baseline: [90, 240],
        factor: [0.4, 0.65],
      },
      {
        metric: "Listed buildings with a 3D survey",
        unit: "buildings",
        baseline: [20, 150],
        factor: [6, 20],
      },
      {
        metric: "Structural issues detected before visible damage",
        unit: "issues per year",
        baseline: null,
        result: [15, 90],
      },
    ],
  },
  {
    key: "bridge-monitoring",
    domains: ["infrastructure-building", "safety-resilience", "enabling-technologies"],
    sdgs: [9, 11],
    tags: ["bridges", "structural health monitoring", "asset management", "predictive maintenance"],
    budgetUsd: [500_000, 8_000_000],
    partnerKinds: ["company", "university", "startup"],
    fit: (c) => (c.developing ? 0.8 : 1.2),
    facts: (r, c) => ({
      bridges: perCity(c, r.int(60, 250)),
      old: r.int(20, 60),
      cycle: r.int(2, 6),
    }),
    en: {
      titles: [
        "Structural health monitoring for {city}'s ageing bridges",
        "Sensor-based inspection of {bridges} bridges and tunnels in {city}",
        "Predictive maintenance for {city}'s road structures",
      ],
      summary:
        "{old}% of {city}'s {bridges} bridges, flyovers and tunnels are more than 50 years old, and each is inspected visually only every {cycle} years. The city wants continuous monitoring of the most critical structures and a risk-based maintenance plan.",
      context:
        "{city} ({population} inhabitants) depends on its bridges and tunnels for freight, buses and emergency access. Traffic loads have grown far beyond what many were designed for.",
      problem:
        "Inspections are manual, data sit in paper reports and maintenance is reactive. Unplanned closures disrupt traffic for weeks, and the city cannot tell which structures deserve its limited budget first.",
      baseline: [
        "Structures in the inventory: {bridges}",
        "Structures over 50 years old: {old}%",
        "Visual inspection cycle: every {cycle} years",
      ],
      asks: [
        "Sensors for strain, vibration, tilt and corrosion on critical structures",
        "Drone and image-based inspection with automatic defect detection",
        "An asset management platform that ranks maintenance by risk",
        "Open interfaces to the city's GIS and work-order systems",
      ],
    },
    caseGoal: "monitor its critical bridges continuously and plan maintenance by risk",
    caseTitles: [
      "{city} wires its bridges for predictive maintenance",
      "Structural health monitoring of {city}'s bridges",
    ],
    kpis: [
      {
        metric: "Structures with continuous monitoring",
        unit: "structures",
        baseline: [2, 10],
        factor: [5, 15],
      },
      {
        metric: "Unplanned closures of bridges and tunnels",
        unit: "closures per year",
        baseline: [6, 30],
        factor: [0.3, 0.6],
      },
      {
        metric: "Inspection cost per structure",
        unit: "USD",
        baseline: [4000, 15000],
        factor: [0.5, 0.75],
      },
    ],
  },
  {
    key: "elderly-remote-monitoring",
    domains: ["living-inclusion", "enabling-technologies"],
    sdgs: [3, 10, 11],
    tags: ["elderly care", "ageing", "remote monitoring", "fall detection", "home care"],
    budgetUsd: [200_000, 3_000_000],
    partnerKinds: ["company", "startup", "university"],
    fit: (c) => c.ageing * 1.2,
    facts: (r, c) => ({
      older: c.ageing >= 2 ? r.int(18, 30) : r.int(7, 15),
      alone: perCity(c, r.int(15, 60)) * 1000,
      carers: perCity(c, r.int(150, 600)),
      falls: perCity(c, r.int(1, 5)) * 1000,
    }),
    en: {
      titles: [
        "Remote monitoring for older people living alone in {city}",
        "Ageing safely at home: connected care for {alone} seniors in {city}",
        "Fall detection and daily check-ins for {city}'s older residents",
      ],
      summary:
        "{older}% of {city}'s residents are over 65 and about {alone} of them live alone. The city's home-care service wants non-intrusive monitoring, fall detection and daily check-ins so that its carers can focus visits on those who need them most.",
      context:
        "{city} has {population} inhabitants and one of the fastest-ageing populations in its region. The municipal home-care service employs about {carers} carers and has a growing waiting list.",
      problem:
        "Falls at home are the main reason older people lose their independence: about {falls} falls a year end in an emergency call, and many people lie on the floor for hours before help arrives. Families live far away and carers cannot visit everyone every day.",
      baseline: [
        "Residents over 65: {older}%; living alone: {alone}",
        "Falls ending in an emergency call: about {falls} per year",
        "Municipal home carers: {carers}",
      ],
      asks: [
        "Privacy-respecting sensors (no cameras) that detect falls and unusual inactivity",
        "A response chain linking alerts to carers, families, volunteers and emergency services",
        "Simple devices that older people accept, with support in local languages",
        "An evaluation of health and care outcomes with a local university",
      ],
    },
    es: {
      titles: [
        "Teleasistencia avanzada para personas mayores que viven solas en {city}",
        "Detección de caídas y acompañamiento diario para los mayores de {city}",
      ],
      summary:
        "El {older}% de los vecinos de {city} tiene más de 65 años y unos {alone} viven solos. El servicio municipal de ayuda a domicilio busca monitorización no intrusiva, detección de caídas y contacto diario para concentrar las visitas en quien más lo necesita.",
      context:
        "{city} tiene {population} habitantes y una población que envejece rápido. El servicio de ayuda a domicilio cuenta con unos {carers} profesionales y una lista de espera creciente.",
      problem:
        "Las caídas en casa son la principal causa de pérdida de autonomía: unas {falls} al año acaban en una llamada de emergencia y muchas personas pasan horas en el suelo antes de recibir ayuda.",
      baseline: [
        "Mayores de 65 años: {older}%; viven solos: {alone}",
        "Caídas con llamada de emergencia: unas {falls} al año",
        "Profesionales de ayuda a domicilio: {carers}",
      ],
      asks: [
        "Sensores respetuosos con la intimidad (sin cámaras) que detecten caídas e inactividad",
        "Una cadena de respuesta que conecte alertas con cuidadores, familias y emergencias",
        "Dispositivos sencillos y bien aceptados por las personas mayores",
      ],
    },
    zh: {
      titles: [
        "{city}独居老人智慧养老远程监护服务",
        "{city}{alone}名独居老人跌倒检测与每日关怀平台",
      ],
      summary:
        "{city}65岁以上老人占常住人口的{older}%，其中约{alone}人独居。市民政部门希望引入非接触式监测、跌倒报警和每日问候服务，让居家照护人员把上门服务集中在最需要的老人身上。",
      context:
        "{city}常住人口{population}，老龄化速度较快。全市居家养老服务人员约{carers}名，等候服务的老人不断增加。",
      problem:
        "居家跌倒是老人失能的主要原因，每年约{falls}起跌倒需要呼叫急救，许多老人倒地数小时后才被发现。子女不在身边，护理人员无法每天上门。",
      baseline: [
        "65岁以上老人占比：{older}%；独居老人：{alone}人",
        "每年需急救的跌倒：约{falls}起",
        "居家养老服务人员：{carers}名",
      ],
      asks: [
        "不使用摄像头、保护隐私的跌倒和异常静止监测设备",
        "连接社区、家属、志愿者和120急救的响应机制",
        "老人易于接受的简便终端和方言语音服务",
      ],
    },
    caseGoal: "help older people living alone stay safe at home with remote monitoring",
    caseTitles: [
      "Connected care helps {city}'s seniors live at home",
      "{city} cuts response times to falls at home",
    ],
    kpis: [
      {
        metric: "Time to assistance after a fall",
        unit: "minutes",
        baseline: [120, 480],
        factor: [0.05, 0.15],
      },
      {
        metric: "Emergency hospital admissions of enrolled seniors",
        unit: "admissions per 1,000 per year",
        baseline: [180, 320],
        factor: [0.7, 0.85],
      },
      { metric: "Older people enrolled", unit: "people", baseline: null, result: [1500, 20000] },
    ],
  },
  {
    key: "ageing-in-place",
    domains: ["living-inclusion", "infrastructure-building"],
    sdgs: [3, 10, 11],
    tags: ["ageing in place", "home adaptation", "social care", "loneliness"],
    budgetUsd: [300_000, 4_000_000],
    partnerKinds: ["company", "startup", "association"],
    fit: (c) => c.ageing,
    facts: (r, c) => ({
      homes: perCity(c, r.int(3, 12)) * 1000,
      wait: r.int(30, 80),
      lonely: r.int(25, 45),
      older: c.ageing >= 2 ? r.int(18, 30) : r.int(7, 15),
    }),
    en: {
      titles: [
        "Age-friendly homes and neighbourhoods in {city}",
        "Helping {homes} older households in {city} adapt their homes",
        "A community care network so {city}'s seniors can age in place",
      ],
      summary:
        "Most older residents of {city} want to stay in their own homes, but {homes} households need adaptations such as grab rails, step-free showers or stairlifts, and the wait is {wait} weeks. The city wants to speed up adaptations and build neighbourhood care networks against loneliness.",
      context:
        "{older}% of the {population} inhabitants of {city} are over 65. Care homes are full and expensive, and many older people live in walk-up flats built decades ago.",
      problem:
        "Home assessments, contractors, grants and care services are run by different departments. Older people fall through the gaps, and {lonely}% report feeling lonely often or always.",
      baseline: [
        "Households awaiting a home adaptation: {homes}",
        "Average waiting time for an adaptation: {wait} weeks",
        "Older residents reporting loneliness: {lonely}%",
      ],
      asks: [
        "A single digital front door for assessments, grants and contractors",
        "Fast, standardised adaptation packages with local installers",
        "Neighbourhood networks of volunteers, pharmacies and shops that look out for older residents",
        "Outcome measurement (falls, hospital stays, wellbeing)",
      ],
    },
    zh: {
      titles: ["{city}适老化改造与居家社区养老服务网络", "{city}{homes}户老年家庭居家适老化改造"],
      summary:
        "{city}大多数老人希望居家养老，但约{homes}户家庭需要安装扶手、无障碍淋浴或楼梯升降设备，平均需等待{wait}周。市里希望加快适老化改造，并建设社区养老服务网络。",
      context:
        "{city}常住人口{population}，65岁以上老人占{older}%。养老机构床位紧张且费用高，许多老人住在没有电梯的老旧小区。",
      problem:
        "上门评估、施工、补贴和照护服务分属不同部门，老人难以获得连续服务，{lonely}%的老人表示经常感到孤独。",
      baseline: [
        "待改造老年家庭：{homes}户",
        "平均等待时间：{wait}周",
        "经常感到孤独的老人：{lonely}%",
      ],
      asks: [
        "评估、补贴、施工一站式线上服务",
        "标准化、快速交付的适老化改造包",
        "社区志愿者、药店和商户参与的邻里守望网络",
      ],
    },
    caseGoal: "adapt older people's homes faster and connect them to neighbourhood care",
    caseTitles: [
      "{city} helps older residents age in place",
      "Faster home adaptations for {city}'s seniors",
    ],
    kpis: [
      {
        metric: "Waiting time for a home adaptation",
        unit: "weeks",
        baseline: [30, 80],
        factor: [0.3, 0.5],
      },
      { metric: "Homes adapted", unit: "homes", baseline: null, result: [800, 9000] },
      {
        metric: "Older residents reporting loneliness",
        unit: "%",
        baseline: [25, 45],
        factor: [0.7, 0.85],
      },
    ],
  },
  {
    key: "telehealth",
    domains: ["living-inclusion", "enabling-technologies"],
    sdgs: [3, 10],
    tags: ["telemedicine", "primary care", "health equity", "e-health"],
    budgetUsd: [300_000, 4_000_000],
    partnerKinds: ["company", "startup"],
    fit: (c) => (c.developing ? 1.8 : 0.8),
    facts: (r, c) => ({
      clinics: perCity(c, r.int(8, 25)),
      travel: r.int(40, 150),
      residents: perCity(c, r.int(80, 250)) * 1000,
      noshow: r.int(20, 40),
    }),
    en: {
      titles: [
        "Telemedicine for {city}'s underserved districts",
        "Connecting {clinics} neighbourhood clinics in {city} to specialists",
        "Bringing specialist care closer to {residents} residents of {city}",
      ],
      summary:
        "About {residents} residents of {city} live in districts with few doctors and travel {travel} minutes on average to see a specialist. The city wants to connect its {clinics} neighbourhood clinics to hospital specialists by teleconsultation and remote diagnostics.",
      context:
        "{city} ({population} inhabitants) has specialists concentrated in a few central hospitals, while its fast-growing outer districts rely on small primary-care clinics.",
      problem:
        "Patients lose a working day for a short consultation and {noshow}% of specialist appointments are missed. Chronic conditions such as diabetes and hypertension are detected late.",
      baseline: [
        "Residents in underserved districts: {residents}",
        "Average travel time to a specialist: {travel} minutes",
        "Missed specialist appointments: {noshow}%",
      ],
      asks: [
        "Teleconsultation stations and connected diagnostic devices in clinics",
        "Integration with electronic health records and referral systems",
        "Training for clinic staff and community health workers",
        "Secure data handling compliant with national health-data rules",
      ],
    },
    caseGoal: "connect neighbourhood clinics to specialists through telemedicine",
    caseTitles: [
      "Telemedicine brings specialists to {city}'s outer districts",
      "{city}'s connected clinics",
    ],
    kpis: [
      {
        metric: "Average travel time to a specialist consultation",
        unit: "minutes",
        baseline: [40, 150],
        factor: [0.2, 0.4],
      },
      {
        metric: "Teleconsultations",
        unit: "consultations per month",
        baseline: null,
        result: [3000, 40000],
      },
      {
        metric: "Missed specialist appointments",
        unit: "%",
        baseline: [20, 40],
        factor: [0.4, 0.7],
      },
    ],
  },
  {
    key: "digital-inclusion",
    domains: ["living-inclusion", "enabling-technologies", "governance"],
    sdgs: [4, 9, 10],
    tags: ["digital inclusion", "digital skills", "connectivity", "public Wi-Fi"],
    budgetUsd: [200_000, 3_000_000],
    partnerKinds: ["company", "association", "university", "startup"],
    fit: (c) => (c.developing ? 1.6 : 0.9),
    facts: (r, c) => ({
      offline: c.developing ? r.int(25, 45) : r.int(8, 18),
      learners: perCity(c, r.int(5, 20)) * 1000,
      centres: r.int(10, 60),
    }),
    en: {
      titles: [
        "Closing the digital divide in {city}'s low-income neighbourhoods",
        "Digital skills for {learners} residents of {city}",
        "Affordable connectivity and digital skills in {city}",
      ],
      summary:
        "{offline}% of households in {city}'s low-income neighbourhoods have no home internet, and many older residents cannot use online public services. The city wants affordable connectivity and digital skills training for {learners} residents through {centres} community centres and libraries.",
      context:
        "As {city} ({population} inhabitants) moves public services online, residents without connectivity or skills risk being left behind for jobs, school and benefits.",
      problem:
        "Training is offered by many small programmes without common curricula or measurement. Public Wi-Fi is patchy, and devices are too expensive for many families.",
      baseline: [
        "Households without home internet in target areas: {offline}%",
        "Community centres and libraries available: {centres}",
        "Residents to reach: {learners}",
      ],
      asks: [
        "Digital skills curricula for older people, job seekers and parents",
        "Affordable connectivity (community Wi-Fi, social tariffs, device refurbishment)",
        "Volunteer digital champions in every neighbourhood",
        "A shared way to measure progress",
      ],
    },
    caseGoal: "get low-income households online and teach residents digital skills",
    caseTitles: [
      "{city} closes its digital divide neighbourhood by neighbourhood",
      "Digital skills for all in {city}",
    ],
    kpis: [
      {
        metric: "Households without home internet in target areas",
        unit: "%",
        baseline: [10, 45],
        factor: [0.5, 0.75],
      },
      {
        metric: "Residents trained in basic digital skills",
        unit: "residents",
        baseline: null,
        result: [5000, 60000],
      },
      {
        metric: "Public Wi-Fi access points",
        unit: "access points",
        baseline: [50, 400],
        factor: [2, 5],
      },
    ],
  },
  {
    key: "accessible-navigation",
    domains: ["living-inclusion", "mobility"],
    sdgs: [10, 11],
    tags: ["accessibility", "disability", "wayfinding", "inclusive mobility"],
    budgetUsd: [150_000, 2_000_000],
    partnerKinds: ["company", "startup", "university"],
    fit: always,
    facts: (r, c) => ({
      disabled: r.int(8, 18),
      stations: perCity(c, r.int(15, 60)),
      accessible: r.int(15, 60),
    }),
    en: {
      titles: [
        "Step-free, accessible journeys across {city}",
        "Accessible navigation for residents with disabilities in {city}",
        "Mapping and removing accessibility barriers in {city}",
      ],
      summary:
        "{disabled}% of {city}'s residents live with a disability, yet only {accessible}% of its {stations} transit stations have verified step-free access. The city wants to map barriers, fix them in order of impact and offer reliable accessible route planning.",
      context:
        "{city} ({population} inhabitants) is ageing and more residents use wheelchairs, walkers or prams. Information about lifts, ramps and kerbs is incomplete and often out of date.",
      problem:
        "A broken lift or missing kerb ramp can make a whole journey impossible, and people with disabilities only find out on arrival. Barrier reports go to different departments and are rarely fixed quickly.",
      baseline: [
        "Residents with a disability: {disabled}%",
        "Transit stations: {stations}; with verified step-free access: {accessible}%",
        "Live lift and escalator status: not available",
      ],
      asks: [
        "Crowdsourced and audited mapping of barriers",
        "Accessible routing with live status of lifts and escalators",
        "A prioritised barrier-removal programme",
        "Co-design with organisations of people with disabilities",
      ],
    },
    caseGoal: "map accessibility barriers and offer reliable step-free route planning",
    caseTitles: [
      "{city} maps its barriers for step-free journeys",
      "Accessible navigation in {city}",
    ],
    kpis: [
      {
        metric: "Stations with verified step-free access",
        unit: "%",
        baseline: [15, 60],
        result: [70, 95],
      },
      {
        metric: "Accessibility barriers mapped",
        unit: "barriers",
        baseline: null,
        result: [3000, 40000],
      },
      {
        metric: "Users of the accessible navigation service",
        unit: "monthly users",
        baseline: null,
        result: [4000, 60000],
      },
    ],
  },
  {
    key: "bus-priority",
    domains: ["mobility"],
    sdgs: [11, 13],
    tags: ["public transport", "bus priority", "traffic signals", "BRT"],
    budgetUsd: [1_000_000, 20_000_000],
    partnerKinds: ["company"],
    fit: always,
    facts: (r, c) => ({
      junctions: perCity(c, r.int(40, 150)),
      speed: r.int(9, 16),
      riders: perCity(c, r.int(80, 300)) * 1000,
      routes: perCity(c, r.int(20, 60)),
    }),
    en: {
      titles: [
        "Bus priority at {junctions} junctions in {city}",
        "Faster, more reliable buses for {city}'s {riders} daily riders",
        "Raising average bus speeds in {city}",
      ],
      summary:
        "Buses in {city} crawl at an average {speed} km/h in peak hours and carry {riders} passengers a day. The city wants signal priority at {junctions} junctions, better lanes and real-time data to make buses faster and more punctual.",
      context:
        "{city} ({population} inhabitants) runs {routes} bus routes, the backbone of its public transport, but buses share congested roads with cars and delivery vans.",
      problem:
        "Traffic signals run fixed plans that ignore buses, bus lanes are blocked by parked vehicles and passengers cannot trust the timetable, so ridership is falling in favour of private cars and motorbikes.",
      baseline: [
        "Average peak-hour bus speed: {speed} km/h",
        "Daily bus passengers: {riders}",
        "Junctions with bus priority: none",
      ],
      asks: [
        "Transit signal priority integrated with the traffic control centre",
        "Bus lane enforcement and design improvements at bottlenecks",
        "Real-time passenger information and open GTFS-RT feeds",
        "Before-and-after evaluation of speed and reliability",
      ],
    },
    es: {
      titles: [
        "Prioridad semafórica para el autobús en {junctions} cruces de {city}",
        "Autobuses más rápidos y puntuales para {city}",
      ],
      summary:
        "Los autobuses de {city} circulan a {speed} km/h de media en hora punta y transportan {riders} pasajeros al día. La ciudad busca prioridad semafórica en {junctions} cruces, mejores carriles y datos en tiempo real.",
      context:
        "{city} ({population} habitantes) opera {routes} líneas de autobús, columna vertebral de su transporte público, que comparten calles congestionadas con coches y furgonetas.",
      problem:
        "Los semáforos funcionan con planes fijos que ignoran al autobús, los carriles bus están ocupados por vehículos estacionados y los viajeros no confían en los horarios.",
      baseline: [
        "Velocidad media en hora punta: {speed} km/h",
        "Pasajeros diarios: {riders}",
        "Cruces con prioridad para el autobús: ninguno",
      ],
      asks: [
        "Prioridad semafórica integrada en el centro de control de tráfico",
        "Control de los carriles bus y mejoras en los cuellos de botella",
        "Información en tiempo real y datos GTFS-RT abiertos",
      ],
    },
    caseGoal: "speed up its buses with signal priority and better lanes",
    caseTitles: ["Bus priority speeds up {city}'s buses", "{city} gives buses the green light"],
    kpis: [
      {
        metric: "Average peak-hour bus speed",
        unit: "km/h",
        baseline: [9, 16],
        factor: [1.15, 1.35],
        decimals: 1,
      },
      { metric: "Buses on schedule", unit: "%", baseline: [45, 70], result: [75, 92] },
      {
        metric: "Daily bus ridership",
        unit: "passengers",
        baseline: [80000, 300000],
        factor: [1.05, 1.2],
        perMillion: true,
      },
    ],
  },
  {
    key: "ev-charging",
    domains: ["mobility", "energy-environment"],
    sdgs: [7, 11, 13],
    tags: ["electric vehicles", "EV charging", "e-mobility", "grid integration"],
    budgetUsd: [1_000_000, 30_000_000],
    partnerKinds: ["company", "investor", "startup"],
    fit: (c) => (c.developing ? 0.8 : 1.4),
    facts: (r, c) => ({
      evs: perCity(c, r.int(5, 40)) * 1000,
      chargers: perCity(c, r.int(100, 900)),
      target: perCity(c, r.int(1, 5)) * 1000,
    }),
    en: {
      titles: [
        "A public EV charging network for {city}",
        "Planning {target} new EV charging points in {city}",
        "Charging for electric taxis, buses and residents without driveways in {city}",
      ],
      summary:
        "{city} has about {evs} electric vehicles and only {chargers} public charging points, concentrated in a few districts. The city wants {target} new points by 2030, placed where residents without private parking, taxis and delivery fleets need them.",
      context:
        "Electric vehicles are the fastest-growing part of the fleet in {city} ({population} inhabitants), and national targets call for a steep rise in the coming years.",
      problem:
        "Chargers are installed wherever operators find it profitable, leaving whole neighbourhoods without access. Grid capacity is limited in older districts, and residents complain about broken chargers and incompatible payment apps.",
      baseline: [
        "Registered electric vehicles: {evs}",
        "Public charging points: {chargers}",
        "Target for 2030: {target} additional points",
      ],
      asks: [
        "Demand modelling and site selection, including grid capacity",
        "Concession or partnership models so the city does not carry all the investment",
        "Open standards (OCPP, ad-hoc card payment) and reliability requirements",
        "Smart charging to avoid evening grid peaks",
      ],
    },
    zh: {
      titles: [
        "{city}公共充电基础设施布局规划与建设",
        "{city}新增{target}个公共充电桩及车网互动试点",
      ],
      summary:
        "{city}现有新能源汽车约{evs}辆，公共充电桩仅{chargers}个，且集中在少数城区。市里计划到2030年新增{target}个充电桩，重点覆盖无固定车位居民、出租车和物流车队。",
      context: "{city}常住人口{population}，新能源汽车是增长最快的车型，保有量将持续快速上升。",
      problem:
        "充电桩布局主要由运营商按盈利选址，部分片区无桩可用；老城区电网容量有限，故障桩多、支付方式不统一。",
      baseline: [
        "新能源汽车保有量：{evs}辆",
        "公共充电桩：{chargers}个",
        "2030年新增目标：{target}个",
      ],
      asks: [
        "结合电网容量的需求预测与选址",
        "政企合作的投资运营模式",
        "有序充电与车网互动（V2G）试点",
      ],
    },
    caseGoal: "build a fair, reliable public charging network",
    caseTitles: [
      "{city} plugs in: a public EV charging network",
      "EV charging where residents need it in {city}",
    ],
    kpis: [
      {
        metric: "Public charging points",
        unit: "charging points",
        baseline: [100, 900],
        factor: [2, 4],
        perMillion: true,
      },
      {
        metric: "Charger availability",
        unit: "%",
        baseline: [85, 93],
        result: [97, 99.5],
        decimals: 1,
      },
      {
        metric: "Electric taxis and ride-hail vehicles",
        unit: "vehicles",
        baseline: [500, 8000],
        factor: [2, 5],
      },
    ],
  },
  {
    key: "last-mile-logistics",
    domains: ["mobility", "industry-economy", "energy-environment"],
    sdgs: [9, 11, 13],
    tags: ["urban logistics", "last mile", "cargo bikes", "micro-hubs", "freight"],
    budgetUsd: [300_000, 5_000_000],
    partnerKinds: ["company", "startup"],
    fit: always,
    facts: (r, c) => ({
      parcels: perCity(c, r.int(40, 150)) * 1000,
      share: r.int(15, 30),
      trips: perCity(c, r.int(3, 12)) * 1000,
    }),
    en: {
      titles: [
        "Sustainable last-mile logistics in {city}'s centre",
        "Urban consolidation and cargo bikes for {city}",
        "Managing {parcels} daily parcel deliveries in {city}",
      ],
      summary:
        "Delivery vehicles make up {share}% of peak-hour traffic in central {city}, where about {parcels} parcels are delivered every day. The city wants micro-hubs, cargo bikes and smarter loading zones to cut van trips, emissions and double parking.",
      context:
        "E-commerce keeps growing in {city} ({population} inhabitants). Most deliveries are made by diesel vans that circulate in narrow central streets with too few loading bays.",
      problem:
        "Each courier runs its own fleet, so several half-empty vans serve the same street. Double-parked vans block bus lanes and cycle lanes, and shops receive deliveries throughout the day.",
      baseline: [
        "Parcels delivered per day: about {parcels}",
        "Share of delivery vehicles in central peak traffic: {share}%",
        "Delivery van trips in the centre: about {trips} per day",
      ],
      asks: [
        "Shared micro-hubs in municipal car parks or under-used buildings",
        "Cargo-bike and electric light vehicle operations",
        "Digital booking and enforcement of loading zones",
        "Data sharing with couriers to measure effects",
      ],
    },
    caseGoal: "move city-centre deliveries to micro-hubs and zero-emission vehicles",
    caseTitles: [
      "Micro-hubs and cargo bikes reshape deliveries in {city}",
      "{city} cleans up its last mile",
    ],
    kpis: [
      {
        metric: "Delivery van trips in the city centre",
        unit: "trips per day",
        baseline: [3000, 12000],
        factor: [0.7, 0.85],
        perMillion: true,
      },
      {
        metric: "Parcels delivered by zero-emission vehicles",
        unit: "%",
        baseline: [2, 10],
        result: [25, 45],
      },
      {
        metric: "Double-parking incidents on delivery streets",
        unit: "incidents per day",
        baseline: [400, 3000],
        factor: [0.4, 0.7],
      },
    ],
  },
  {
    key: "smart-parking",
    domains: ["mobility", "governance", "enabling-technologies"],
    sdgs: [11, 13],
    tags: ["parking", "curb management", "sensors", "mobility pricing"],
    budgetUsd: [300_000, 6_000_000],
    partnerKinds: ["company", "startup"],
    fit: (c) => (c.region === "north-america" || c.region === "east-asia" ? 1.4 : 1),
    facts: (r, c) => ({
      spaces: perCity(c, r.int(10, 40)) * 1000,
      cruising: r.int(20, 35),
      compliance: r.int(40, 65),
    }),
    en: {
      titles: [
        "Smart on-street parking and curb management in {city}",
        "Reducing cruising for parking in {city}'s centre",
        "Dynamic parking management for {spaces} spaces in {city}",
      ],
      summary:
        "Up to {cruising}% of traffic in central {city} is drivers looking for a parking space. The city wants real-time occupancy data and demand-based pricing for {spaces} on-street spaces, and a digital curb for deliveries, taxis and disabled parking.",
      context:
        "{city} ({population} inhabitants) manages parking with paper signs, coin meters and patrols, while curb space is contested by cars, deliveries, ride-hailing, bikes and café terraces.",
      problem:
        "Drivers circle for minutes, only {compliance}% of parked vehicles pay, and the city cannot tell which streets are full or empty at a given hour.",
      baseline: [
        "On-street spaces: {spaces}",
        "Share of central traffic cruising for parking: up to {cruising}%",
        "Parking compliance: {compliance}%",
      ],
      asks: [
        "Occupancy sensing (in-ground, camera-based or from payment data)",
        "Demand-based pricing and app payment",
        "A digital curb inventory with rules for each use",
        "Privacy-respecting enforcement",
      ],
    },
    zh: {
      titles: ["{city}智慧停车与路侧泊位精细化管理", "{city}{spaces}个路内泊位动态管理与错时共享"],
      summary:
        "{city}中心城区高峰时段最多{cruising}%的车流在寻找停车位。市里希望对{spaces}个路内泊位进行实时监测和差异化收费，并对装卸货、出租车和无障碍车位实行数字化管理。",
      context:
        "{city}常住人口{population}，路内停车仍以人工收费和巡查为主，路侧空间被小汽车、物流车、网约车和非机动车激烈争夺。",
      problem:
        "驾驶员绕行寻找车位，停车缴费率仅{compliance}%，管理部门无法掌握各路段分时段的泊位占用情况。",
      baseline: [
        "路内泊位：{spaces}个",
        "寻找车位的车流占比：最高{cruising}%",
        "缴费率：{compliance}%",
      ],
      asks: [
        "泊位占用实时感知（地磁、视频或支付数据）",
        "差异化收费与移动支付",
        "装卸货、出租车等路侧用途的数字化规则管理",
      ],
    },
    caseGoal: "manage curb space with real-time data and demand-based pricing",
    caseTitles: ["{city} ends the hunt for parking", "Smart curb management in {city}"],
    kpis: [
      {
        metric: "Traffic cruising for parking",
        unit: "% of centre traffic",
        baseline: [20, 35],
        factor: [0.5, 0.7],
      },
      {
        metric: "Average time to find a space",
        unit: "minutes",
        baseline: [10, 25],
        factor: [0.35, 0.6],
        decimals: 1,
      },
      { metric: "Parking compliance", unit: "%", baseline: [40, 65], result: [80, 92] },
    ],
  },
  {
    key: "road-safety",
    domains: ["mobility", "safety-resilience"],
    sdgs: [3, 11],
    tags: ["road safety", "Vision Zero", "pedestrians", "speed management"],
    budgetUsd: [500_000, 10_000_000],
    partnerKinds: ["company", "university", "startup"],
    fit: (c) => (c.developing ? 1.6 : 1),
    facts: (r, c) => ({
      deaths: perCity(c, c.developing ? r.int(60, 140) : r.int(15, 40)),
      pedestrians: r.int(35, 60),
      hotspots: perCity(c, r.int(15, 50)),
    }),
    en: {
      titles: [
        "Vision Zero: ending road deaths in {city}",
        "Fixing {hotspots} high-risk junctions in {city}",
        "Safer streets for pedestrians and cyclists in {city}",
      ],
      summary:
        "{deaths} people died on {city}'s roads last year, {pedestrians}% of them pedestrians. The city has adopted a Vision Zero goal and wants data to find and fix its {hotspots} most dangerous junctions and corridors, starting around schools.",
      context:
        "{city} ({population} inhabitants) has fast multi-lane roads running through dense neighbourhoods, with long crossing distances and few protected cycle lanes.",
      problem:
        "Crash data come from police reports with weeks of delay and imprecise locations. Engineering fixes are chosen case by case, and speeding in residential streets is rarely enforced.",
      baseline: [
        "Road deaths last year: {deaths}",
        "Pedestrians among road deaths: {pedestrians}%",
        "High-risk junctions identified so far: {hotspots}",
      ],
      asks: [
        "Crash and near-miss analytics from video, connected vehicles and hospital data",
        "Quick-build designs for junctions and school streets",
        "Speed management (design, enforcement, intelligent speed assistance for city fleets)",
        "Evaluation of treated sites",
      ],
    },
    es: {
      titles: [
        "Visión Cero: acabar con las muertes en las calles de {city}",
        "Intervención en {hotspots} cruces peligrosos de {city}",
      ],
      summary:
        "{deaths} personas murieron el año pasado en las calles de {city}, el {pedestrians}% peatones. La ciudad ha adoptado el objetivo Visión Cero y busca datos para localizar y corregir sus {hotspots} cruces y corredores más peligrosos, empezando por los entornos escolares.",
      context:
        "{city} ({population} habitantes) tiene avenidas rápidas de varios carriles que atraviesan barrios densos, con cruces largos y pocas ciclovías protegidas.",
      problem:
        "Los datos de siniestros llegan de los partes policiales con semanas de retraso y ubicaciones imprecisas, y las soluciones se deciden caso por caso.",
      baseline: [
        "Fallecidos en el último año: {deaths}",
        "Peatones entre los fallecidos: {pedestrians}%",
        "Cruces de alto riesgo identificados: {hotspots}",
      ],
      asks: [
        "Análisis de siniestros y cuasi-accidentes con vídeo y datos hospitalarios",
        "Diseños de intervención rápida en cruces y entornos escolares",
        "Gestión de la velocidad",
      ],
    },
    caseGoal: "find and fix its most dangerous junctions",
    caseTitles: ["{city} redesigns its deadliest junctions", "Vision Zero in practice: {city}"],
    kpis: [
      {
        metric: "Road traffic deaths",
        unit: "deaths per year",
        baseline: [15, 140],
        factor: [0.6, 0.8],
        perMillion: true,
      },
      {
        metric: "Serious injuries at treated junctions",
        unit: "injuries per year",
        baseline: [80, 600],
        factor: [0.5, 0.7],
      },
      {
        metric: "Vehicles speeding in school zones",
        unit: "%",
        baseline: [25, 50],
        factor: [0.3, 0.55],
      },
    ],
  },
  {
    key: "open-data-platform",
    domains: ["governance", "enabling-technologies"],
    sdgs: [9, 16, 17],
    tags: ["open data", "data governance", "APIs", "transparency"],
    budgetUsd: [150_000, 2_000_000],
    partnerKinds: ["company", "startup", "university", "association"],
    fit: always,
    facts: (r) => ({
      datasets: r.int(20, 300),
      departments: r.int(15, 60),
      requests: r.int(200, 2000),
    }),
    en: {
      titles: [
        "An open data platform for {city}",
        "Publishing data from {departments} departments of {city} as open data",
        "From PDFs to APIs: {city}'s open data programme",
      ],
      summary:
        "{city} publishes only {datasets} datasets today, mostly as PDF or spreadsheet files that are rarely updated. The city wants a modern open data platform with APIs, clear licences and data quality rules across its {departments} departments.",
      context:
        "{city} ({population} inhabitants) collects large amounts of data on transport, budgets, permits and the environment, but most of it stays inside departmental systems.",
      problem:
        "Researchers, journalists and companies file about {requests} information requests a year for data that could be published once. Departments lack owners, standards and the skills to publish data safely.",
      baseline: [
        "Open datasets published: {datasets}",
        "Departments involved: {departments}",
        "Information requests per year: about {requests}",
      ],
      asks: [
        "An open data portal with APIs, metadata standards (DCAT) and usage statistics",
        "A data governance model with data owners and quality rules",
        "Automated publishing pipelines from source systems",
        "Engagement with developers, universities and civil society",
      ],
    },
    es: {
      titles: [
        "Plataforma de datos abiertos para {city}",
        "De los PDF a las API: el programa de datos abiertos de {city}",
      ],
      summary:
        "{city} publica hoy solo {datasets} conjuntos de datos, en su mayoría PDF u hojas de cálculo que apenas se actualizan. La ciudad quiere una plataforma de datos abiertos moderna, con API, licencias claras y reglas de calidad en sus {departments} áreas.",
      context:
        "{city} ({population} habitantes) genera muchos datos de transporte, presupuestos, licencias y medio ambiente, pero casi todos quedan dentro de los sistemas de cada área.",
      problem:
        "Investigadores, periodistas y empresas presentan unas {requests} solicitudes de información al año por datos que podrían publicarse una sola vez.",
      baseline: [
        "Conjuntos de datos abiertos: {datasets}",
        "Áreas municipales implicadas: {departments}",
        "Solicitudes de información al año: unas {requests}",
      ],
      asks: [
        "Un portal de datos abiertos con API y metadatos DCAT",
        "Un modelo de gobernanza con responsables y reglas de calidad",
        "Publicación automatizada desde los sistemas de origen",
      ],
    },
    caseGoal: "publish its data as open data with APIs and clear governance",
    caseTitles: ["{city} opens up its data", "An open data platform for {city}"],
    kpis: [
      { metric: "Open datasets published", unit: "datasets", baseline: [20, 300], factor: [3, 8] },
      { metric: "Datasets available through APIs", unit: "%", baseline: [2, 15], result: [60, 90] },
      { metric: "API calls", unit: "calls per month", baseline: null, result: [200000, 5000000] },
    ],
  },
  {
    key: "data-trust",
    domains: ["governance", "enabling-technologies"],
    sdgs: [9, 16, 17],
    tags: ["data governance", "data trust", "data sharing", "privacy", "public data licensing"],
    budgetUsd: [200_000, 2_000_000],
    partnerKinds: ["company", "university", "association"],
    fit: always,
    facts: (r) => ({
      partners: r.int(5, 20),
      approval: r.int(90, 200),
    }),
    en: {
      titles: [
        "A data trust for {city}'s mobility and energy data",
        "Governing data sharing between {city}, its utilities and operators",
        "A public data licensing framework for {city}",
      ],
      summary:
        "{city} wants to use data held by {partners} utilities, mobility operators and telecoms companies for planning, but there is no legal or technical framework to share it safely. The city wants a data trust or licensing model with clear rules on purpose, privacy and value sharing.",
      context:
        "Planning decisions in {city} ({population} inhabitants) increasingly depend on data the city does not hold: trips, energy use, footfall and network performance.",
      problem:
        "Each data-sharing agreement is negotiated from scratch and takes about {approval} days. Companies fear losing commercial value, residents worry about privacy, and the city lacks the legal templates and technical safeguards to reassure either.",
      baseline: [
        "Organisations the city wants to share data with: {partners}",
        "Average time to agree a data-sharing request: {approval} days",
        "Standard agreements or trust framework: none",
      ],
      asks: [
        "Legal and governance design of a data trust or public data licensing model",
        "Privacy-enhancing technologies (aggregation, differential privacy, secure enclaves)",
        "Standard agreements and a request and approval workflow",
        "Independent oversight and public reporting",
      ],
    },
    zh: {
      titles: ["{city}公共数据授权运营与数据信托机制建设", "{city}城市数据共享治理框架"],
      summary:
        "{city}希望将{partners}家水电气、交通和通信企业的数据用于城市规划，但缺乏安全共享的法律和技术框架。市里希望建立数据信托或公共数据授权运营模式，明确数据用途、隐私保护和收益分配规则。",
      context:
        "{city}常住人口{population}，规划决策越来越依赖政府并不掌握的数据，如出行、能耗、人流和网络运行数据。",
      problem:
        "每项数据共享协议都要从头谈判，平均耗时{approval}天；企业担心商业价值流失，市民担心隐私，政府缺少标准合同和技术保障。",
      baseline: [
        "拟开展数据共享的机构：{partners}家",
        "数据共享申请平均审批时间：{approval}天",
        "标准协议或授权运营机制：暂无",
      ],
      asks: [
        "数据信托或公共数据授权运营的制度设计",
        "隐私计算技术（联邦学习、可信执行环境等）",
        "标准协议与申请审批流程",
      ],
    },
    caseGoal: "share data with utilities and operators under a trusted governance framework",
    caseTitles: [
      "{city} sets up a trusted framework for urban data sharing",
      "A data trust for {city}",
    ],
    kpis: [
      {
        metric: "Organisations sharing data under the framework",
        unit: "organisations",
        baseline: [1, 3],
        factor: [4, 8],
      },
      {
        metric: "Data-sharing agreements signed",
        unit: "agreements",
        baseline: null,
        result: [8, 40],
      },
      {
        metric: "Average time to approve a data-sharing request",
        unit: "days",
        baseline: [90, 200],
        factor: [0.2, 0.4],
      },
    ],
  },
  {
    key: "digital-one-stop",
    domains: ["governance", "enabling-technologies"],
    sdgs: [9, 10, 16],
    tags: ["e-government", "digital services", "one-stop shop", "digital identity"],
    budgetUsd: [500_000, 10_000_000],
    partnerKinds: ["company"],
    fit: always,
    facts: (r) => ({
      services: r.int(300, 1500),
      online: r.int(15, 50),
      visits: r.int(1, 12),
      days: r.int(10, 45),
    }),
    en: {
      titles: [
        "One-stop digital public services for {city}'s residents and businesses",
        "Putting {services} public services online in {city}",
        "Cutting processing times for permits in {city}",
      ],
      summary:
        "Only {online}% of {city}'s {services} public services can be completed fully online, and residents make {visits} million counter visits a year. The city wants a single digital front door with digital identity, reusable data and end-to-end online processes.",
      context:
        "{city} ({population} inhabitants) has dozens of departmental portals, each with its own login. Businesses wait {days} days on average for a permit.",
      problem:
        "Residents re-enter the same data for every service and must still bring paper documents to counters. Back-office processes are not redesigned when they go online, so digital requests are printed and processed by hand.",
      baseline: [
        "Public services: {services}; fully online: {online}%",
        "Counter visits per year: {visits} million",
        "Average processing time for business permits: {days} days",
      ],
      asks: [
        "A citizen and business portal with single sign-on and digital identity",
        "'Once-only' data exchange between departments",
        "Redesign of the top 50 services end to end, with users",
        "Assisted digital channels for people who cannot go online alone",
      ],
    },
    zh: {
      titles: ["{city}政务服务“一网通办”平台建设", "{city}{services}项政务服务全程网办"],
      summary:
        "{city}{services}项政务服务中仅{online}%可全程网上办理，市民每年到窗口办事约{visits}百万人次。市里希望建设统一入口的“一网通办”平台，实现统一身份认证、数据共享和全流程网办。",
      context:
        "{city}常住人口{population}，各部门有数十个独立办事系统，企业办理许可平均需要{days}天。",
      problem:
        "群众办事需反复填写相同信息并提交纸质材料，部门间数据不共享，线上申请仍需线下人工处理。",
      baseline: [
        "政务服务事项：{services}项，全程网办比例{online}%",
        "窗口办件量：每年{visits}百万人次",
        "企业许可平均办理时间：{days}天",
      ],
      asks: [
        "统一身份认证的市民和企业服务门户",
        "部门间数据共享，实现“只提交一次”",
        "高频事项全流程再造",
      ],
    },
    caseGoal: "bring its public services online behind one digital front door",
    caseTitles: [
      "{city} launches one-stop digital public services",
      "Digital government made simple in {city}",
    ],
    kpis: [
      {
        metric: "Services fully available online",
        unit: "%",
        baseline: [15, 50],
        result: [70, 92],
      },
      {
        metric: "Average processing time for business permits",
        unit: "days",
        baseline: [10, 45],
        factor: [0.2, 0.5],
      },
      {
        metric: "Counter visits",
        unit: "million visits per year",
        baseline: [1, 12],
        factor: [0.5, 0.75],
        decimals: 1,
      },
    ],
  },
  {
    key: "participatory-budgeting",
    domains: ["governance", "living-inclusion"],
    sdgs: [10, 11, 16],
    tags: ["participation", "participatory budgeting", "civic tech", "e-democracy"],
    budgetUsd: [100_000, 1_200_000],
    partnerKinds: ["company", "startup", "association"],
    fit: (c) => (c.region === "europe" || c.region === "latin-america" ? 1.6 : 0.9),
    facts: (r) => ({
      share: r.int(1, 5),
      turnout: r.int(1, 6),
      neighbourhoods: r.int(15, 120),
    }),
    en: {
      titles: [
        "Digital participatory budgeting for {city}",
        "Letting residents of {neighbourhoods} neighbourhoods decide on local investments in {city}",
        "A citizen participation platform for {city}",
      ],
      summary:
        "{city} dedicates {share}% of its capital budget to projects chosen by residents, but only {turnout}% of adults take part, mostly from wealthier neighbourhoods. The city wants a participation platform and outreach that bring in young people and low-income districts.",
      context:
        "{city} ({population} inhabitants) has {neighbourhoods} neighbourhood councils and a tradition of public meetings that few working residents can attend.",
      problem:
        "Proposals are collected on paper and in spreadsheets, voting is hard to verify and residents rarely hear what happened to the winning projects.",
      baseline: [
        "Share of the capital budget decided by residents: {share}%",
        "Adult participation: {turnout}%",
        "Neighbourhood councils: {neighbourhoods}",
      ],
      asks: [
        "An open-source participation platform (proposals, deliberation, secure voting)",
        "Outreach in person and on mobile for under-represented groups",
        "Project tracking from vote to delivery",
        "Accessibility and multilingual support",
      ],
    },
    es: {
      titles: [
        "Presupuestos participativos digitales para {city}",
        "Plataforma de participación ciudadana para {city}",
      ],
      summary:
        "{city} destina el {share}% de su presupuesto de inversiones a proyectos elegidos por los vecinos, pero solo participa el {turnout}% de los adultos, sobre todo de los barrios más acomodados. La ciudad quiere una plataforma y una estrategia de difusión que sumen a jóvenes y barrios populares.",
      context:
        "{city} ({population} habitantes) cuenta con {neighbourhoods} consejos de barrio y una tradición de asambleas a las que pocos trabajadores pueden asistir.",
      problem:
        "Las propuestas se recogen en papel y hojas de cálculo, la votación es difícil de verificar y los vecinos rara vez saben qué pasó con los proyectos ganadores.",
      baseline: [
        "Presupuesto decidido por los vecinos: {share}%",
        "Participación adulta: {turnout}%",
        "Consejos de barrio: {neighbourhoods}",
      ],
      asks: [
        "Una plataforma de participación de código abierto",
        "Difusión presencial y móvil para los grupos menos representados",
        "Seguimiento de los proyectos desde la votación hasta su ejecución",
      ],
    },
    caseGoal: "open its participatory budget to more residents with a digital platform",
    caseTitles: [
      "{city} widens participation in its budget",
      "Participatory budgeting goes digital in {city}",
    ],
    kpis: [
      {
        metric: "Adults taking part in participatory budgeting",
        unit: "%",
        baseline: [1, 6],
        factor: [2, 4],
        decimals: 1,
      },
      {
        metric: "Projects proposed by residents",
        unit: "proposals",
        baseline: [100, 600],
        factor: [2, 4],
      },
      {
        metric: "Participants from low-income neighbourhoods",
        unit: "% of participants",
        baseline: [8, 20],
        result: [25, 40],
      },
    ],
  },
  {
    key: "algorithm-register",
    domains: ["governance", "enabling-technologies"],
    sdgs: [10, 16],
    tags: ["AI governance", "algorithm register", "transparency", "ethics", "data governance"],
    budgetUsd: [100_000, 1_000_000],
    partnerKinds: ["company", "university", "association"],
    fit: (c) => (c.region === "europe" ? 2 : c.developing ? 0.5 : 1),
    facts: (r) => ({
      systems: r.int(10, 60),
      departments: r.int(5, 20),
    }),
    en: {
      titles: [
        "A public register and audit of the algorithms {city} uses",
        "Responsible AI rules for {city}'s public services",
        "Making {city}'s automated decisions transparent",
      ],
      summary:
        "{city} uses about {systems} algorithmic systems in {departments} departments, from benefit fraud detection to traffic control, but nobody has a full list. The city wants a public algorithm register, risk assessments and independent audits of high-risk systems.",
      context:
        "As {city} ({population} inhabitants) adopts AI, residents and the city council ask how automated decisions are made and who is accountable when they go wrong.",
      problem:
        "Systems are bought by departments with no common rules on documentation, bias testing or human oversight, and new regulation requires the city to show it is in control.",
      baseline: [
        "Algorithmic systems in use: about {systems}",
        "Departments using them: {departments}",
        "Systems publicly documented: none",
      ],
      asks: [
        "A public algorithm register with standard documentation",
        "Risk and impact assessment methods, including bias testing",
        "Independent audits of high-risk systems",
        "Procurement clauses and staff training",
      ],
    },
    caseGoal: "document and audit the algorithms behind its public services",
    caseTitles: [
      "{city} publishes its algorithm register",
      "Responsible AI in {city}'s public services",
    ],
    kpis: [
      {
        metric: "Algorithms documented in the public register",
        unit: "systems",
        baseline: null,
        result: [15, 60],
      },
      {
        metric: "High-risk systems with an independent audit",
        unit: "%",
        baseline: [0, 10],
        result: [70, 100],
      },
      {
        metric: "Staff trained in responsible AI",
        unit: "staff",
        baseline: null,
        result: [200, 3000],
      },
    ],
  },
  {
    key: "urban-digital-twin",
    domains: ["enabling-technologies", "infrastructure-building", "governance"],
    sdgs: [9, 11],
    tags: ["digital twin", "3D city model", "urban planning", "simulation"],
    budgetUsd: [800_000, 12_000_000],
    partnerKinds: ["company", "university", "startup"],
    fit: (c) => (c.developing ? 0.8 : 1.3),
    facts: (r) => ({
      km2: r.int(100, 2000),
      layers: r.int(10, 60),
      weeks: r.int(12, 30),
    }),
    en: {
      titles: [
        "A city-wide digital twin for planning in {city}",
        "A 3D digital twin of {city} for planners and utilities",
        "Simulating {city}'s growth with a digital twin",
      ],
      summary:
        "{city} wants a digital twin of its {km2} km² territory that brings together 3D buildings, networks, mobility and environmental data, so planners can test the effects of new developments, floods or heat before they happen.",
      context:
        "{city} ({population} inhabitants) holds about {layers} geographic datasets across departments, in different formats and coordinate systems.",
      problem:
        "Assessing a major development takes about {weeks} weeks of manual data gathering. Utilities, transport and planning work from different maps, and residents struggle to understand plans from 2D drawings.",
      baseline: [
        "Territory: {km2} km²",
        "Geographic datasets held by departments: {layers}",
        "Time to assess a major development: about {weeks} weeks",
      ],
      asks: [
        "A 3D city model with open standards (CityGML, 3D Tiles)",
        "Integration of live sensor feeds and simulation models (flood, heat, traffic, energy)",
        "Tools for public consultation",
        "A sustainable operating and update model",
      ],
    },
    zh: {
      titles: ["{city}城市信息模型（CIM）与数字孪生平台", "{city}全域三维数字孪生城市建设"],
      summary:
        "{city}希望建设覆盖{km2}平方公里的城市数字孪生平台，汇聚三维建筑、地下管网、交通和环境数据，在规划建设、防汛和高温应对中先模拟、后决策。",
      context: "{city}常住人口{population}，各部门共有约{layers}类空间数据，格式和坐标体系不统一。",
      problem:
        "评估一个重大项目需要约{weeks}周手工收集数据；规划、交通和市政管线各用一张图，市民难以看懂二维图纸。",
      baseline: [
        "覆盖范围：{km2}平方公里",
        "部门空间数据：{layers}类",
        "重大项目评估时间：约{weeks}周",
      ],
      asks: [
        "基于开放标准的三维城市模型",
        "物联感知数据与洪涝、热岛、交通、能源模拟模型融合",
        "面向公众参与的可视化工具",
      ],
    },
    caseGoal: "build a city-wide digital twin for planning and operations",
    caseTitles: ["{city} plans with a city-wide digital twin", "A digital twin for {city}"],
    kpis: [
      {
        metric: "Departments using the digital twin",
        unit: "departments",
        baseline: [1, 3],
        factor: [4, 8],
      },
      {
        metric: "Time to assess a major development proposal",
        unit: "weeks",
        baseline: [12, 30],
        factor: [0.4, 0.6],
      },
      {
        metric: "Datasets integrated in the twin",
        unit: "datasets",
        baseline: null,
        result: [40, 200],
      },
    ],
  },
  {
    key: "iot-network",
    domains: ["enabling-technologies", "governance"],
    sdgs: [9, 11],
    tags: ["IoT", "LoRaWAN", "5G", "sensor platform", "interoperability"],
    budgetUsd: [500_000, 8_000_000],
    partnerKinds: ["company"],
    fit: always,
    facts: (r) => ({
      sensors: r.int(2, 30) * 1000,
      vendors: r.int(4, 15),
    }),
    en: {
      titles: [
        "A shared IoT network for {city}'s sensors",
        "A city-wide LoRaWAN and 5G backbone for {city}",
        "One platform for {sensors} municipal sensors in {city}",
      ],
      summary:
        "{city} plans to deploy about {sensors} sensors for water, waste, parking, lighting and the environment in the next three years, but today runs {vendors} separate proprietary networks. The city wants shared connectivity and one open data platform for all of them.",
      context:
        "Every department of {city} ({population} inhabitants) has bought its own sensors with their own network, SIM contracts and dashboard.",
      problem:
        "Connectivity costs are high and duplicated, data cannot be combined, and the city depends on vendors to access its own measurements.",
      baseline: [
        "Planned sensors: {sensors}",
        "Separate proprietary sensor networks: {vendors}",
        "Shared data platform: none",
      ],
      asks: [
        "City-wide LPWAN coverage (LoRaWAN or NB-IoT) and 5G where needed",
        "An open IoT platform based on standards (e.g. NGSI-LD, MQTT)",
        "Device management and cybersecurity",
        "A migration plan for existing networks",
      ],
    },
    caseGoal: "connect all municipal sensors to one shared network and open platform",
    caseTitles: ["{city} brings its sensors onto one network", "A shared IoT backbone for {city}"],
    kpis: [
      {
        metric: "Sensors connected to the shared platform",
        unit: "sensors",
        baseline: [200, 2000],
        factor: [5, 15],
      },
      {
        metric: "Annual connectivity cost per sensor",
        unit: "USD",
        baseline: [40, 120],
        factor: [0.2, 0.45],
      },
      {
        metric: "Proprietary sensor networks in operation",
        unit: "networks",
        baseline: [4, 15],
        factor: [0.15, 0.4],
      },
    ],
  },
  {
    key: "smart-tourism",
    domains: ["industry-economy", "mobility", "living-inclusion"],
    sdgs: [8, 11, 12],
    tags: ["tourism", "visitor flows", "crowd management", "destination management"],
    budgetUsd: [200_000, 3_000_000],
    partnerKinds: ["company", "startup"],
    fit: (c) => c.tourism,
    facts: (r, c) => ({
      visitors: visitorsOf(r, c),
      hotspots: r.int(5, 20),
      satisfaction: r.int(35, 55),
    }),
    en: {
      titles: [
        "Smart tourism: managing visitor flows in {city}",
        "Balancing {visitors} million visitors a year with residents' quality of life in {city}",
        "Data-driven destination management for {city}",
      ],
      summary:
        "{city} welcomes about {visitors} million visitors a year, but most crowd into {hotspots} hotspots at the same hours. The city wants real-time visitor flow data and tools to spread visitors in time and space, while keeping neighbourhoods liveable.",
      context:
        "Tourism is a major employer in {city} ({population} inhabitants), but only {satisfaction}% of residents near the main sights say tourism improves their quality of life.",
      problem:
        "The city has no live picture of where visitors are. Queues, overtourism in a few streets and empty attractions elsewhere coexist, and short-term rentals push residents out of central areas.",
      baseline: [
        "Visitors per year: {visitors} million",
        "Hotspots concentrating most visitors: {hotspots}",
        "Residents who think tourism improves their quality of life: {satisfaction}%",
      ],
      asks: [
        "Anonymous visitor flow measurement (counters, mobile data, ticketing)",
        "Crowding forecasts and nudges in visitor apps",
        "Promotion of lesser-known neighbourhoods and off-peak visits",
        "Indicators shared with the tourism sector and residents",
      ],
    },
    es: {
      titles: [
        "Turismo inteligente: gestión de flujos de visitantes en {city}",
        "Gestión del destino basada en datos para {city}",
      ],
      summary:
        "{city} recibe unos {visitors} millones de visitantes al año, pero la mayoría se concentra en {hotspots} puntos a las mismas horas. La ciudad busca datos de flujos en tiempo real y herramientas para repartir a los visitantes en el tiempo y el espacio sin restar calidad de vida a los barrios.",
      context:
        "El turismo es un gran empleador en {city} ({population} habitantes), pero solo el {satisfaction}% de los vecinos del centro cree que mejora su calidad de vida.",
      problem:
        "La ciudad no tiene una imagen en vivo de dónde están los visitantes: colas y saturación en unas pocas calles conviven con atractivos vacíos en otras.",
      baseline: [
        "Visitantes al año: {visitors} millones",
        "Puntos que concentran la mayoría de visitantes: {hotspots}",
        "Vecinos que valoran positivamente el turismo: {satisfaction}%",
      ],
      asks: [
        "Medición anónima de flujos (contadores, datos móviles, venta de entradas)",
        "Previsiones de aforo y recomendaciones en las apps de visitantes",
        "Promoción de barrios menos conocidos y visitas fuera de hora punta",
      ],
    },
    caseGoal: "spread visitors across the city with real-time flow data",
    caseTitles: [
      "{city} manages visitor flows in real time",
      "Smart destination management in {city}",
    ],
    kpis: [
      {
        metric: "Peak crowding at the top hotspots",
        unit: "visitors per hour",
        baseline: [8000, 25000],
        factor: [0.75, 0.9],
      },
      {
        metric: "Visitor spending outside the historic core",
        unit: "%",
        baseline: [10, 25],
        result: [26, 40],
      },
      {
        metric: "Residents satisfied with tourism",
        unit: "%",
        baseline: [35, 55],
        factor: [1.15, 1.4],
      },
    ],
  },
  {
    key: "sme-digitalisation",
    domains: ["industry-economy", "living-inclusion", "enabling-technologies"],
    sdgs: [8, 9],
    tags: ["SMEs", "digital economy", "e-commerce", "local markets"],
    budgetUsd: [200_000, 3_000_000],
    partnerKinds: ["company", "startup", "association"],
    fit: (c) => (c.developing ? 1.5 : 0.8),
    facts: (r, c) => ({
      smes: perCity(c, r.int(20, 80)) * 1000,
      online: r.int(10, 40),
      markets: r.int(10, 80),
    }),
    en: {
      titles: [
        "Helping {city}'s small businesses go digital",
        "Digital tools for {smes} micro and small enterprises in {city}",
        "Bringing {city}'s traditional markets online",
      ],
      summary:
        "{city} has about {smes} micro and small enterprises, but only {online}% sell online or accept digital payments. The city wants affordable digital tools, training and a shared marketplace, starting with its {markets} municipal markets.",
      context:
        "Small shops, market stalls and workshops provide most jobs in {city} ({population} inhabitants) and lost ground to large platforms during the pandemic.",
      problem:
        "Business owners lack time, skills and capital to digitise. Support programmes are fragmented and many vendors distrust large platforms' fees and terms.",
      baseline: [
        "Micro and small enterprises: {smes}",
        "Selling online or accepting digital payments: {online}%",
        "Municipal markets: {markets}",
      ],
      asks: [
        "Low-cost bundles for payments, online shops and bookkeeping",
        "Hands-on training and digital coaches for business owners",
        "A city or neighbourhood marketplace with fair terms",
        "Data on local economic activity for the city",
      ],
    },
    caseGoal: "help its small businesses and markets sell online and take digital payments",
    caseTitles: ["{city}'s small businesses go digital", "A digital boost for {city}'s markets"],
    kpis: [
      {
        metric: "Small businesses selling online",
        unit: "%",
        baseline: [10, 40],
        factor: [1.5, 2.3],
      },
      { metric: "Businesses trained", unit: "businesses", baseline: null, result: [2000, 25000] },
      {
        metric: "Digital payment share in municipal markets",
        unit: "%",
        baseline: [10, 40],
        result: [50, 80],
      },
    ],
  },
  {
    key: "innovation-testbed",
    domains: ["industry-economy", "enabling-technologies", "governance"],
    sdgs: [8, 9, 17],
    tags: ["innovation district", "living lab", "testbed", "startups", "procurement of innovation"],
    budgetUsd: [300_000, 5_000_000],
    partnerKinds: ["company", "university", "association"],
    fit: always,
    facts: (r) => ({
      startups: r.int(100, 2000),
      hectares: r.int(20, 200),
      pilots: r.int(2, 10),
    }),
    en: {
      titles: [
        "An urban living lab in {city}'s innovation district",
        "An open testbed for startups to pilot solutions in {city}",
        "Turning {city} into a launchpad for urban-tech companies",
      ],
      summary:
        "{city} wants to turn a {hectares}-hectare innovation district into a living lab where startups and companies test mobility, energy and public-service solutions with real residents, and where successful pilots lead to procurement. Today it runs about {pilots} pilots a year, few of which scale.",
      context:
        "About {startups} startups are based in {city} ({population} inhabitants), but few have the city as a customer, and procurement rules make it hard to buy innovation.",
      problem:
        "Pilots are agreed ad hoc, take months to approve, lack evaluation and end without a path to procurement. Residents are rarely involved.",
      baseline: [
        "Startups in the city: about {startups}",
        "Pilots per year: {pilots}",
        "Pilots that led to a contract: very few",
      ],
      asks: [
        "Operation of a testbed with streamlined permits and data access",
        "A challenge-based pilot programme with clear evaluation criteria",
        "Innovation procurement instruments (pre-commercial procurement, innovation partnerships)",
        "Resident panels and ethics review",
      ],
    },
    caseGoal: "run an urban testbed where pilots lead to procurement",
    caseTitles: ["{city}'s living lab turns pilots into contracts", "An urban testbed for {city}"],
    kpis: [
      {
        metric: "Pilots run in the testbed",
        unit: "pilots per year",
        baseline: [2, 10],
        factor: [3, 6],
      },
      { metric: "Pilots converted to procurement", unit: "%", baseline: [5, 15], result: [25, 40] },
      {
        metric: "Startups based in the innovation district",
        unit: "startups",
        baseline: [100, 2000],
        factor: [1.3, 2],
      },
    ],
  },
  {
    key: "low-altitude-economy",
    domains: ["industry-economy", "mobility", "enabling-technologies"],
    sdgs: [3, 9, 11],
    tags: ["drones", "low-altitude economy", "UTM", "medical delivery", "inspection"],
    budgetUsd: [500_000, 10_000_000],
    partnerKinds: ["company", "startup"],
    fit: (c) =>
      c.city.country === "CN"
        ? 3
        : c.region === "middle-east" || c.region === "east-asia"
          ? 1.5
          : 0.6,
    facts: (r) => ({
      routes: r.int(5, 40),
      samples: r.int(45, 90),
      hospitals: r.int(6, 30),
    }),
    en: {
      titles: [
        "Safe drone corridors for deliveries and inspections in {city}",
        "A low-altitude economy pilot zone in {city}",
        "Drone traffic management for {city}",
      ],
      summary:
        "{city} wants to open {routes} drone routes for medical deliveries between {hospitals} hospitals and labs, infrastructure inspection and emergency response, with a drone traffic management system that keeps flights safe, quiet and fair to residents.",
      context:
        "Urgent blood and lab samples in {city} ({population} inhabitants) travel by road and take {samples} minutes on average in traffic. Companies are ready to fly but approvals are case by case.",
      problem:
        "There is no shared picture of low-altitude airspace, no agreed routes or landing sites, and no process to hear residents' concerns about noise and privacy.",
      baseline: [
        "Hospitals and labs to connect: {hospitals}",
        "Average road transport time for urgent samples: {samples} minutes",
        "Approved drone routes: none",
      ],
      asks: [
        "An unmanned traffic management (UTM) platform linked to aviation authorities",
        "Route and vertiport planning with noise and privacy assessment",
        "Medical delivery and inspection services",
        "A public register of flights",
      ],
    },
    zh: {
      titles: [
        "{city}低空经济试点区与无人机航线网络建设",
        "{city}低空飞行服务与无人机物流配送平台",
      ],
      summary:
        "{city}计划开通{routes}条无人机航线，用于{hospitals}家医院与检验机构之间的医疗物资配送、基础设施巡检和应急救援，并建设低空飞行服务管理平台，保障飞行安全、降低噪声影响。",
      context:
        "{city}常住人口{population}，急需的血液和检验样本依靠地面交通运送，高峰时段平均需{samples}分钟。企业已具备飞行能力，但审批需逐案办理。",
      problem:
        "目前缺少统一的低空空域态势感知、航线和起降点规划，以及听取市民对噪声和隐私意见的机制。",
      baseline: [
        "拟连接医院和检验机构：{hospitals}家",
        "急用样本地面运送平均时间：{samples}分钟",
        "已批准无人机航线：无",
      ],
      asks: [
        "与空管部门对接的低空飞行服务管理平台",
        "航线与起降场规划及噪声评估",
        "医疗配送和巡检示范应用",
      ],
    },
    caseGoal: "open safe drone routes for medical deliveries and inspections",
    caseTitles: [
      "Drones speed up medical deliveries in {city}",
      "{city} opens its low-altitude airspace",
    ],
    kpis: [
      { metric: "Approved drone routes", unit: "routes", baseline: null, result: [6, 40] },
      {
        metric: "Average delivery time for urgent medical samples",
        unit: "minutes",
        baseline: [45, 90],
        factor: [0.2, 0.4],
      },
      { metric: "Drone flights", unit: "flights per month", baseline: null, result: [2000, 40000] },
    ],
  },
];

// ---------------------------------------------------------------------------------------
// Offer templates: what providers sell, mirroring the problem templates

export interface OfferTemplate {
  key: string;
  domains: readonly AreaCode[];
  sdgs: readonly number[];
  tags: readonly string[];
  /** Product names; a solution's title is "<brand> <product>: <tagline>". */
  products: readonly string[];
  taglines: readonly string[];
  /** Placeholders: {product}, {org}. */
  summary: string;
  what: string;
  features: readonly string[];
  /** Deployment outcomes; placeholders {pct}, {n}, {k}, {m}. */
  outcomes: readonly string[];
  priceModels: readonly PriceModel[];
  certifications: readonly string[];
  kinds: readonly ProviderKind[];
  /** Problem templates this offer fully answers. */
  exact: readonly string[];
  /** Problem templates this offer helps with, but does not solve on its own. */
  partial: readonly string[];
}

const SOFTWARE_CERTS = ["ISO 27001", "SOC 2 Type II", "GDPR-compliant", "ISO 9001"] as const;
const CITY_DATA_CERTS = ["ISO 37120", "ISO 37122", "ISO 27001", "GDPR-compliant"] as const;
const HARDWARE_CERTS = ["CE", "IP68", "ISO 9001", "ISO 14001", "IEC 62443"] as const;
const ENERGY_CERTS = ["ISO 50001", "ISO 9001", "ISO 14001", "IEC 61215", "IEC 61730"] as const;

export const OFFER_TEMPLATES: readonly OfferTemplate[] = [
  {
    key: "flood-sensor-network",
    domains: ["safety-resilience", "enabling-technologies"],
    sdgs: [11, 13],
    tags: ["flood", "IoT sensors", "early warning", "water level", "alerts"],
    products: ["FloodSense", "RiverWatch", "AquaAlert", "StreetFlood"],
    taglines: [
      "street-level flood early warning",
      "IoT water-level sensing and alerts",
      "flood sensors and alerting for cities",
    ],
    summary:
      "{product} is a network of solar-powered water-level and rain sensors with an alerting platform that warns residents and emergency teams before streets flood.",
    what: "{product} combines ultrasonic and radar water-level sensors, tipping-bucket rain gauges and a cloud platform. Sensors mount on bridges, canal walls and poles in under an hour and report every minute over LoRaWAN or NB-IoT. When thresholds or rate-of-rise rules trip, the platform sends cell-broadcast, SMS and app alerts to the affected blocks.",
    features: [
      "Solar-powered sensors with five-year battery backup and remote diagnostics",
      "Rate-of-rise and threshold rules per street, set by the city",
      "Cell broadcast, SMS, messaging-app and siren integration",
      "Open API and CAP (Common Alerting Protocol) feeds",
    ],
    outcomes: [
      "Cut flood response time by {pct}% across {n} districts",
      "Raised average warning lead time from under an hour to {m} hours",
      "{n} sensors alerted {k} residents during the last monsoon season",
    ],
    priceModels: ["subscription", "per-unit", "project"],
    certifications: HARDWARE_CERTS,
    kinds: ["company", "startup"],
    exact: ["flood-early-warning"],
    partial: ["stormwater-drainage", "coastal-flood-defence", "emergency-coordination"],
  },
  {
    key: "flood-forecast-ai",
    domains: ["safety-resilience", "enabling-technologies", "energy-environment"],
    sdgs: [11, 13],
    tags: ["flood", "forecasting", "AI", "hydrological model", "early warning"],
    products: ["FloodCast", "HydroMind", "NowFlood", "DeltaCast"],
    taglines: [
      "AI flood forecasting down to street level",
      "hyperlocal flood nowcasting",
      "flood forecasts hours ahead",
    ],
    summary:
      "{product} forecasts urban floods street by street up to 48 hours ahead by combining radar, weather models, river and tide data with a hydraulic model of the city.",
    what: "{product} couples machine-learning rainfall nowcasting with a fast 2D hydraulic model calibrated on the city's terrain and drainage network. It produces flood depth maps every 15 minutes and turns them into impact forecasts: which roads, schools, clinics and substations will be under water, and when.",
    features: [
      "Street-level flood depth forecasts updated every 15 minutes",
      "Impact layers for roads, schools, hospitals and critical assets",
      "Calibrated on past events with the city's own gauge records",
      "Integrates existing sensors from any vendor",
    ],
    outcomes: [
      "Forecast {pct}% of flooded streets correctly {m} hours ahead",
      "Warnings {m} hours earlier for {k} residents in {n} districts",
      "Pre-positioned pumps at {n} hotspots before peak rainfall",
    ],
    priceModels: ["subscription", "license"],
    certifications: SOFTWARE_CERTS,
    kinds: ["company", "startup", "university"],
    exact: ["flood-early-warning"],
    partial: [
      "coastal-flood-defence",
      "stormwater-drainage",
      "emergency-coordination",
      "urban-digital-twin",
    ],
  },
  {
    key: "nature-based-coastal-defence",
    domains: ["safety-resilience", "infrastructure-building", "energy-environment"],
    sdgs: [11, 13, 14, 15],
    tags: [
      "flood defence",
      "nature-based solutions",
      "mangroves",
      "coastal resilience",
      "engineering",
    ],
    products: ["ShoreFlex", "LivingEdge", "TideGuard", "BlueBuffer"],
    taglines: [
      "hybrid coastal and river flood defences",
      "engineering with nature for flood protection",
      "adaptive flood defence planning",
    ],
    summary:
      "{product} is an engineering service that designs and delivers hybrid flood defences, combining walls, gates and pumps with mangroves, wetlands and floodable parks.",
    what: "{org} surveys the condition of existing defences, models flood risk under climate scenarios and designs adaptive pathways: what to build now, what to prepare for later. Designs mix grey and green measures and come with cost–benefit analysis ready for development banks and climate funds.",
    features: [
      "Condition surveys with drones, LiDAR and geotechnical testing",
      "Flood-risk modelling with climate scenarios to 2100",
      "Hybrid designs: walls, gates, mangroves, wetlands, dunes, floodable parks",
      "Bankable investment plans and monitoring after construction",
    ],
    outcomes: [
      "Protected {k} households to a 1-in-100-year standard",
      "Restored {n} km of mangrove and wetland buffer",
      "Reduced expected annual flood damage by {pct}%",
    ],
    priceModels: ["project"],
    certifications: ["ISO 9001", "ISO 14001", "ISO 45001"],
    kinds: ["company", "university"],
    exact: ["coastal-flood-defence"],
    partial: ["stormwater-drainage", "flood-early-warning"],
  },
  {
    key: "sponge-city-drainage",
    domains: ["safety-resilience", "infrastructure-building", "energy-environment"],
    sdgs: [6, 11, 13],
    tags: ["stormwater", "sponge city", "green infrastructure", "real-time control", "drainage"],
    products: ["SpongeGrid", "RainKeeper", "DrainIQ", "StormFlow"],
    taglines: [
      "green infrastructure with real-time drainage control",
      "sponge-city design and smart drainage",
      "smart stormwater management",
    ],
    summary:
      "{product} combines green infrastructure design with real-time control of pumps, gates and storage to cut urban waterlogging and sewer overflows.",
    what: "{product} maps runoff and retention potential street by street, designs bioswales, permeable paving and retention parks, and connects pumps, gates and tanks to a model-predictive control system that empties storage ahead of storms.",
    features: [
      "Runoff and retention mapping at street level",
      "Green infrastructure design catalogue adapted to local climate",
      "Model-predictive control of pumps, gates and storage tanks",
      "Maintenance planning for local contractors",
    ],
    outcomes: [
      "Removed {n} waterlogging hotspots",
      "Cut combined sewer overflows by {pct}%",
      "Retained {k} m³ of stormwater per event on site",
    ],
    priceModels: ["project", "subscription"],
    certifications: ["ISO 9001", "ISO 14001", "IEC 62443"],
    kinds: ["company", "university", "startup"],
    exact: ["stormwater-drainage"],
    partial: ["flood-early-warning", "shaded-corridors", "coastal-flood-defence"],
  },
  {
    key: "emergency-command-platform",
    domains: ["safety-resilience", "governance", "enabling-technologies"],
    sdgs: [3, 11, 16],
    tags: [
      "emergency management",
      "command centre",
      "common operating picture",
      "interoperability",
      "dispatch",
    ],
    products: ["CommandView", "OneResponse", "CrisisHub", "UnityOps"],
    taglines: [
      "a common operating picture for emergency agencies",
      "multi-agency emergency coordination",
      "integrated emergency operations",
    ],
    summary:
      "{product} gives police, fire, ambulance, civil protection and utilities one live operating picture and coordinated dispatch, on top of their existing systems.",
    what: "{product} connects existing computer-aided dispatch, radio, CCTV, sensor and weather systems through standard interfaces and shows incidents, units and resources on one map. Playbooks guide multi-agency responses, and every access to personal data is logged.",
    features: [
      "Connectors for major dispatch, radio and video systems",
      "Shared incident map with unit tracking and resource status",
      "Multi-agency playbooks and after-action reporting",
      "Role-based access control and full audit trail",
    ],
    outcomes: [
      "Cut average urban response time by {pct}%",
      "Connected {n} agencies to one operating picture",
      "Coordinated {k} incidents in the first year",
    ],
    priceModels: ["license", "subscription", "project"],
    certifications: ["ISO 27001", "ISO 22320", "SOC 2 Type II", "GDPR-compliant"],
    kinds: ["company"],
    exact: ["emergency-coordination"],
    partial: ["flood-early-warning", "heat-health-warning", "safer-streets-night"],
  },
  {
    key: "adaptive-safety-lighting",
    domains: ["safety-resilience", "living-inclusion", "infrastructure-building"],
    sdgs: [5, 11, 16],
    tags: ["public safety", "street lighting", "gender", "safety audit", "help points"],
    products: ["SafeNight", "BrightWalk", "NightPath", "WalkSafe"],
    taglines: [
      "participatory safety audits with adaptive lighting",
      "safer streets after dark",
      "community-led night-time safety",
    ],
    summary:
      "{product} pairs a mobile tool for participatory safety audits with adaptive lighting and help points, so cities fix the places where people feel unsafe after dark.",
    what: "Residents, especially women and young people, walk their neighbourhood with the {product} app and rate lighting, visibility, escape routes and maintenance. The platform aggregates audits with anonymous reports, prioritises fixes and drives adaptive luminaires and help points on the chosen routes, without facial recognition.",
    features: [
      "Mobile safety-audit app used in community walks",
      "Prioritisation dashboard for lighting, maintenance and design fixes",
      "Adaptive luminaires and help points at transit stops",
      "Public follow-up so residents see what changed",
    ],
    outcomes: [
      "Audited {n} km of streets with {k} residents",
      "Women feeling safe after dark rose by {pct}%",
      "Cut streetlight repair time to {m} days",
    ],
    priceModels: ["subscription", "project"],
    certifications: ["ISO 27001", "GDPR-compliant", "EN 13201"],
    kinds: ["company", "startup", "university"],
    exact: ["safer-streets-night"],
    partial: ["smart-street-lighting", "accessible-navigation"],
  },
  {
    key: "seismic-risk-screening",
    domains: ["safety-resilience", "infrastructure-building", "enabling-technologies"],
    sdgs: [9, 11],
    tags: ["earthquake", "seismic risk", "machine learning", "building inventory", "retrofit"],
    products: ["QuakeScan", "SeismoRank", "SafeStructure", "TremorMap"],
    taglines: [
      "rapid seismic screening of whole building stocks",
      "AI building inventory for earthquake risk",
      "seismic risk ranking and retrofit planning",
    ],
    summary:
      "{product} screens entire building stocks for earthquake risk from street imagery and aerial data, ranks buildings and plans retrofits.",
    what: "{product} uses computer vision on street-level and aerial imagery to infer building type, height, age and irregularities, combines them with soil and hazard maps and estimates damage probabilities. Engineers then assess the highest-risk public buildings in detail and {org} prepares retrofit options with costs.",
    features: [
      "Building inventory from street and aerial imagery",
      "Risk ranking with damage and casualty estimates",
      "Detailed assessment protocol for priority buildings",
      "Open building-risk register for planners",
    ],
    outcomes: [
      "Screened {k} buildings in {m} months",
      "Identified {n} schools for priority retrofit",
      "Cut assessment cost per building by {pct}%",
    ],
    priceModels: ["project", "license"],
    certifications: ["ISO 9001", "ISO 27001"],
    kinds: ["company", "university", "startup"],
    exact: ["seismic-building-risk"],
    partial: ["bridge-monitoring", "urban-digital-twin"],
  },
  {
    key: "ai-heat-risk-map",
    domains: ["energy-environment", "safety-resilience", "enabling-technologies"],
    sdgs: [3, 11, 13],
    tags: ["extreme heat", "urban heat island", "AI", "satellite data", "heat risk"],
    products: ["HeatScape", "ThermoMap", "CoolPlan", "HeatLens"],
    taglines: [
      "an AI heat-risk map for targeted cooling",
      "street-level heat vulnerability mapping",
      "plan cooling where heat hurts most",
    ],
    summary:
      "{product} maps heat exposure and vulnerability block by block from satellite, sensor and census data, and shows where cool roofs, trees and shade will help most.",
    what: "{product} fuses thermal satellite imagery, street sensors and a microclimate model with data on age, health and housing to produce a heat-risk score for every block. Planners test scenarios — cool roofs, tree planting, shade structures — and see the expected drop in temperature and exposed population.",
    features: [
      "Block-level land surface and air temperature maps",
      "Vulnerability index from demographic and housing data",
      "Scenario testing for cool roofs, trees and shade",
      "Before-and-after monitoring with low-cost sensors",
    ],
    outcomes: [
      "Prioritised {n} neighbourhoods for cooling measures",
      "Guided {k} m² of cool roofs and planting",
      "Measured a {m} °C drop in midday surface temperature",
    ],
    priceModels: ["subscription", "project", "license"],
    certifications: CITY_DATA_CERTS,
    kinds: ["company", "startup", "university"],
    exact: ["cool-roofs", "shaded-corridors"],
    partial: ["heat-health-warning", "urban-digital-twin", "district-cooling"],
  },
  {
    key: "cool-roof-coatings",
    domains: ["energy-environment", "living-inclusion", "infrastructure-building"],
    sdgs: [3, 7, 11, 13],
    tags: ["cool roofs", "reflective coating", "extreme heat", "low-income housing"],
    products: ["CoolCoat", "AlbedoShield", "SunReflect", "RoofChill"],
    taglines: [
      "reflective roof coatings for hot cities",
      "low-cost cool roofs installed by local crews",
      "cooler homes under reflective roofs",
    ],
    summary:
      "{product} is a reflective roof coating system for metal, concrete and tile roofs, installed by trained local crews, that lowers roof temperatures by up to 30 °C.",
    what: "{product} is a high-albedo elastomeric coating with a ten-year durability guarantee in hot climates. {org} trains local installers, runs community programmes so residents maintain their roofs and measures indoor temperatures before and after with sensors.",
    features: [
      "Solar reflectance above 0.85 and high thermal emittance",
      "Suitable for metal sheet, concrete and tile roofs",
      "Training programme for local installer crews",
      "Indoor temperature measurement before and after",
    ],
    outcomes: [
      "Coated {k} m² of roofs on {n} schools and clinics",
      "Lowered peak indoor temperatures by {m} °C",
      "Cut cooling energy use by {pct}% in treated buildings",
    ],
    priceModels: ["per-unit", "project"],
    certifications: ["ISO 9001", "ISO 14001", "CRRC rated"],
    kinds: ["company", "startup"],
    exact: ["cool-roofs"],
    partial: ["building-retrofit", "heat-health-warning"],
  },
  {
    key: "shade-and-greening-design",
    domains: ["energy-environment", "mobility", "living-inclusion"],
    sdgs: [3, 11, 13, 15],
    tags: ["urban greening", "shade", "trees", "walkability", "irrigation"],
    products: ["ShadeWays", "GreenCorridor", "CanopyPlan", "CoolStreets"],
    taglines: [
      "shaded walking corridors by design",
      "tree canopy and shade for hot streets",
      "greener, cooler walking routes",
    ],
    summary:
      "{product} designs and delivers shaded pedestrian corridors: drought-tolerant trees with smart irrigation and modular shade structures on the routes people actually walk.",
    what: "{org} plans corridors from pedestrian flow and heat-exposure data, selects drought-tolerant species, installs sensor-based irrigation using recycled water and adds modular shade canopies, some with solar panels, where trees cannot grow.",
    features: [
      "Route planning from pedestrian counts and heat maps",
      "Drought-tolerant planting palettes and soil cells",
      "Smart irrigation with recycled water",
      "Modular shade canopies with optional solar panels",
    ],
    outcomes: [
      "Delivered {n} km of shaded corridors",
      "Raised tree canopy on target streets by {pct}%",
      "Tree survival rate above 90% after {m} years",
    ],
    priceModels: ["project"],
    certifications: ["ISO 14001", "ISO 9001"],
    kinds: ["company", "university"],
    exact: ["shaded-corridors"],
    partial: ["cool-roofs", "stormwater-drainage", "accessible-navigation"],
  },
  {
    key: "district-cooling-optimizer",
    domains: ["energy-environment", "infrastructure-building"],
    sdgs: [7, 11, 13],
    tags: ["district cooling", "AI optimisation", "thermal storage", "energy efficiency"],
    products: ["ChillOpt", "CoolGrid", "FrostLogic", "ChillerMind"],
    taglines: [
      "AI optimisation for district cooling plants",
      "district cooling design and optimisation",
      "efficient chilled-water networks",
    ],
    summary:
      "{product} optimises district cooling plants and networks in real time — chillers, pumps and thermal storage — and plans network extensions.",
    what: "{product} learns each plant's performance curves and forecasts cooling demand from weather and occupancy, then sets chiller sequencing, supply temperatures and storage charging every five minutes. Its planning module sizes extensions and alternative water sources such as treated sewage effluent.",
    features: [
      "Real-time optimisation of chillers, pumps and storage",
      "Demand forecasting from weather and occupancy data",
      "Network extension planning and feasibility studies",
      "Metering and billing integration",
    ],
    outcomes: [
      "Improved plant efficiency by {pct}%",
      "Shaved {n} MW off peak electricity demand",
      "Connected {n} new buildings to the network",
    ],
    priceModels: ["revenue-share", "subscription", "project"],
    certifications: ["ISO 50001", "ISO 9001", "IEC 62443"],
    kinds: ["company"],
    exact: ["district-cooling"],
    partial: ["building-retrofit", "microgrids"],
  },
  {
    key: "heat-health-alert-service",
    domains: ["safety-resilience", "living-inclusion"],
    sdgs: [3, 8, 13],
    tags: ["extreme heat", "early warning", "public health", "outdoor workers", "check-in service"],
    products: ["HeatAlert", "HeatShield", "CoolCheck", "HeatReady"],
    taglines: [
      "impact-based heat-health warnings",
      "heat alerts that trigger action",
      "protecting people at risk from heat",
    ],
    summary:
      "{product} turns heat forecasts into neighbourhood-level health warnings and concrete actions: alerts to residents and employers, cooling-centre maps and check-in calls to people at risk.",
    what: "{product} combines weather forecasts with health thresholds calibrated on local hospital data. It sends alerts in local languages, guides employers on work-rest schedules and runs a consent-based registry of people at risk, who receive automated or volunteer check-in calls during heatwaves.",
    features: [
      "Heat-health forecasts three to five days ahead",
      "Multilingual alerts to residents, employers and carers",
      "Consent-based at-risk registry with check-in calls",
      "Cooling-centre finder and outcome evaluation",
    ],
    outcomes: [
      "Enrolled {k} at-risk residents in check-in calls",
      "Heat-related emergency calls fell {pct}% during heatwaves",
      "Opened {n} cooling centres listed in the app",
    ],
    priceModels: ["subscription", "project"],
    certifications: ["ISO 27001", "GDPR-compliant"],
    kinds: ["company", "startup", "university"],
    exact: ["heat-health-warning"],
    partial: ["elderly-remote-monitoring", "emergency-coordination", "cool-roofs"],
  },
  {
    key: "solar-rooftop-programme",
    domains: ["energy-environment", "infrastructure-building"],
    sdgs: [7, 11, 13],
    tags: ["solar", "PPA", "renewable energy", "public buildings", "energy transition"],
    products: ["SolarRoofs", "SunShare", "RoofPower", "PublicSun"],
    taglines: [
      "rooftop solar on public buildings with no upfront cost",
      "turnkey solar for municipal roofs",
      "solar power purchase agreements for cities",
    ],
    summary:
      "{product} designs, finances, installs and operates rooftop solar on public buildings under a power purchase agreement, so the city pays only for the electricity.",
    what: "{org} assesses every roof from aerial data and structural checks, bundles sites into one programme, installs panels and inverters and operates them for 15–20 years. The city buys the power below grid tariff; generation and savings are published on a public dashboard.",
    features: [
      "Portfolio-wide roof and structural assessment",
      "Turnkey installation, monitoring and maintenance",
      "Power purchase agreement or energy-as-a-service, no upfront cost",
      "Public generation and savings dashboard",
    ],
    outcomes: [
      "Installed {n} MW on {k} m² of public roofs",
      "Cut municipal electricity costs by {pct}%",
      "Put solar on {n} schools in {m} months",
    ],
    priceModels: ["revenue-share", "project", "other"],
    certifications: ENERGY_CERTS,
    kinds: ["company", "startup"],
    exact: ["solar-rooftops"],
    partial: ["microgrids", "building-retrofit"],
  },
  {
    key: "microgrid-storage",
    domains: ["energy-environment", "safety-resilience", "infrastructure-building"],
    sdgs: [7, 9, 13],
    tags: ["microgrid", "battery storage", "energy resilience", "islanding", "diesel replacement"],
    products: ["GridIsland", "VoltKeep", "ResiliGrid", "PowerHaven"],
    taglines: [
      "solar-plus-storage microgrids for critical facilities",
      "resilient power for hospitals and shelters",
      "microgrids that replace diesel backup",
    ],
    summary:
      "{product} delivers solar-plus-storage microgrids that keep hospitals, shelters and pumping stations running through outages and earn revenue from grid services in normal times.",
    what: "{product} sizes solar, batteries and controllers for 72 hours of critical load, islands seamlessly when the grid fails and trades flexibility with the utility the rest of the time. {org} offers energy-as-a-service contracts and remote monitoring of all backup assets, including remaining diesel generators.",
    features: [
      "Seamless islanding in under 20 milliseconds",
      "Sized for 72 hours of critical load",
      "Grid services and peak shaving in normal operation",
      "Remote monitoring of batteries and generators",
    ],
    outcomes: [
      "Kept {n} critical facilities running through {m} grid outages",
      "Cut backup diesel use by {pct}%",
      "Installed {n} MWh of battery storage",
    ],
    priceModels: ["project", "subscription", "revenue-share"],
    certifications: ["IEC 62933", "UL 9540", "ISO 9001", "IEC 62443"],
    kinds: ["company", "startup"],
    exact: ["microgrids"],
    partial: ["solar-rooftops", "emergency-coordination", "ev-charging"],
  },
  {
    key: "air-quality-sensor-network",
    domains: ["energy-environment", "living-inclusion", "enabling-technologies"],
    sdgs: [3, 11, 13],
    tags: ["air quality", "PM2.5", "NO2", "sensors", "schools"],
    products: ["AirSense", "CleanBreath", "PureAir", "AirGrid"],
    taglines: [
      "hyperlocal air-quality monitoring",
      "calibrated low-cost air sensors",
      "street-level pollution data",
    ],
    summary:
      "{product} is a network of calibrated low-cost air-quality sensors with a data platform that maps PM2.5 and NO2 street by street and alerts schools and residents.",
    what: "{product} sensors measure PM1, PM2.5, PM10, NO2 and O3 every minute. Machine-learning calibration against reference stations keeps them accurate, and the platform fuses readings with traffic and weather data into hourly pollution maps, forecasts and alerts.",
    features: [
      "Sensors calibrated remotely against reference stations",
      "Hourly street-level maps and 48-hour forecasts",
      "Alerts and dashboards for schools and parents",
      "Evaluation tools for school streets and low-emission zones",
    ],
    outcomes: [
      "Deployed {n} sensors around schools and clinics",
      "Cut children's PM2.5 exposure on school routes by {pct}%",
      "{k} residents signed up for pollution alerts",
    ],
    priceModels: ["subscription", "per-unit"],
    certifications: ["CE", "ISO 9001", "ISO 37120", "MCERTS"],
    kinds: ["company", "startup", "university"],
    exact: ["air-quality"],
    partial: ["iot-network", "road-safety"],
  },
  {
    key: "acoustic-leak-detection",
    domains: ["energy-environment", "infrastructure-building", "enabling-technologies"],
    sdgs: [6, 9, 11],
    tags: [
      "water",
      "leak detection",
      "non-revenue water",
      "acoustic sensors",
      "pressure management",
    ],
    products: ["LeakFinder", "HydroEar", "PipeSense", "AquaTrace"],
    taglines: [
      "acoustic leak detection for water networks",
      "cutting non-revenue water",
      "find leaks before they surface",
    ],
    summary:
      "{product} finds leaks in water networks before they surface with acoustic and pressure sensors and AI, and helps utilities manage pressure and plan pipe replacement.",
    what: "{product} places acoustic loggers on valves and hydrants and pressure sensors at key nodes. AI correlates the noise to pinpoint leaks within a few metres, and the platform prioritises repairs, sets up district metered areas and ranks mains for replacement by risk.",
    features: [
      "Acoustic correlation to locate leaks within metres",
      "District metered areas and pressure management",
      "Risk-based pipe replacement planning",
      "Performance-based contracts tied to water saved",
    ],
    outcomes: [
      "Cut non-revenue water by {pct}%",
      "Located {k} hidden leaks in {m} months",
      "Saved {n} million m³ of water a year",
    ],
    priceModels: ["subscription", "revenue-share", "per-unit"],
    certifications: ["ISO 9001", "IP68", "ISO 55001"],
    kinds: ["company", "startup"],
    exact: ["water-leakage"],
    partial: ["iot-network", "bridge-monitoring"],
  },
  {
    key: "smart-waste-routing",
    domains: ["energy-environment", "industry-economy", "enabling-technologies"],
    sdgs: [11, 12, 13],
    tags: ["waste", "recycling", "fill-level sensors", "route optimisation", "circular economy"],
    products: ["BinSense", "WasteRoute", "CleanCycle", "LoopCollect"],
    taglines: [
      "fill-level sensing and dynamic waste collection routes",
      "smarter waste collection and recycling",
      "data-driven waste services",
    ],
    summary:
      "{product} combines fill-level sensors, dynamic route optimisation and a household recycling app to collect waste on demand and raise recycling rates.",
    what: "{product} sensors report bin fill levels every hour; the platform plans daily routes for each truck and sends them to drivers' tablets. A resident app gives feedback on sorting, rewards correct separation and lets informal waste pickers register and receive collection jobs.",
    features: [
      "Fill-level sensors for all common container types",
      "Daily dynamic route optimisation for the fleet",
      "Resident app with sorting feedback and rewards",
      "Registration and job allocation for informal waste pickers",
    ],
    outcomes: [
      "Cut collection truck kilometres by {pct}%",
      "Raised recycling rate by {m} percentage points",
      "Reduced overflowing-bin complaints by {pct}% across {n} districts",
    ],
    priceModels: ["subscription", "per-unit"],
    certifications: ["ISO 14001", "ISO 9001", "CE"],
    kinds: ["company", "startup"],
    exact: ["waste-collection"],
    partial: ["iot-network", "last-mile-logistics"],
  },
  {
    key: "building-energy-retrofit",
    domains: ["infrastructure-building", "energy-environment"],
    sdgs: [7, 11, 13],
    tags: [
      "building retrofit",
      "energy performance contract",
      "ESCO",
      "heat pumps",
      "social housing",
    ],
    products: ["RetrofitOne", "DeepRenew", "EnergyShell", "ZeroRetro"],
    taglines: [
      "deep energy retrofits with guaranteed savings",
      "portfolio-scale building renovation",
      "energy performance contracts for public buildings",
    ],
    summary:
      "{product} audits and retrofits public buildings and social housing at portfolio scale under energy performance contracts with guaranteed savings.",
    what: "{org} meters and audits the whole portfolio, bundles buildings into packages and delivers insulation, heat pumps, ventilation and controls. Savings are guaranteed in the contract and verified with IPMVP measurement, and residents are supported during works in occupied homes.",
    features: [
      "Portfolio-wide audits and smart metering",
      "Bundled retrofit packages to cut procurement time",
      "Guaranteed savings verified with IPMVP",
      "Resident liaison for works in occupied homes",
    ],
    outcomes: [
      "Retrofitted {n} buildings with {pct}% average energy savings",
      "Renovated {k} social housing units",
      "Guaranteed savings met in every year of the contract",
    ],
    priceModels: ["revenue-share", "project"],
    certifications: ["ISO 50001", "ISO 9001", "ISO 14001"],
    kinds: ["company"],
    exact: ["building-retrofit"],
    partial: ["solar-rooftops", "district-cooling", "cool-roofs", "ageing-in-place"],
  },
  {
    key: "smart-street-lighting-system",
    domains: ["infrastructure-building", "energy-environment", "enabling-technologies"],
    sdgs: [7, 11, 13],
    tags: ["street lighting", "LED", "central management system", "IoT", "smart poles"],
    products: ["LumiGrid", "StreetGlow", "NightOS", "PoleNet"],
    taglines: [
      "smart LED street lighting with remote management",
      "connected streetlights and smart poles",
      "street lighting that pays for itself",
    ],
    summary:
      "{product} converts streetlights to LED with remote dimming and fault detection, on an open central management system that turns poles into a sensor backbone.",
    what: "{product} nodes plug into standard luminaire sockets and report energy use and faults; the central management system sets dimming profiles per street and dispatches repairs. Poles are prepared for sensors, cameras and small cells, and the project can be financed from energy savings.",
    features: [
      "LED retrofit with plug-in control nodes (Zhaga/NEMA)",
      "Open central management system (TALQ-compliant)",
      "Automatic fault detection and work orders",
      "Smart-pole options for sensors and small cells",
    ],
    outcomes: [
      "Converted {k} streetlights with {pct}% energy savings",
      "Cut streetlight repair time to {m} days",
      "Connected {n} sensor types through the lighting network",
    ],
    priceModels: ["project", "revenue-share", "subscription"],
    certifications: ["EN 13201", "ENEC", "CE", "ISO 9001", "TALQ certified"],
    kinds: ["company"],
    exact: ["smart-street-lighting"],
    partial: ["safer-streets-night", "iot-network"],
  },
  {
    key: "heritage-scan-twin",
    domains: ["infrastructure-building", "enabling-technologies", "industry-economy"],
    sdgs: [8, 9, 11],
    tags: ["heritage", "digital twin", "3D scanning", "HBIM", "preservation"],
    products: ["HeritageTwin", "StoneScan", "ArchiVault", "OldTown3D"],
    taglines: [
      "digital twins of historic centres",
      "3D heritage survey and monitoring",
      "HBIM for historic cities",
    ],
    summary:
      "{product} scans historic centres with laser and photogrammetry and builds a heritage digital twin that links 3D models with utilities, permits, conservation records and sensors.",
    what: "{org} captures streets, façades and key interiors with terrestrial and drone laser scanning, builds HBIM models and links them to utility networks, permits and conservation archives. Vibration, moisture and crowding sensors feed the twin, and public viewers let residents and visitors explore the heritage.",
    features: [
      "Terrestrial and drone laser scanning with photogrammetry",
      "HBIM models linked to permits and conservation records",
      "Vibration, moisture and crowding monitoring",
      "Public and educational 3D viewers",
    ],
    outcomes: [
      "Scanned {k} m² of façades and {n} monuments",
      "Cut approval time for works by {pct}%",
      "Detected {n} structural issues before visible damage",
    ],
    priceModels: ["project", "subscription"],
    certifications: ["ISO 19650", "ISO 9001"],
    kinds: ["company", "university", "startup"],
    exact: ["heritage-digital-twin"],
    partial: ["smart-tourism", "urban-digital-twin", "bridge-monitoring"],
  },
  {
    key: "structural-health-monitoring",
    domains: ["infrastructure-building", "safety-resilience", "enabling-technologies"],
    sdgs: [9, 11],
    tags: [
      "structural health monitoring",
      "bridges",
      "predictive maintenance",
      "asset management",
      "drones",
    ],
    products: ["BridgeSense", "StructWatch", "SpanGuard", "CivilPulse"],
    taglines: [
      "structural health monitoring for bridges and tunnels",
      "predictive maintenance for civil structures",
      "sensor and drone-based inspection",
    ],
    summary:
      "{product} monitors bridges, flyovers and tunnels continuously with strain, vibration and tilt sensors, adds drone inspections with automatic defect detection and ranks maintenance by risk.",
    what: "{product} installs wireless sensors on critical members, learns each structure's normal behaviour and flags anomalies. Drone imagery is analysed for cracks, spalling and corrosion, and an asset management platform combines both to rank maintenance by risk and feed the city's work-order system.",
    features: [
      "Wireless strain, vibration, tilt and corrosion sensors",
      "Drone inspection with automatic defect detection",
      "Risk-based maintenance ranking",
      "Integration with GIS and work-order systems",
    ],
    outcomes: [
      "Monitored {n} bridges and tunnels continuously",
      "Cut unplanned closures by {pct}%",
      "Reduced inspection cost per structure by {pct}%",
    ],
    priceModels: ["subscription", "project", "per-unit"],
    certifications: ["ISO 55001", "ISO 9001", "CE"],
    kinds: ["company", "university", "startup"],
    exact: ["bridge-monitoring"],
    partial: ["seismic-building-risk", "heritage-digital-twin"],
  },
  {
    key: "remote-care-sensors",
    domains: ["living-inclusion", "enabling-technologies"],
    sdgs: [3, 10, 11],
    tags: ["elderly care", "remote monitoring", "fall detection", "ambient sensors", "home care"],
    products: ["CareNest", "SilverWatch", "HomeGuard", "KinLink"],
    taglines: [
      "camera-free remote monitoring for older people living alone",
      "fall detection and daily check-ins",
      "connected care at home",
    ],
    summary:
      "{product} uses camera-free ambient sensors and a wearable button to detect falls and unusual inactivity in older people's homes, and links alerts to carers, families and emergency services.",
    what: "{product} learns daily routines from motion, door and bed sensors without cameras or microphones. Falls, missed meals or unusual inactivity trigger an escalation chain — family, volunteer, home carer, emergency services — and carers see a dashboard that helps them plan visits by need.",
    features: [
      "Camera-free ambient sensors and a fall-detecting pendant",
      "Escalation chain to families, volunteers, carers and emergency services",
      "Care dashboard to plan home visits by need",
      "Voice check-ins in local languages and dialects",
    ],
    outcomes: [
      "Cut time to help after a fall from hours to {m} minutes",
      "Supported {k} older people living alone",
      "Reduced emergency admissions of enrolled seniors by {pct}%",
    ],
    priceModels: ["subscription", "per-unit"],
    certifications: ["ISO 13485", "ISO 27001", "GDPR-compliant", "CE"],
    kinds: ["company", "startup", "university"],
    exact: ["elderly-remote-monitoring"],
    partial: ["ageing-in-place", "telehealth", "heat-health-warning"],
  },
  {
    key: "ageing-in-place-programme",
    domains: ["living-inclusion", "infrastructure-building"],
    sdgs: [3, 10, 11],
    tags: ["ageing in place", "home adaptation", "community care", "loneliness", "one-stop shop"],
    products: ["StayHome", "AgeWell", "HomeForLife", "GoldenNeighbour"],
    taglines: [
      "one-stop home adaptations and community care",
      "helping older people age in place",
      "age-friendly homes and neighbourhoods",
    ],
    summary:
      "{product} is a one-stop service for older people's home adaptations — assessment, grant, installer — combined with neighbourhood care networks against loneliness.",
    what: "{product} gives residents and social workers one digital front door: an occupational therapist assesses the home, the platform matches standard adaptation packages to vetted local installers and handles grants. Neighbourhood networks of volunteers, pharmacies and shops keep an eye on older residents.",
    features: [
      "Digital front door for assessments, grants and installers",
      "Standard adaptation packages with fixed prices",
      "Neighbourhood networks against loneliness",
      "Outcome tracking: falls, hospital stays, wellbeing",
    ],
    outcomes: [
      "Cut waiting time for adaptations by {pct}%",
      "Adapted {k} homes of older residents",
      "Connected {n} neighbourhood care networks",
    ],
    priceModels: ["project", "subscription", "other"],
    certifications: ["ISO 9001", "GDPR-compliant"],
    kinds: ["company", "startup", "association"],
    exact: ["ageing-in-place"],
    partial: ["elderly-remote-monitoring", "accessible-navigation"],
  },
  {
    key: "telehealth-kiosks",
    domains: ["living-inclusion", "enabling-technologies"],
    sdgs: [3, 10],
    tags: [
      "telemedicine",
      "teleconsultation",
      "primary care",
      "remote diagnostics",
      "health equity",
    ],
    products: ["CliniConnect", "TeleCare Point", "HealthBridge", "DocNear"],
    taglines: [
      "teleconsultation stations for neighbourhood clinics",
      "specialist care closer to home",
      "connected clinics and remote diagnostics",
    ],
    summary:
      "{product} equips neighbourhood clinics with teleconsultation stations and connected diagnostic devices, so patients see hospital specialists without travelling.",
    what: "Each {product} station has a high-definition camera, a connected stethoscope, ECG, otoscope and dermatoscope. Clinic nurses run the examination while the specialist joins remotely; results flow into the electronic health record and the referral system.",
    features: [
      "Teleconsultation station with connected diagnostic devices",
      "Integration with health records and referral systems",
      "Works on low-bandwidth connections",
      "Training for clinic nurses and community health workers",
    ],
    outcomes: [
      "Delivered {k} teleconsultations in the first year",
      "Cut average travel to specialists by {pct}%",
      "Connected {n} clinics to {m} hospitals",
    ],
    priceModels: ["subscription", "per-unit", "project"],
    certifications: ["ISO 13485", "ISO 27001", "HIPAA-compliant", "CE"],
    kinds: ["company", "startup"],
    exact: ["telehealth"],
    partial: ["elderly-remote-monitoring", "digital-inclusion"],
  },
  {
    key: "digital-skills-programme",
    domains: ["living-inclusion", "enabling-technologies", "governance"],
    sdgs: [4, 9, 10],
    tags: ["digital inclusion", "digital skills", "community Wi-Fi", "device refurbishment"],
    products: ["DigiBridge", "SkillsUp", "ConnectAll", "NetNeighbours"],
    taglines: [
      "digital skills and connectivity for every resident",
      "closing the digital divide",
      "community digital inclusion programme",
    ],
    summary:
      "{product} is a turnkey digital inclusion programme: skills curricula, volunteer digital champions, refurbished devices and community Wi-Fi for low-income neighbourhoods.",
    what: "{org} runs {product} with libraries and community centres: short courses for older people, job seekers and parents, a network of trained volunteer champions, refurbished laptops with data bundles and community Wi-Fi. A shared framework measures progress across all partners.",
    features: [
      "Curricula for older people, job seekers and parents",
      "Volunteer digital champion network",
      "Refurbished devices and social data tariffs",
      "Shared outcome framework for all partners",
    ],
    outcomes: [
      "Trained {k} residents in basic digital skills",
      "Got {pct}% of enrolled households online at home",
      "Set up {n} community Wi-Fi hotspots",
    ],
    priceModels: ["project", "open-source", "other"],
    certifications: ["ISO 9001"],
    kinds: ["association", "company", "university", "startup"],
    exact: ["digital-inclusion"],
    partial: ["digital-one-stop", "sme-digitalisation"],
  },
  {
    key: "accessible-wayfinding-app",
    domains: ["living-inclusion", "mobility", "enabling-technologies"],
    sdgs: [10, 11],
    tags: ["accessibility", "wayfinding", "disability", "step-free routes", "crowdsourcing"],
    products: ["StepFree", "OpenWay", "AccessMap", "RouteForAll"],
    taglines: [
      "accessible step-free navigation",
      "barrier mapping and accessible routing",
      "a city everyone can navigate",
    ],
    summary:
      "{product} maps accessibility barriers with residents and audits, shows live lift and escalator status and plans step-free routes for wheelchair users, blind people and parents with prams.",
    what: "{product} combines crowdsourced reports, professional audits and transit operators' live lift status into an accessibility layer. Its app plans routes by personal needs, and the city dashboard ranks barrier removals by how many journeys they unlock.",
    features: [
      "Crowdsourced and audited barrier mapping",
      "Routing by personal mobility profile",
      "Live lift and escalator status",
      "Barrier-removal prioritisation for the city",
    ],
    outcomes: [
      "Mapped {k} barriers with local disability groups",
      "{k} monthly users plan step-free journeys",
      "Fixed {n} priority barriers in {m} months",
    ],
    priceModels: ["subscription", "open-source", "license"],
    certifications: ["WCAG 2.1 AA", "EN 301 549", "GDPR-compliant"],
    kinds: ["company", "startup", "university"],
    exact: ["accessible-navigation"],
    partial: ["smart-tourism", "ageing-in-place"],
  },
  {
    key: "transit-signal-priority",
    domains: ["mobility", "enabling-technologies"],
    sdgs: [11, 13],
    tags: ["public transport", "bus priority", "adaptive signals", "GTFS-RT", "traffic control"],
    products: ["BusFirst", "GreenWave", "TransitFlow", "PrioLane"],
    taglines: [
      "transit signal priority and bus lane management",
      "faster, more reliable buses",
      "adaptive traffic signals for public transport",
    ],
    summary:
      "{product} gives buses priority at traffic signals, monitors bus lanes and publishes real-time passenger information, raising bus speeds and punctuality.",
    what: "{product} connects on-board vehicle locations with the traffic control centre and extends green phases for late buses. Cameras detect vehicles blocking bus lanes, and the platform publishes GTFS-RT feeds and before-and-after analytics of speed and reliability.",
    features: [
      "Conditional signal priority for late buses",
      "Bus lane monitoring with automatic alerts",
      "Real-time passenger information and GTFS-RT feeds",
      "Speed and reliability analytics per corridor",
    ],
    outcomes: [
      "Raised peak-hour bus speeds by {pct}% on {n} corridors",
      "Gave priority at {k} junctions",
      "Cut bus journey time variability by {pct}%",
    ],
    priceModels: ["license", "project", "subscription"],
    certifications: ["ISO 9001", "ISO 27001", "NTCIP compliant"],
    kinds: ["company"],
    exact: ["bus-priority"],
    partial: ["road-safety", "smart-parking"],
  },
  {
    key: "ev-charging-planning",
    domains: ["mobility", "energy-environment"],
    sdgs: [7, 11, 13],
    tags: ["EV charging", "electric vehicles", "site selection", "smart charging", "OCPP"],
    products: ["ChargeMap", "PlugPlan", "VoltPoint", "ChargeCity"],
    taglines: [
      "planning, building and running public EV charging",
      "fair, reliable public charging networks",
      "smart charging for cities",
    ],
    summary:
      "{product} plans, builds and operates public EV charging: demand modelling and site selection with the grid operator, concession models and smart charging on open standards.",
    what: "{product} models charging demand from vehicle registrations, housing types and taxi and delivery fleets, checks grid capacity with the utility and proposes sites. {org} installs and operates chargers under concession, with ad-hoc card payment, OCPP 2.0.1 and smart charging to flatten evening peaks.",
    features: [
      "Demand modelling and grid-aware site selection",
      "Concession and co-investment models",
      "OCPP 2.0.1 chargers with card payment",
      "Smart charging and vehicle-to-grid pilots",
    ],
    outcomes: [
      "Installed {k} public charging points",
      "Charger availability above 98% across {n} districts",
      "Shifted {pct}% of charging away from evening peaks",
    ],
    priceModels: ["revenue-share", "project", "subscription"],
    certifications: ["OCPP 2.0.1 certified", "IEC 61851", "ISO 15118", "CE"],
    kinds: ["company", "startup"],
    exact: ["ev-charging"],
    partial: ["microgrids", "smart-parking", "last-mile-logistics"],
  },
  {
    key: "micro-hub-logistics",
    domains: ["mobility", "industry-economy", "energy-environment"],
    sdgs: [9, 11, 13],
    tags: ["urban logistics", "micro-hubs", "cargo bikes", "last mile", "loading zones"],
    products: ["HubLoop", "CargoCity", "LastMile", "UrbanDrop"],
    taglines: [
      "shared micro-hubs and cargo-bike delivery",
      "zero-emission last-mile logistics",
      "cleaner, calmer city-centre deliveries",
    ],
    summary:
      "{product} runs shared micro-hubs where couriers drop parcels for the final kilometres by cargo bike and light electric vehicles, plus digital booking of loading zones.",
    what: "{org} converts under-used car parks and buildings into shared micro-hubs. Couriers consolidate deliveries there; cargo bikes and light electric vehicles do the last kilometres. A booking app manages loading zones, and couriers share anonymised data so the city can measure effects.",
    features: [
      "Shared, carrier-neutral micro-hubs",
      "Cargo-bike and light electric vehicle operations",
      "Digital booking and enforcement of loading zones",
      "Anonymised data sharing with the city",
    ],
    outcomes: [
      "Replaced {k} van trips a month with cargo bikes",
      "Cut delivery emissions in the centre by {pct}%",
      "Opened {n} micro-hubs",
    ],
    priceModels: ["per-unit", "subscription", "project"],
    certifications: ["ISO 14001", "ISO 9001"],
    kinds: ["company", "startup"],
    exact: ["last-mile-logistics"],
    partial: ["smart-parking", "low-altitude-economy"],
  },
  {
    key: "smart-parking-sensors",
    domains: ["mobility", "governance", "enabling-technologies"],
    sdgs: [11, 13],
    tags: ["parking", "curb management", "occupancy sensors", "dynamic pricing"],
    products: ["ParkPulse", "CurbIQ", "SpotSense", "KerbWise"],
    taglines: [
      "real-time parking and digital curb management",
      "end the hunt for parking",
      "demand-based parking pricing",
    ],
    summary:
      "{product} measures on-street parking occupancy in real time, supports demand-based pricing and app payment, and manages the curb digitally for deliveries, taxis and disabled parking.",
    what: "{product} combines in-ground and camera sensors with payment data to estimate occupancy on every block. The city sets prices and rules per curb segment; drivers see free spaces in their navigation app, and enforcement officers get prioritised patrol routes without storing personal data longer than needed.",
    features: [
      "Occupancy from sensors, cameras and payment data",
      "Demand-based pricing engine",
      "Digital curb inventory and rules",
      "Privacy-respecting enforcement routing",
    ],
    outcomes: [
      "Cut cruising for parking by {pct}%",
      "Raised parking compliance to {pct}% above baseline",
      "Managed {k} on-street spaces digitally",
    ],
    priceModels: ["subscription", "revenue-share", "per-unit"],
    certifications: ["ISO 27001", "GDPR-compliant", "CE"],
    kinds: ["company", "startup"],
    exact: ["smart-parking"],
    partial: ["last-mile-logistics", "ev-charging", "iot-network"],
  },
  {
    key: "road-safety-analytics",
    domains: ["mobility", "safety-resilience", "enabling-technologies"],
    sdgs: [3, 11],
    tags: [
      "road safety",
      "Vision Zero",
      "near-miss detection",
      "computer vision",
      "speed management",
    ],
    products: ["SafeRoads", "NearMiss", "ZeroVision", "CrashLens"],
    taglines: [
      "near-miss analytics for Vision Zero",
      "find and fix dangerous junctions",
      "road safety analytics from video",
    ],
    summary:
      "{product} detects near misses and speeding from existing traffic cameras, combines them with crash and hospital data and tells engineers which junctions to fix first and how.",
    what: "{product} runs computer vision at the edge on existing cameras to count conflicts between vehicles, cyclists and pedestrians without storing images. A risk model combines near misses, crashes and hospital data, and a design library suggests quick-build fixes whose effects are measured before and after.",
    features: [
      "Edge video analytics without storing images",
      "Near-miss and speed detection at junctions",
      "Risk ranking combining crashes and hospital data",
      "Quick-build design library and evaluation",
    ],
    outcomes: [
      "Cut serious injuries at treated junctions by {pct}%",
      "Analysed {n} high-risk junctions",
      "Reduced speeding in school zones by {pct}%",
    ],
    priceModels: ["subscription", "project"],
    certifications: ["ISO 27001", "GDPR-compliant", "ISO 39001"],
    kinds: ["company", "startup", "university"],
    exact: ["road-safety"],
    partial: ["bus-priority", "safer-streets-night"],
  },
  {
    key: "open-data-portal",
    domains: ["governance", "enabling-technologies"],
    sdgs: [9, 16, 17],
    tags: ["open data", "APIs", "DCAT", "data governance", "transparency"],
    products: ["OpenCity Data", "DataCommons", "CivicAPI", "PortalX"],
    taglines: [
      "an open data portal with APIs and governance",
      "publish city data once, reuse everywhere",
      "open data as a service",
    ],
    summary:
      "{product} is an open data platform with APIs, DCAT metadata and automated publishing pipelines, delivered with a data governance model and community engagement.",
    what: "{product} harvests data from source systems through automated pipelines, checks quality rules and publishes datasets with DCAT-AP metadata, open licences and REST and bulk APIs. {org} helps the city appoint data owners and runs hackathons and training with developers and universities.",
    features: [
      "Automated pipelines from source systems",
      "DCAT-AP metadata, open licences and usage statistics",
      "REST, GraphQL and bulk download APIs",
      "Data governance model and community engagement",
    ],
    outcomes: [
      "Published {k} datasets through APIs",
      "Served {k} API calls a month",
      "Cut information requests by {pct}%",
    ],
    priceModels: ["open-source", "subscription", "project"],
    certifications: CITY_DATA_CERTS,
    kinds: ["company", "startup", "association", "university"],
    exact: ["open-data-platform"],
    partial: ["data-trust", "algorithm-register", "iot-network"],
  },
  {
    key: "data-trust-framework",
    domains: ["governance", "enabling-technologies"],
    sdgs: [9, 16, 17],
    tags: [
      "data governance",
      "data trust",
      "privacy-enhancing technologies",
      "data sharing",
      "data licensing",
    ],
    products: ["TrustBridge", "DataCovenant", "FairShare Data", "CivicVault"],
    taglines: [
      "a data trust for urban data sharing",
      "legal and technical data-sharing framework",
      "privacy-preserving data collaboration",
    ],
    summary:
      "{product} sets up trusted data sharing between a city, utilities and operators: governance and legal templates plus privacy-enhancing technology such as secure enclaves and differential privacy.",
    what: "{org} designs the trust's governance — purposes, board, oversight, value sharing — with standard agreements and a request workflow. {product} then lets analysts run approved queries on partners' data in secure enclaves, releasing only aggregated, privacy-protected results.",
    features: [
      "Governance design and standard data-sharing agreements",
      "Request and approval workflow with public register",
      "Secure enclaves, aggregation and differential privacy",
      "Independent oversight and transparency reporting",
    ],
    outcomes: [
      "Signed {n} data-sharing agreements in {m} months",
      "Cut approval time for data requests by {pct}%",
      "Connected {n} utilities and operators",
    ],
    priceModels: ["project", "subscription", "license"],
    certifications: ["ISO 27001", "ISO 27701", "GDPR-compliant"],
    kinds: ["company", "university", "association"],
    exact: ["data-trust"],
    partial: ["open-data-platform", "algorithm-register", "urban-digital-twin"],
  },
  {
    key: "citizen-services-portal",
    domains: ["governance", "enabling-technologies"],
    sdgs: [9, 10, 16],
    tags: ["e-government", "digital services", "digital identity", "once-only", "low-code"],
    products: ["CitizenOne", "GovFlow", "OneCounter", "CivicDesk"],
    taglines: [
      "one digital front door for public services",
      "end-to-end digital public services",
      "once-only digital government",
    ],
    summary:
      "{product} is a citizen and business portal with single sign-on, once-only data exchange between departments and a low-code platform to redesign services end to end.",
    what: "{product} gives residents one login with national digital identity, pre-fills forms from data the administration already holds and routes requests to back-office workflows built on a low-code platform. Assisted channels in libraries and service centres help people who cannot go online alone.",
    features: [
      "Single sign-on with national digital identity",
      "Once-only data exchange between departments",
      "Low-code service redesign and workflow engine",
      "Assisted digital channels",
    ],
    outcomes: [
      "Moved {n} services fully online",
      "Cut permit processing time by {pct}%",
      "Served {k} residents a month online",
    ],
    priceModels: ["subscription", "license", "project"],
    certifications: ["ISO 27001", "SOC 2 Type II", "WCAG 2.1 AA", "GDPR-compliant"],
    kinds: ["company"],
    exact: ["digital-one-stop"],
    partial: ["participatory-budgeting", "digital-inclusion", "open-data-platform"],
  },
  {
    key: "participation-platform",
    domains: ["governance", "living-inclusion"],
    sdgs: [10, 11, 16],
    tags: ["participation", "participatory budgeting", "civic tech", "open source", "deliberation"],
    products: ["VoiceCity", "Ágora", "CivicCircle", "TownSquare"],
    taglines: [
      "open-source participatory budgeting and consultation",
      "citizen participation for everyone",
      "from proposals to delivered projects",
    ],
    summary:
      "{product} is an open-source citizen participation platform for participatory budgeting, consultations and deliberation, with outreach tools for under-represented groups.",
    what: "{product} supports the full cycle: proposals, deliberation, feasibility review, secure voting and project tracking to delivery. {org} trains city staff and runs outreach in person and by mobile so that young people and low-income neighbourhoods take part.",
    features: [
      "Proposals, deliberation and secure voting",
      "Project tracking from vote to delivery",
      "Accessible, multilingual interface",
      "Outreach toolkit for under-represented groups",
    ],
    outcomes: [
      "Tripled participation to {pct}% of adults",
      "Collected {k} proposals from residents",
      "Delivered {n} resident-chosen projects",
    ],
    priceModels: ["open-source", "subscription", "project"],
    certifications: ["WCAG 2.1 AA", "GDPR-compliant", "ISO 27001"],
    kinds: ["company", "startup", "association"],
    exact: ["participatory-budgeting"],
    partial: ["digital-one-stop", "safer-streets-night"],
  },
  {
    key: "algorithm-audit",
    domains: ["governance", "enabling-technologies"],
    sdgs: [10, 16],
    tags: ["AI governance", "algorithm register", "bias testing", "audit", "responsible AI"],
    products: ["AlgoRegister", "FairAudit", "ClearBox", "AI Ledger"],
    taglines: [
      "algorithm registers and independent AI audits",
      "responsible AI for public services",
      "transparent automated decisions",
    ],
    summary:
      "{product} helps cities inventory their algorithms, publish a public register, assess risks and bias, and audit high-risk systems independently.",
    what: "{org} inventories algorithmic systems across departments, documents them in a standard public register and applies risk and impact assessments with bias testing. High-risk systems get an independent audit, and procurement clauses and training keep new systems compliant.",
    features: [
      "Inventory and public algorithm register",
      "Risk, impact and bias assessment methods",
      "Independent audits of high-risk systems",
      "Procurement clauses and staff training",
    ],
    outcomes: [
      "Documented {n} algorithms in a public register",
      "Audited {n} high-risk systems",
      "Trained {k} public servants in responsible AI",
    ],
    priceModels: ["project", "subscription", "open-source"],
    certifications: ["ISO/IEC 42001", "ISO 27001", "GDPR-compliant"],
    kinds: ["company", "university", "association"],
    exact: ["algorithm-register"],
    partial: ["data-trust", "open-data-platform"],
  },
  {
    key: "city-digital-twin-platform",
    domains: ["enabling-technologies", "infrastructure-building", "governance"],
    sdgs: [9, 11],
    tags: ["digital twin", "3D city model", "CityGML", "simulation", "urban planning"],
    products: ["TwinCity", "UrbanMirror", "CityVerse", "MetroTwin"],
    taglines: [
      "a city-wide digital twin for planning and operations",
      "3D city models with live data and simulation",
      "test plans before you build",
    ],
    summary:
      "{product} is a city-wide digital twin platform on open standards that brings 3D buildings, networks, mobility, environment and live sensor data together with simulation models.",
    what: "{product} ingests CityGML, BIM, GIS and IoT data into one 3D model served as 3D Tiles. Planners test developments against flood, heat, wind, traffic and energy simulations, and consultation views let residents explore proposals in the browser.",
    features: [
      "Open standards: CityGML, 3D Tiles, IFC, NGSI-LD",
      "Live sensor feeds and simulation plug-ins",
      "Scenario comparison for planners",
      "Browser-based public consultation views",
    ],
    outcomes: [
      "Integrated {n} datasets from {m} departments",
      "Cut development assessment time by {pct}%",
      "{k} residents viewed plans in 3D during consultation",
    ],
    priceModels: ["license", "subscription", "project"],
    certifications: ["ISO 19650", "ISO 27001", "ISO 37120"],
    kinds: ["company", "university", "startup"],
    exact: ["urban-digital-twin"],
    partial: [
      "heritage-digital-twin",
      "flood-early-warning",
      "stormwater-drainage",
      "bridge-monitoring",
    ],
  },
  {
    key: "lorawan-city-network",
    domains: ["enabling-technologies", "governance"],
    sdgs: [9, 11],
    tags: ["IoT", "LoRaWAN", "NB-IoT", "sensor platform", "device management"],
    products: ["CityMesh", "LoRaCity", "SenseNet", "CivicIoT"],
    taglines: [
      "shared city-wide IoT connectivity and platform",
      "one network for every municipal sensor",
      "open IoT platform for cities",
    ],
    summary:
      "{product} provides city-wide LoRaWAN coverage and an open IoT platform that connects sensors from any vendor and makes their data available through standard APIs.",
    what: "{org} deploys gateways on municipal buildings and poles for city-wide LoRaWAN coverage and integrates NB-IoT and 5G where needed. The {product} platform handles device management, security and data normalisation to NGSI-LD, and migrates existing proprietary networks.",
    features: [
      "City-wide LoRaWAN coverage, NB-IoT and 5G integration",
      "Vendor-neutral device management and security",
      "Data normalisation to NGSI-LD and MQTT APIs",
      "Migration of existing proprietary networks",
    ],
    outcomes: [
      "Connected {k} sensors from {n} vendors",
      "Cut connectivity cost per sensor by {pct}%",
      "Retired {m} proprietary sensor networks",
    ],
    priceModels: ["subscription", "project", "per-unit"],
    certifications: ["ISO 27001", "IEC 62443", "LoRaWAN certified"],
    kinds: ["company"],
    exact: ["iot-network"],
    partial: [
      "water-leakage",
      "air-quality",
      "smart-parking",
      "waste-collection",
      "smart-street-lighting",
    ],
  },
  {
    key: "tourism-flow-analytics",
    domains: ["industry-economy", "mobility", "enabling-technologies"],
    sdgs: [8, 11, 12],
    tags: ["tourism", "visitor flows", "crowd management", "destination management", "mobile data"],
    products: ["VisitFlow", "CrowdCompass", "TourPulse", "DestiSense"],
    taglines: [
      "real-time visitor flow analytics for destinations",
      "spread visitors, keep neighbourhoods liveable",
      "smart destination management",
    ],
    summary:
      "{product} measures visitor flows anonymously in real time, forecasts crowding and nudges visitors to less busy places and times through apps and signage.",
    what: "{product} fuses anonymous counters, aggregated mobile data and ticketing into live crowding maps and 72-hour forecasts. It feeds visitor apps and digital signage with suggestions, and shares indicators on tourism's effects with the sector and residents.",
    features: [
      "Anonymous visitor counting and mobile data fusion",
      "Crowding forecasts up to 72 hours ahead",
      "Visitor nudges through apps and signage",
      "Indicator dashboards for the sector and residents",
    ],
    outcomes: [
      "Cut peak crowding at top sights by {pct}%",
      "Raised visits to lesser-known districts by {pct}%",
      "Tracked {k} visitors a day across {n} hotspots",
    ],
    priceModels: ["subscription", "license"],
    certifications: ["ISO 27001", "GDPR-compliant", "ISO 37120"],
    kinds: ["company", "startup"],
    exact: ["smart-tourism"],
    partial: ["heritage-digital-twin", "sme-digitalisation"],
  },
  {
    key: "sme-digital-marketplace",
    domains: ["industry-economy", "enabling-technologies", "living-inclusion"],
    sdgs: [8, 9],
    tags: ["SMEs", "e-commerce", "digital payments", "local markets", "digital skills"],
    products: ["MarketLink", "LocalLoop", "ShopStreet", "BazaarOS"],
    taglines: [
      "digital tools and a fair marketplace for small businesses",
      "bringing local markets online",
      "digital payments for micro-enterprises",
    ],
    summary:
      "{product} gives micro and small businesses a low-cost bundle — payments, online shop, bookkeeping — plus a city marketplace with fair terms and hands-on coaching.",
    what: "{product} bundles QR and card payments, a simple online shop and bookkeeping in one app that works on basic smartphones. A neighbourhood marketplace lists local businesses with low fees, and digital coaches visit shops and market stalls to set them up.",
    features: [
      "Payments, online shop and bookkeeping in one app",
      "City or neighbourhood marketplace with fair fees",
      "Digital coaches for business owners",
      "Anonymised local economic indicators for the city",
    ],
    outcomes: [
      "Brought {k} small businesses online",
      "Raised digital payment share in markets by {pct}%",
      "Onboarded {n} municipal markets",
    ],
    priceModels: ["subscription", "revenue-share", "other"],
    certifications: ["PCI DSS", "ISO 27001"],
    kinds: ["company", "startup", "association"],
    exact: ["sme-digitalisation"],
    partial: ["smart-tourism", "digital-inclusion"],
  },
  {
    key: "living-lab-testbed",
    domains: ["industry-economy", "enabling-technologies", "governance"],
    sdgs: [8, 9, 17],
    tags: ["living lab", "testbed", "innovation procurement", "startups", "pilots"],
    products: ["TestBed City", "PilotPlace", "UrbanLab", "LaunchStreet"],
    taglines: [
      "operating urban living labs and pilot programmes",
      "from pilot to procurement",
      "a testbed for urban innovation",
    ],
    summary:
      "{product} operates urban testbeds: challenge-based pilot programmes with fast permits, data access, evaluation and a path to innovation procurement.",
    what: "{org} runs {product} for cities: it turns city challenges into open calls, selects startups and companies, arranges permits and data access in the test zone, involves resident panels and evaluates each pilot against agreed criteria. Successful pilots move to pre-commercial procurement or innovation partnerships.",
    features: [
      "Challenge-based open calls",
      "Fast-track permits and data access in the test zone",
      "Resident panels and ethics review",
      "Evaluation and innovation procurement support",
    ],
    outcomes: [
      "Ran {n} pilots in {m} years",
      "Converted {pct}% of pilots into contracts",
      "Attracted {n} startups to the innovation district",
    ],
    priceModels: ["project", "other"],
    certifications: ["ISO 56002", "ISO 9001"],
    kinds: ["association", "university", "company"],
    exact: ["innovation-testbed"],
    partial: ["low-altitude-economy", "sme-digitalisation", "open-data-platform"],
  },
  {
    key: "drone-operations-platform",
    domains: ["industry-economy", "mobility", "safety-resilience"],
    sdgs: [3, 9, 11],
    tags: ["drones", "UTM", "low-altitude economy", "medical delivery", "inspection"],
    products: ["SkyRoute", "AeroGrid", "LowSky", "DroneLane"],
    taglines: [
      "drone traffic management and urban drone services",
      "safe low-altitude airspace for cities",
      "medical drone delivery and inspection",
    ],
    summary:
      "{product} is an unmanned traffic management platform and drone service for cities: route and vertiport planning, medical deliveries, infrastructure inspection and a public flight register.",
    what: "{product} connects operators, aviation authorities and the city in one low-altitude airspace picture, approves flights along planned routes and publishes them in a public register. {org} also operates medical delivery and inspection flights, with noise and privacy assessments for each route.",
    features: [
      "Unmanned traffic management (UTM) linked to aviation authorities",
      "Route and vertiport planning with noise assessment",
      "Medical delivery and inspection services",
      "Public flight register",
    ],
    outcomes: [
      "Flew {k} medical deliveries between {n} hospitals",
      "Cut urgent sample delivery time by {pct}%",
      "Opened {n} approved drone routes",
    ],
    priceModels: ["subscription", "per-unit", "project"],
    certifications: ["ISO 9001", "ISO 27001", "EASA SORA compliant"],
    kinds: ["company", "startup"],
    exact: ["low-altitude-economy"],
    partial: ["last-mile-logistics", "bridge-monitoring", "emergency-coordination"],
  },
];

export type RelationGrade = "exact" | "partial";
export interface TemplateRelation {
  problem: string;
  offer: string;
  grade: RelationGrade;
}

/**
 * Which offer templates answer which problem templates: "exact" fully answers the
 * problem, "partial" helps with part of it. Everything else is irrelevant. Matchmaking is
 * judged against this: a solution is relevant to a challenge as far as their templates
 * relate (see `provenance`).
 */
export const TEMPLATE_RELATIONS: readonly TemplateRelation[] = OFFER_TEMPLATES.flatMap((offer) => [
  ...offer.exact.map((problem) => ({ problem, offer: offer.key, grade: "exact" as const })),
  ...offer.partial.map((problem) => ({ problem, offer: offer.key, grade: "partial" as const })),
]);

const RELATION_INDEX = new Map(
  TEMPLATE_RELATIONS.map((relation) => [`${relation.problem}|${relation.offer}`, relation.grade]),
);

/** The relevance of an offer template to a problem template, or null when unrelated. */
export function templateRelation(problemKey: string, offerKey: string): RelationGrade | null {
  return RELATION_INDEX.get(`${problemKey}|${offerKey}`) ?? null;
}

// ---------------------------------------------------------------------------------------
// Generation helpers

/** Enough for every demo city to publish two to four challenges, and more for big ones. */
const CHALLENGE_TARGET = 330;
const SOLUTION_TARGET = 440;
const CASE_TARGET = 140;
const MAX_CASES_PER_CITY = 3;
const MAX_CASES_PER_TEMPLATE = 8;

/** The seeds' first Shanghai list: 69 cooperative project demands from 15 countries. */
export const SHANGHAI_LIST = {
  eventSlug: "shanghai-2026",
  size: 69,
  countries: 15,
  publishedOn: "2026-09-02",
  // Countries whose speakers the seeds quote; they lead the list when they have demands.
  preferredCountries: ["CN", "ES", "MY", "NZ", "TH", "IT"],
} as const;
/** The seeds' collaboration list: released together with 16 international cities. */
export const BARCELONA_LIST = { eventSlug: "barcelona-2026", cities: 16 } as const;
const LIST_PRIORITY_AREAS: readonly AreaCode[] = [
  "governance",
  "energy-environment",
  "infrastructure-building",
];

const STAGE_WEIGHTS: readonly (readonly [ProcurementStage, number])[] = [
  ["idea", 20],
  ["scoping", 30],
  ["funded", 15],
  ["tender-open", 25],
  ["awarded", 10],
];

function weightedPick<T>(
  random: Random,
  items: readonly T[],
  weight: (item: T) => number,
): T | undefined {
  const weights = items.map((item) => Math.max(0, weight(item)));
  const total = weights.reduce((sum, value) => sum + value, 0);
  if (total <= 0) return undefined;
  let ticket = random.next() * total;
  for (const [index, item] of items.entries()) {
    const value = weights[index] ?? 0;
    if (value <= 0) continue;
    ticket -= value;
    if (ticket < 0) return item;
  }
  // Rounding can leave a sliver of the ticket: fall back to the last eligible item.
  for (let index = items.length - 1; index >= 0; index--) {
    if ((weights[index] ?? 0) > 0) return items[index];
  }
  return undefined;
}

/** k distinct items drawn by weight, in draw order; fewer when too few have weight. */
function weightedSample<T>(
  random: Random,
  items: readonly T[],
  k: number,
  weight: (item: T) => number,
): T[] {
  const chosen: T[] = [];
  while (chosen.length < k) {
    const item = weightedPick(
      random,
      items.filter((candidate) => !chosen.includes(candidate)),
      weight,
    );
    if (item === undefined) break;
    chosen.push(item);
  }
  return chosen;
}

/** A sample that keeps the input order, for tags and KPIs whose order means something. */
function orderedSample<T>(random: Random, items: readonly T[], k: number): T[] {
  const picked = new Set(random.sample([...items.keys()], Math.min(k, items.length)));
  return items.filter((_item, index) => picked.has(index));
}

function uniform(random: Random, range: Range): number {
  return range[0] + random.next() * (range[1] - range[0]);
}

const EPOCH_2026 = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;

function dayOf(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH_2026) / DAY_MS);
}

function isoFromDay(day: number): string {
  return new Date(EPOCH_2026 + day * DAY_MS).toISOString().slice(0, 10);
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Unique slugs per table: "base", "base-2", "base-3"… */
function uniqueSlug(taken: Set<string>, text: string, fallback: string): string {
  const root = slugify(text.replace(/['’]/g, "")) || slugify(fallback) || "item";
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? root : `${root}-${attempt}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

function bullets(lines: readonly string[]): string {
  return lines.map((line) => `- ${line}`).join("\n");
}

function cap(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function formatKpiValue(value: number, unit: string): string {
  const number = Number.isInteger(value) ? formatNumber(value, "en") : String(value);
  return unit.startsWith("%") ? `${number}${unit}` : `${number} ${unit}`;
}

interface DescriptionLabels {
  context: string;
  challenge: string;
  baseline: string;
  asks: string;
  practical: string;
  budget: string;
  noBudget: string;
  stage: string;
  timeline: (startsOn: string, deadline: string) => string;
  timelineLabel: string;
  partners: string;
  contact: string;
  separator: string;
}

const DESCRIPTION_LABELS: Readonly<Record<ChallengeLanguage, DescriptionLabels>> = {
  en: {
    context: "Context",
    challenge: "The challenge",
    baseline: "Where we stand today",
    asks: "What we are looking for",
    practical: "Practical details",
    budget: "Budget",
    noBudget: "to be defined with the selected partner",
    stage: "Stage",
    timelineLabel: "Timeline",
    timeline: (startsOn, deadline) => `open from ${startsOn}, proposals by ${deadline}`,
    partners: "Preferred partners",
    contact: "Contact",
    separator: ", ",
  },
  es: {
    context: "Contexto",
    challenge: "El reto",
    baseline: "Situación actual",
    asks: "Qué buscamos",
    practical: "Detalles prácticos",
    budget: "Presupuesto",
    noBudget: "a definir con el socio seleccionado",
    stage: "Fase",
    timelineLabel: "Calendario",
    timeline: (startsOn, deadline) =>
      `abierto desde el ${startsOn}, propuestas hasta el ${deadline}`,
    partners: "Socios preferidos",
    contact: "Contacto",
    separator: ", ",
  },
  zh: {
    context: "背景",
    challenge: "挑战",
    baseline: "现状",
    asks: "合作需求",
    practical: "项目信息",
    budget: "预算",
    noBudget: "与合作方共同确定",
    stage: "阶段",
    timelineLabel: "时间安排",
    timeline: (startsOn, deadline) => `${startsOn}起征集，${deadline}前提交方案`,
    partners: "优先合作方",
    contact: "联系人",
    separator: "、",
  },
};

const STAGE_LABELS: Readonly<Record<ChallengeLanguage, Record<ProcurementStage, string>>> = {
  en: {
    idea: "idea",
    scoping: "scoping",
    funded: "funded",
    "tender-open": "tender open",
    awarded: "awarded",
  },
  es: {
    idea: "idea",
    scoping: "definición",
    funded: "con financiación",
    "tender-open": "licitación abierta",
    awarded: "adjudicado",
  },
  zh: {
    idea: "构想",
    scoping: "方案论证",
    funded: "已落实资金",
    "tender-open": "招标中",
    awarded: "已中标",
  },
};

const KIND_LABELS: Readonly<Record<ChallengeLanguage, Record<OrganizationKind, string>>> = {
  en: {
    "city-government": "city governments",
    company: "companies",
    startup: "startups",
    university: "universities",
    investor: "investors",
    association: "associations",
    "international-organization": "international organizations",
  },
  es: {
    "city-government": "gobiernos locales",
    company: "empresas",
    startup: "startups",
    university: "universidades",
    investor: "inversores",
    association: "asociaciones",
    "international-organization": "organismos internacionales",
  },
  zh: {
    "city-government": "城市政府",
    company: "企业",
    startup: "初创企业",
    university: "高校",
    investor: "投资机构",
    association: "行业协会",
    "international-organization": "国际组织",
  },
};

const TRL_LABELS: readonly string[] = [
  "",
  "basic principles observed",
  "technology concept formulated",
  "experimental proof of concept",
  "technology validated in the lab",
  "technology validated in a relevant environment",
  "technology demonstrated in a relevant environment",
  "system prototype demonstrated in an operational environment",
  "system complete and qualified",
  "system proven in operational environments",
];

const CONTINENT_NAMES: Readonly<Record<Continent, string>> = {
  AF: "Africa",
  AN: "Antarctica",
  AS: "Asia",
  EU: "Europe",
  NA: "North America",
  OC: "Oceania",
  SA: "South America",
};

// ---------------------------------------------------------------------------------------
// Generation

interface Context {
  base: DemoData;
  stream: (label: string) => Random;
  idFor: (key: string) => string;
  organizationsById: ReadonlyMap<string, DemoOrganization>;
  peopleByOrganization: ReadonlyMap<string, readonly DemoPerson[]>;
  profiles: readonly CityProfile[];
  profileByCityId: ReadonlyMap<string, CityProfile>;
  continentByCountry: ReadonlyMap<string, Continent>;
}

function budgetFor(
  random: Random,
  template: ProblemTemplate,
  city: DemoCity,
): { min: number; max: number; currency: string } {
  const scale = Math.min(1.6, Math.max(0.5, Math.sqrt(city.population / 3_000_000)));
  const [currency, perUsd] = currencyFor(city.country, random);
  const [low, high] = template.budgetUsd;
  const minUsd = (low + random.next() * (high - low) * 0.5) * scale;
  const min = roundBudget(minUsd * perUsd);
  const max = Math.max(min, roundBudget(min * (1.4 + random.next() * 2.1)));
  return { min, max, currency };
}

interface ChallengeDraft {
  row: MarketplaceChallenge;
  template: ProblemTemplate;
  city: DemoCity;
}

function planChallengeCounts(
  random: Random,
  profiles: readonly CityProfile[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { city } of profiles) {
    const population = city.population;
    counts.set(
      city.id,
      population >= 5_000_000
        ? random.int(3, 4)
        : population >= 1_000_000
          ? random.int(2, 4)
          : random.int(2, 3),
    );
  }
  let total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const bySize = [...profiles].sort((a, b) => b.city.population - a.city.population);
  for (let index = 0; total < CHALLENGE_TARGET && index < bySize.length * 3; index++) {
    const city = bySize[index % bySize.length]?.city;
    if (!city) break;
    const count = counts.get(city.id) ?? 0;
    if (count < 5) {
      counts.set(city.id, count + 1);
      total++;
    }
  }
  return counts;
}

function buildChallenges(ctx: Context): ChallengeDraft[] {
  const counts = planChallengeCounts(ctx.stream("challenge-counts"), ctx.profiles);
  const slugs = new Set<string>();
  const drafts: ChallengeDraft[] = [];
  for (const profile of ctx.profiles) {
    const { city } = profile;
    const random = ctx.stream(`challenges:${city.slug}`);
    const government = ctx.organizationsById.get(city.organizationId);
    if (government?.kind !== "city-government") {
      throw new Error(`city ${city.slug} has no city government`);
    }
    const officials = ctx.peopleByOrganization.get(government.id) ?? [];
    const spanish = SPANISH_SPEAKING.has(city.country);
    // Spanish-speaking cities lean towards the templates they can write in Spanish.
    const fit = (template: ProblemTemplate): number =>
      template.fit(profile) * (spanish && template.es ? 1.4 : 1);
    const chosen: ProblemTemplate[] = [];
    // Chinese cities publish some challenges in Chinese, so search must handle CJK text.
    const chinese = city.country === "CN" && CHINESE_CITY_NAMES[city.name] !== undefined;
    const leadInChinese = chinese && random.chance(0.6);
    if (leadInChinese) {
      const first = weightedPick(
        random,
        PROBLEM_TEMPLATES.filter((template) => template.zh),
        fit,
      );
      if (first) chosen.push(first);
    }
    chosen.push(
      ...weightedSample(
        random,
        PROBLEM_TEMPLATES.filter((template) => !chosen.includes(template)),
        (counts.get(city.id) ?? 2) - chosen.length,
        fit,
      ),
    );

    for (const [index, template] of chosen.entries()) {
      const language: ChallengeLanguage =
        chinese && template.zh && ((index === 0 && leadInChinese) || random.chance(0.2))
          ? "zh"
          : spanish && template.es && random.chance(0.7)
            ? "es"
            : "en";
      const text =
        (language === "zh" ? template.zh : language === "es" ? template.es : template.en) ??
        template.en;
      const facts = template.facts(random, profile);
      const vars: Vars = {
        ...facts,
        city: language === "zh" ? (CHINESE_CITY_NAMES[city.name] ?? city.name) : city.name,
        population: formatPopulation(city.population, language),
        country: profile.countryName,
      };
      const title = capitalize(fill(random.pick(text.titles), vars, language));

      const draft = random.next() < 0.04;
      const visibility: Visibility = draft ? "draft" : random.next() < 0.065 ? "members" : "public";
      const stage: ProcurementStage = draft
        ? random.pick(["idea", "scoping"] as const)
        : (weightedPick(random, STAGE_WEIGHTS, ([, weight]) => weight)?.[0] ?? "scoping");
      const status: ChallengeStatus = draft
        ? "open"
        : stage === "awarded"
          ? random.chance(0.6)
            ? "matched"
            : "closed"
          : stage === "tender-open"
            ? random.chance(0.7)
              ? "open"
              : "in-talks"
            : random.chance(0.03)
              ? "closed"
              : random.chance(0.15)
                ? "in-talks"
                : "open";
      const hasBudget = stage === "idea" ? random.chance(0.5) : random.chance(0.92);
      const budget = hasBudget ? budgetFor(random, template, city) : null;
      const startDay = stage === "awarded" ? random.int(0, 240) : random.int(30, 540);
      const startsOn = isoFromDay(startDay);
      const deadline = isoFromDay(Math.min(dayOf("2027-12-31"), startDay + random.int(21, 300)));
      const partnerKinds = orderedSample(
        random,
        template.partnerKinds,
        random.int(1, Math.min(3, template.partnerKinds.length)),
      );
      if (!partnerKinds.includes("investor") && random.chance(0.15)) partnerKinds.push("investor");
      const contact = officials.length > 0 ? random.pick(officials) : undefined;

      const labels = DESCRIPTION_LABELS[language];
      const practical = [
        `**${labels.budget}:** ${
          budget
            ? `${formatMoney(budget.min, budget.currency, language)} – ${formatMoney(budget.max, budget.currency, language)}`
            : labels.noBudget
        }`,
        `**${labels.stage}:** ${STAGE_LABELS[language][stage]}`,
        `**${labels.timelineLabel}:** ${labels.timeline(startsOn, deadline)}`,
        `**${labels.partners}:** ${partnerKinds.map((kind) => KIND_LABELS[language][kind]).join(labels.separator)}`,
        ...(contact ? [`**${labels.contact}:** ${contact.name}, ${contact.title ?? ""}`] : []),
      ];
      const sections = [
        `## ${labels.context}\n\n${fill(text.context, vars, language)}`,
        `## ${labels.challenge}\n\n${fill(text.problem, vars, language)}`,
        `## ${labels.baseline}\n\n${bullets(text.baseline.map((line) => fill(line, vars, language)))}`,
        `## ${labels.asks}\n\n${bullets(text.asks.map((line) => fill(line, vars, language)))}`,
        ...(language === "en"
          ? [
              `## How we will measure success\n\n${bullets(
                template.kpis.map((kpi) => `${kpi.metric} (${kpi.unit})`),
              )}`,
            ]
          : []),
        `## ${labels.practical}\n\n${bullets(practical)}`,
      ];

      const slug =
        language === "zh"
          ? uniqueSlug(slugs, `${template.key}-${city.slug}`, template.key)
          : uniqueSlug(slugs, title, `${template.key}-${city.slug}`);
      drafts.push({
        template,
        city,
        row: {
          id: ctx.idFor(`challenge:${city.slug}:${template.key}`),
          slug,
          organizationId: government.id,
          title: cap(title, 200),
          summary: cap(fill(text.summary, vars, language), 600),
          description: cap(sections.join("\n\n"), 8000),
          domains: [...template.domains],
          sdgs: [...template.sdgs],
          tags: orderedSample(
            random,
            template.tags,
            random.int(3, Math.min(5, template.tags.length)),
          ),
          budgetMin: budget ? decimalString(budget.min) : null,
          budgetMax: budget ? decimalString(budget.max) : null,
          currency: budget ? budget.currency : null,
          stage,
          startsOn,
          deadline,
          preferredPartnerKinds: partnerKinds,
          language,
          contactPersonId: contact?.id ?? null,
          visibility,
          status,
          version: 1,
          createdById: contact?.id ?? null,
        },
      });
    }
  }
  return drafts;
}

interface SolutionDraft {
  row: MarketplaceSolution;
  offer: OfferTemplate;
  organization: DemoOrganization;
}

interface DeploymentDraft {
  row: MarketplaceSolutionDeployment;
  solution: SolutionDraft;
  city: DemoCity;
}

function isProviderKind(kind: OrganizationKind): kind is ProviderKind {
  return (PROVIDER_KINDS as readonly string[]).includes(kind);
}

/** How well an offer's home domains fit an organization's profile. */
function affinity(organization: DemoOrganization, offer: OfferTemplate): number {
  // An organization's first domain is the one its name was drawn from ("… Mobility").
  const home = organization.domains[0];
  const primary = offer.domains[0];
  if (home !== undefined && home === primary) return 8;
  if (home !== undefined && offer.domains.includes(home)) return 4;
  if (primary !== undefined && organization.domains.includes(primary)) return 2;
  if (offer.domains.some((domain) => organization.domains.includes(domain))) return 1;
  return 0.1;
}

/** Media outlets are stored as companies, but they report on solutions, not sell them. */
function isMediaOutlet(organization: DemoOrganization): boolean {
  return /\bmedia outlet\b/i.test(organization.description);
}

/** How likely an offer is to be deployed in a city: as likely as the problems it solves. */
function offerFit(offer: OfferTemplate, profile: CityProfile): number {
  const fits = PROBLEM_TEMPLATES.filter((problem) => offer.exact.includes(problem.key)).map(
    (problem) => problem.fit(profile),
  );
  return Math.max(0, ...fits);
}

function assignOffers(
  random: Random,
  providers: readonly DemoOrganization[],
): Map<string, OfferTemplate[]> {
  const capacity = new Map<string, number>();
  for (const organization of providers) {
    const count =
      organization.kind === "company"
        ? random.int(3, 5)
        : organization.kind === "startup"
          ? random.int(2, 4)
          : organization.kind === "university"
            ? random.int(2, 3)
            : random.int(1, 2);
    capacity.set(organization.id, count);
  }
  const growable = providers.filter((org) => org.kind === "company" || org.kind === "startup");
  let total = [...capacity.values()].reduce((sum, count) => sum + count, 0);
  while (total < SOLUTION_TARGET && growable.length > 0) {
    const organization = random.pick(growable);
    const count = capacity.get(organization.id) ?? 0;
    if (count >= 7) continue;
    capacity.set(organization.id, count + 1);
    total++;
  }

  const assigned = new Map<string, OfferTemplate[]>(providers.map((org) => [org.id, []]));
  const offersOf = (organization: DemoOrganization): OfferTemplate[] =>
    assigned.get(organization.id) ?? [];
  // Every offer template is sold by somebody, so every problem has an exact answer.
  for (const offer of random.shuffle(OFFER_TEMPLATES)) {
    const eligible = providers.filter(
      (org) =>
        isProviderKind(org.kind) &&
        offer.kinds.includes(org.kind) &&
        !offersOf(org).includes(offer),
    );
    const withRoom = eligible.filter((org) => offersOf(org).length < (capacity.get(org.id) ?? 0));
    const organization =
      weightedPick(random, withRoom, (org) => affinity(org, offer)) ??
      weightedPick(random, eligible, (org) => affinity(org, offer));
    if (!organization) throw new Error(`no provider can offer ${offer.key}`);
    offersOf(organization).push(offer);
  }
  for (const organization of providers) {
    const offers = offersOf(organization);
    const kind = organization.kind;
    if (!isProviderKind(kind)) continue;
    const want = capacity.get(organization.id) ?? 0;
    offers.push(
      ...weightedSample(
        random,
        OFFER_TEMPLATES.filter((offer) => offer.kinds.includes(kind) && !offers.includes(offer)),
        Math.max(0, want - offers.length),
        (offer) => affinity(organization, offer),
      ),
    );
  }
  return assigned;
}

function trlFor(random: Random, kind: ProviderKind): number {
  switch (kind) {
    case "company":
      return weightedPick(random, [6, 7, 8, 9], (trl) => (trl === 6 ? 1 : trl === 7 ? 3 : 4)) ?? 8;
    case "startup":
      return random.int(3, 7);
    case "university":
      return random.int(2, 6);
    case "association":
      return random.int(6, 9);
  }
}

function priceModelFor(random: Random, kind: ProviderKind, offer: OfferTemplate): PriceModel {
  if (kind === "university" && random.chance(0.5)) return "open-source";
  if (kind === "association") {
    return random.pick(
      offer.priceModels.includes("open-source") ? ["open-source", "other"] : ["other"],
    );
  }
  return random.pick(offer.priceModels);
}

function certificationsFor(random: Random, kind: ProviderKind, offer: OfferTemplate): string[] {
  const pool = offer.certifications;
  switch (kind) {
    case "company":
      return orderedSample(random, pool, random.int(1, Math.min(3, pool.length)));
    case "startup":
      return random.chance(0.5) ? orderedSample(random, pool, 1) : [];
    case "university":
      return random.chance(0.25) ? orderedSample(random, pool, 1) : [];
    case "association":
      return [];
  }
}

function buildSolutions(ctx: Context): {
  solutions: SolutionDraft[];
  deployments: DeploymentDraft[];
} {
  const providers = ctx.base.organizations.filter(
    (org) => isProviderKind(org.kind) && !isMediaOutlet(org),
  );
  const assigned = assignOffers(ctx.stream("offer-assignment"), providers);
  const slugs = new Set<string>();
  const solutionDrafts: SolutionDraft[] = [];
  const deploymentDrafts: DeploymentDraft[] = [];
  const cityByNameAndCountry = new Map(
    ctx.base.cities.map((city) => [`${city.name}|${city.country}`, city] as const),
  );

  for (const organization of providers) {
    const kind = organization.kind;
    if (!isProviderKind(kind)) continue;
    const staff = ctx.peopleByOrganization.get(organization.id) ?? [];
    const home = cityByNameAndCountry.get(`${organization.cityName}|${organization.country}`);
    const homeContinent = ctx.continentByCountry.get(organization.country);
    const brand = organization.name.split(" ")[0] ?? organization.name;
    const countryLanguage = countryInfo(organization.country)?.languages[0];

    for (const offer of assigned.get(organization.id) ?? []) {
      const random = ctx.stream(`solution:${organization.slug}:${offer.key}`);
      const product = `${brand} ${random.pick(offer.products)}`;
      const title = `${product}: ${random.pick(offer.taglines)}`;
      const slug = uniqueSlug(slugs, product, `${organization.slug}-${offer.key}`);
      const id = ctx.idFor(`solution:${organization.slug}:${offer.key}`);
      const trl = trlFor(random, kind);
      const vars: Vars = { product, org: organization.name };
      const visibilityRoll = random.next();
      const visibility: Visibility =
        visibilityRoll < 0.03 ? "draft" : visibilityRoll < 0.08 ? "members" : "public";

      // The track record: pilots for maturing technology, several cities for proven ones.
      const deploymentCount =
        trl <= 4
          ? 0
          : trl <= 6
            ? random.int(0, 1)
            : trl === 7
              ? random.int(1, 2)
              : random.int(1, 4);
      const deploymentCities = weightedSample(random, ctx.profiles, deploymentCount, (profile) => {
        const near =
          profile.city.id === home?.id
            ? 4
            : profile.city.country === organization.country
              ? 3
              : profile.city.continent === homeContinent
                ? 1.6
                : 1;
        return offerFit(offer, profile) * near;
      });
      const firstYear = kind === "startup" ? 2021 : 2018;
      const deployments = deploymentCities
        .map((profile) => ({ profile, year: random.int(firstYear, 2026) }))
        .sort((a, b) => a.year - b.year || a.profile.city.name.localeCompare(b.profile.city.name))
        .map(({ profile, year }): MarketplaceSolutionDeployment => {
          const outcome = fill(random.pick(offer.outcomes), {
            pct: random.int(12, 48),
            n: random.int(3, 30),
            k: random.int(5, 250) * 100,
            m: random.int(2, 9),
          });
          return {
            id: ctx.idFor(`deployment:${id}:${profile.city.slug}`),
            solutionId: id,
            cityId: profile.city.id,
            cityName: profile.city.name,
            country: profile.city.country,
            year,
            outcome,
          };
        });

      const regions = new Set<Continent>();
      if (homeContinent) regions.add(homeContinent);
      for (const deployment of deployments) {
        const continent = ctx.continentByCountry.get(deployment.country);
        if (continent) regions.add(continent);
      }
      if (kind === "company" && random.chance(0.4)) {
        regions.add(random.pick(["AS", "EU", "NA", "SA", "AF", "OC"] as const));
      }
      const regionsServed = [...regions].sort();
      const languages = [...new Set(["en", countryLanguage ?? "en"])];
      if (random.chance(0.3)) languages.push(random.pick(["es", "zh", "fr", "ar", "pt"]));
      const uniqueLanguages = [...new Set(languages)];
      const certifications = certificationsFor(random, kind, offer);
      const priceModel = priceModelFor(random, kind, offer);
      const productSlug = slugify(product);
      const website = `https://${organization.slug}.example`;
      const mediaLinks = [`${website}/solutions/${productSlug}`];
      if (random.chance(0.6)) mediaLinks.push(`${website}/docs/${productSlug}-brochure.pdf`);
      if (random.chance(0.4)) mediaLinks.push(`${website}/videos/${productSlug}-demo`);

      const trackRecord =
        deployments.length > 0
          ? bullets(
              deployments.map(
                (deployment) =>
                  `${deployment.year} — ${deployment.cityName} (${deployment.country}): ${deployment.outcome}`,
              ),
            )
          : `No city deployment yet: ${product} is at TRL ${trl} and ${organization.name} is looking for a first pilot city.`;
      const terms = [
        `**Technology readiness:** TRL ${trl} (${TRL_LABELS[trl] ?? ""})`,
        `**Price model:** ${priceModel}`,
        `**Regions served:** ${regionsServed.map((code) => CONTINENT_NAMES[code]).join(", ")}`,
        `**Languages:** ${uniqueLanguages.join(", ")}`,
        ...(certifications.length > 0 ? [`**Certifications:** ${certifications.join(", ")}`] : []),
      ];
      const description = [
        `## What it does\n\n${fill(offer.what, vars)}`,
        `## How it works\n\n${bullets(offer.features)}`,
        `## Track record\n\n${trackRecord}`,
        `## Working with ${organization.name}\n\n${bullets(terms)}`,
      ].join("\n\n");

      const solution: SolutionDraft = {
        offer,
        organization,
        row: {
          id,
          slug,
          organizationId: organization.id,
          title: cap(title, 200),
          summary: cap(fill(offer.summary, vars), 600),
          description: cap(description, 8000),
          domains: [...offer.domains],
          sdgs: [...offer.sdgs],
          tags: orderedSample(random, offer.tags, random.int(3, Math.min(5, offer.tags.length))),
          trl,
          priceModel,
          regionsServed,
          languages: uniqueLanguages,
          certifications,
          mediaLinks,
          visibility,
          version: 1,
          createdById: staff[0]?.id ?? null,
        },
      };
      solutionDrafts.push(solution);
      for (const row of deployments) {
        const city = ctx.profileByCityId.get(row.cityId)?.city;
        if (city) deploymentDrafts.push({ row, solution, city });
      }
    }
  }
  return { solutions: solutionDrafts, deployments: deploymentDrafts };
}

const LEAD_ROLES = ["technology partner", "lead contractor", "solution provider"] as const;
const SECOND_ROLES = ["integration partner", "technology partner", "operations partner"] as const;

interface CaseBundle {
  row: MarketplaceCase;
  template: ProblemTemplate;
  partners: MarketplaceCasePartner[];
  kpis: MarketplaceCaseKpi[];
  solutions: MarketplaceCaseSolution[];
}

function buildCases(
  ctx: Context,
  solutions: readonly SolutionDraft[],
  deployments: readonly DeploymentDraft[],
): CaseBundle[] {
  const random = ctx.stream("cases");
  const exactSolutions = new Map<string, SolutionDraft[]>();
  for (const solution of solutions) {
    if (solution.row.visibility !== "public") continue;
    for (const key of solution.offer.exact) {
      exactSolutions.set(key, [...(exactSolutions.get(key) ?? []), solution]);
    }
  }
  const researchers = ctx.base.organizations.filter(
    (org) => (org.kind === "university" || org.kind === "company") && !isMediaOutlet(org),
  );
  const used = new Set<string>();
  const perCity = new Map<string, number>();
  const perTemplate = new Map<string, number>();
  const slugs = new Set<string>();
  const bundles: CaseBundle[] = [];

  // Cases document deployments: the case's city and year are a deployment's.
  // Cases document deployments, the likelier where the problem is pressing (flood
  // warning in Jakarta before Oslo): a weighted random order (Efraimidis–Spirakis keys).
  const ordered = deployments
    .map((deployment) => {
      const profile = ctx.profileByCityId.get(deployment.city.id);
      const weight = profile ? offerFit(deployment.solution.offer, profile) : 0;
      return { deployment, key: weight > 0 ? -Math.log(1 - random.next()) / weight : Infinity };
    })
    .sort((a, b) => a.key - b.key)
    .map(({ deployment }) => deployment);
  for (const deployment of ordered) {
    if (bundles.length >= CASE_TARGET) break;
    const { city, solution: lead } = deployment;
    if (lead.row.visibility !== "public") continue;
    if ((perCity.get(city.id) ?? 0) >= MAX_CASES_PER_CITY) continue;
    const profile = ctx.profileByCityId.get(city.id);
    if (!profile) continue;
    const template = weightedPick(
      random,
      PROBLEM_TEMPLATES.filter(
        (problem) =>
          lead.offer.exact.includes(problem.key) &&
          !used.has(`${problem.key}|${city.id}`) &&
          (perTemplate.get(problem.key) ?? 0) < MAX_CASES_PER_TEMPLATE,
      ),
      (problem) => problem.fit(profile),
    );
    if (!template) continue;
    used.add(`${template.key}|${city.id}`);
    perCity.set(city.id, (perCity.get(city.id) ?? 0) + 1);
    perTemplate.set(template.key, (perTemplate.get(template.key) ?? 0) + 1);

    const caseRandom = ctx.stream(`case:${template.key}:${city.slug}`);
    const id = ctx.idFor(`case:${template.key}:${city.slug}`);
    const government = ctx.organizationsById.get(city.organizationId);
    if (!government) throw new Error(`city ${city.slug} has no government`);

    // Partners: the lead provider, maybe a second provider of an exact answer, maybe a
    // research or operations partner without a listed solution.
    const linked: SolutionDraft[] = [lead];
    const partners: MarketplaceCasePartner[] = [
      { caseId: id, organizationId: lead.organization.id, role: caseRandom.pick(LEAD_ROLES) },
    ];
    const others = (exactSolutions.get(template.key) ?? []).filter((s) => s.row.id !== lead.row.id);
    if (others.length > 0 && caseRandom.chance(0.4)) {
      const second = caseRandom.pick(others);
      linked.push(second);
      if (second.organization.id !== lead.organization.id) {
        partners.push({
          caseId: id,
          organizationId: second.organization.id,
          role: caseRandom.pick(SECOND_ROLES),
        });
      }
    }
    if (caseRandom.chance(0.3)) {
      const third = caseRandom.pick(
        researchers.filter((org) => !partners.some((p) => p.organizationId === org.id)),
      );
      partners.push({
        caseId: id,
        organizationId: third.id,
        role: third.kind === "university" ? "research partner" : "operations partner",
      });
    }

    const endYear = deployment.row.year;
    const endMonth = endYear >= 2026 ? caseRandom.int(1, 6) : caseRandom.int(1, 12);
    const endedOn = isoDate(endYear, endMonth, caseRandom.int(1, 28));
    const startedOn = isoDate(
      endYear - caseRandom.int(1, 2),
      caseRandom.int(1, 12),
      caseRandom.int(1, 28),
    );
    const budget = budgetFor(caseRandom, template, city);
    const investment = roundBudget((budget.min + budget.max) / 2);

    const facts = template.facts(caseRandom, profile);
    const vars: Vars = {
      ...facts,
      city: city.name,
      population: formatPopulation(city.population, "en"),
      country: profile.countryName,
    };
    const kpiYear = Math.min(2026, endYear + caseRandom.int(0, 1));
    const kpiTemplates = orderedSample(
      caseRandom,
      template.kpis,
      caseRandom.int(2, Math.min(4, template.kpis.length)),
    );
    const scale = Math.max(0.3, city.population / 1_000_000);
    const kpis = kpiTemplates.map((kpi, index): MarketplaceCaseKpi => {
      const decimals = kpi.decimals ?? 0;
      const round = (value: number): number => Number(value.toFixed(decimals));
      const factor = kpi.perMillion ? scale : 1;
      let baseline: number | null;
      let result: number;
      if ("factor" in kpi) {
        baseline = round(uniform(caseRandom, kpi.baseline) * factor);
        result = round(baseline * uniform(caseRandom, kpi.factor));
      } else {
        baseline = kpi.baseline ? round(uniform(caseRandom, kpi.baseline) * factor) : null;
        result = round(uniform(caseRandom, kpi.result) * factor);
      }
      return {
        id: ctx.idFor(`case-kpi:${id}:${index + 1}`),
        caseId: id,
        position: index + 1,
        metric: kpi.metric,
        baseline,
        result,
        unit: kpi.unit,
        year: kpiYear,
      };
    });

    const partnerNames = partners.map(
      (partner) => ctx.organizationsById.get(partner.organizationId)?.name ?? "",
    );
    const headline = kpis[0];
    const headlineText = headline
      ? headline.baseline === null
        ? ` ${headline.metric}: ${formatKpiValue(headline.result, headline.unit)} by ${headline.year}.`
        : ` ${headline.metric} went from ${
            headline.unit.startsWith("%")
              ? formatKpiValue(headline.baseline, "%")
              : formatKpiValue(headline.baseline, "").trim()
          } to ${formatKpiValue(headline.result, headline.unit)} by ${headline.year}.`
      : "";
    const summary = `${city.name} worked with ${listPhrase(partnerNames)} to ${fill(template.caseGoal, vars)}.${headlineText}`;
    const months = (dayOf(endedOn) - dayOf(startedOn)) / 30.4;
    const leadText = `${lead.organization.name} delivered ${lead.row.title.split(":")[0]}${
      linked.length > 1 ? `, integrated with ${linked[1]?.row.title.split(":")[0]},` : ""
    } for ${government.name} over about ${Math.max(6, Math.round(months))} months.`;
    const approach = [
      leadText,
      `### What was delivered\n\n${bullets(caseRandom.sample(lead.offer.features, 3))}`,
      `### How the project ran\n\n${[
        `1. Baseline and design: the partners measured the starting point (${kpis.map((kpi) => kpi.metric.toLowerCase()).join("; ")}) and agreed targets with the city.`,
        `2. Pilot: a first deployment in ${caseRandom.int(2, 5)} districts tested the approach with residents and operators.`,
        `3. Scale-up: the solution was rolled out city-wide and handed over to ${government.name} teams, with training and a maintenance plan.`,
      ].join("\n")}`,
      `### Partners\n\n${bullets(partners.map((partner, index) => `${partnerNames[index]} (${partner.role})`))}`,
    ].join("\n\n");
    const title = capitalize(fill(caseRandom.pick(template.caseTitles), vars));
    const organizationId = caseRandom.chance(0.8) ? government.id : lead.organization.id;
    const author = ctx.peopleByOrganization.get(organizationId)?.[0];

    bundles.push({
      template,
      partners,
      kpis,
      solutions: linked.map((solution) => ({ caseId: id, solutionId: solution.row.id })),
      row: {
        id,
        slug: uniqueSlug(slugs, title, `${template.key}-${city.slug}`),
        organizationId,
        cityId: city.id,
        title: cap(title, 200),
        summary: cap(summary, 600),
        problem: cap(
          `${fill(template.en.context, vars)}\n\n${fill(template.en.problem, vars)}`,
          8000,
        ),
        approach: cap(approach, 8000),
        domains: [...template.domains],
        sdgs: [...template.sdgs],
        tags: [...new Set([...template.tags.slice(0, 3), ...lead.offer.tags.slice(0, 2)])],
        investment: decimalString(investment),
        currency: budget.currency,
        startedOn,
        endedOn,
        visibility: "public",
        version: 1,
        createdById: author?.id ?? null,
      },
    });
  }
  return bundles;
}

function organizerOf(ctx: Context, eventId: string): string | null {
  return (
    ctx.base.participations.find((row) => row.eventId === eventId && row.role === "organizer")
      ?.personId ?? null
  );
}

function buildLists(
  ctx: Context,
  challengeDrafts: readonly ChallengeDraft[],
): { lists: MarketplaceChallengeList[]; items: MarketplaceChallengeListItem[] } {
  const eligible = challengeDrafts.filter(
    ({ row }) =>
      row.visibility === "public" && (row.status === "open" || row.status === "in-talks"),
  );
  const priority = (draft: ChallengeDraft): number =>
    draft.template.domains.some((domain) => LIST_PRIORITY_AREAS.includes(domain)) ? 1 : 0;
  const prioritised = (drafts: readonly ChallengeDraft[]): ChallengeDraft[] =>
    [...drafts].sort((a, b) => priority(b) - priority(a));

  // Shanghai: 69 demands from 15 countries, taken round-robin so every country counts.
  const shanghai = ctx.base.events.find((event) => event.slug === SHANGHAI_LIST.eventSlug);
  if (!shanghai) throw new Error(`demo data has no ${SHANGHAI_LIST.eventSlug} event`);
  const random = ctx.stream("list:shanghai");
  const byCountry = new Map<string, ChallengeDraft[]>();
  for (const draft of eligible) {
    byCountry.set(draft.city.country, [...(byCountry.get(draft.city.country) ?? []), draft]);
  }
  const hostCountry = ctx.profileByCityId.get(shanghai.hostCityId)?.city.country;
  const leading = [
    ...new Set([hostCountry, ...SHANGHAI_LIST.preferredCountries].filter((c) => c !== undefined)),
  ].filter((country) => (byCountry.get(country)?.length ?? 0) >= 2);
  const rest = random.shuffle(
    [...byCountry.keys()].filter(
      (country) => !leading.includes(country) && (byCountry.get(country)?.length ?? 0) >= 3,
    ),
  );
  const countries = [...leading, ...rest].slice(0, SHANGHAI_LIST.countries);
  if (countries.length < SHANGHAI_LIST.countries) {
    throw new Error(`only ${countries.length} countries have public challenges`);
  }
  const queues = countries.map((country) =>
    prioritised(random.shuffle(byCountry.get(country) ?? [])),
  );
  const picked: ChallengeDraft[] = [];
  for (let round = 0; picked.length < SHANGHAI_LIST.size; round++) {
    let progressed = false;
    for (const queue of queues) {
      const next = queue[round];
      if (next && picked.length < SHANGHAI_LIST.size) {
        picked.push(next);
        progressed = true;
      }
    }
    if (!progressed) throw new Error("not enough public challenges for the Shanghai list");
  }
  picked.sort(
    (a, b) =>
      countries.indexOf(a.city.country) - countries.indexOf(b.city.country) ||
      a.city.name.localeCompare(b.city.name) ||
      a.row.slug.localeCompare(b.row.slug),
  );
  const shanghaiTitle = "List of City Challenges & Opportunities 2026 — first release";
  const shanghaiList: MarketplaceChallengeList = {
    id: ctx.idFor("challenge-list:shanghai-2026-first-release"),
    slug: slugify(shanghaiTitle),
    eventId: shanghai.id,
    title: shanghaiTitle,
    intro: [
      `The first release of the List of City Challenges & Opportunities brings together ${picked.length} cooperative project demands from ${countries.length} countries, published by city governments for the matchmaking days of ${shanghai.name}.`,
      "The demands focus on three priority areas — smart governance, green transition and infrastructure renewal — and each one names a contact in the city government. Providers, research teams and investors can request a meeting through the matchmaking platform; shortlisted proposals are discussed at the closed-door list meetings during the event.",
    ].join("\n\n"),
    priorityAreas: [...LIST_PRIORITY_AREAS],
    status: "published",
    publishedOn: SHANGHAI_LIST.publishedOn,
    createdById: organizerOf(ctx, shanghai.id),
  };

  // Barcelona: a draft collaboration list, one challenge from each of 16 cities.
  const barcelona = ctx.base.events.find((event) => event.slug === BARCELONA_LIST.eventSlug);
  if (!barcelona) throw new Error(`demo data has no ${BARCELONA_LIST.eventSlug} event`);
  const barcelonaRandom = ctx.stream("list:barcelona");
  const inShanghai = new Set(picked.map((draft) => draft.row.id));
  const byCity = new Map<string, ChallengeDraft[]>();
  for (const draft of eligible) {
    byCity.set(draft.city.id, [...(byCity.get(draft.city.id) ?? []), draft]);
  }
  const chosenCities: string[] = [];
  const chosenCountries = new Set<string>();
  const cityOrder = [
    barcelona.hostCityId,
    ...barcelonaRandom.shuffle([...byCity.keys()].filter((id) => id !== barcelona.hostCityId)),
  ];
  for (const cityId of cityOrder) {
    if (chosenCities.length >= BARCELONA_LIST.cities) break;
    const country = ctx.profileByCityId.get(cityId)?.city.country;
    if (!country || chosenCountries.has(country) || !byCity.has(cityId)) continue;
    chosenCities.push(cityId);
    chosenCountries.add(country);
  }
  if (chosenCities.length < BARCELONA_LIST.cities) {
    throw new Error("not enough cities for the Barcelona collaboration list");
  }
  const barcelonaPicks = chosenCities.map((cityId) => {
    const options = byCity.get(cityId) ?? [];
    const fresh = options.filter((draft) => !inShanghai.has(draft.row.id));
    const draft = barcelonaRandom.pick(fresh.length > 0 ? fresh : options);
    return draft;
  });
  const barcelonaTitle = "Collaboration List of City Challenges & Opportunities — Barcelona 2026";
  const barcelonaList: MarketplaceChallengeList = {
    id: ctx.idFor("challenge-list:barcelona-2026-collaboration"),
    slug: slugify(barcelonaTitle),
    eventId: barcelona.id,
    title: barcelonaTitle,
    intro: [
      `Draft for review by the participating cities: ${barcelonaPicks.length} international cities each bring one challenge they want to solve together with peer cities and providers at ${barcelona.name}.`,
      "Priority areas: smart governance, green transition and infrastructure renewal. The list will be released at the congress once every city has confirmed its entry.",
    ].join("\n\n"),
    priorityAreas: [...LIST_PRIORITY_AREAS],
    status: "draft",
    publishedOn: null,
    createdById: organizerOf(ctx, barcelona.id),
  };

  const items: MarketplaceChallengeListItem[] = [
    ...picked.map((draft, index) => ({
      listId: shanghaiList.id,
      challengeId: draft.row.id,
      position: index + 1,
    })),
    ...barcelonaPicks.map((draft, index) => ({
      listId: barcelonaList.id,
      challengeId: draft.row.id,
      position: index + 1,
    })),
  ];
  return { lists: [shanghaiList, barcelonaList], items };
}

/**
 * The marketplace on top of `base`: challenges of every demo city government, solutions
 * of the providers with their deployments, cases with partners, KPIs and solutions, and
 * the two editions' challenge lists. Ids come from per-record streams keyed by natural
 * keys, so the same base and seed always give the same ids.
 */
export function generateMarketplaceData(
  base: DemoData,
  options: GenerateMarketplaceOptions = {},
): MarketplaceData {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const stream = (label: string): Random => createRandom(deriveSeed(seed, `marketplace:${label}`));
  const peopleByOrganization = new Map<string, DemoPerson[]>();
  for (const person of base.people) {
    peopleByOrganization.set(person.organizationId, [
      ...(peopleByOrganization.get(person.organizationId) ?? []),
      person,
    ]);
  }
  const profiles = base.cities.map(cityProfile);
  const ctx: Context = {
    base,
    stream,
    idFor: (key) => stream(`id:${key}`).uuid(),
    organizationsById: new Map(base.organizations.map((org) => [org.id, org])),
    peopleByOrganization,
    profiles,
    profileByCityId: new Map(profiles.map((profile) => [profile.city.id, profile])),
    continentByCountry: new Map(base.cities.map((city) => [city.country, city.continent])),
  };

  const challengeDrafts = buildChallenges(ctx);
  const { solutions: solutionDrafts, deployments } = buildSolutions(ctx);
  const caseBundles = buildCases(ctx, solutionDrafts, deployments);
  const { lists, items } = buildLists(ctx, challengeDrafts);

  return {
    challenges: challengeDrafts.map((draft) => draft.row),
    solutions: solutionDrafts.map((draft) => draft.row),
    solutionDeployments: deployments.map((draft) => draft.row),
    cases: caseBundles.map((bundle) => bundle.row),
    casePartners: caseBundles.flatMap((bundle) => bundle.partners),
    caseKpis: caseBundles.flatMap((bundle) => bundle.kpis),
    caseSolutions: caseBundles.flatMap((bundle) => bundle.solutions),
    challengeLists: lists,
    challengeListItems: items,
    provenance: {
      challenges: Object.fromEntries(challengeDrafts.map((d) => [d.row.id, d.template.key])),
      solutions: Object.fromEntries(solutionDrafts.map((d) => [d.row.id, d.offer.key])),
      cases: Object.fromEntries(caseBundles.map((bundle) => [bundle.row.id, bundle.template.key])),
    },
  };
}

// ---------------------------------------------------------------------------------------
// Summary

export interface MarketplaceSummary {
  challenges: number;
  challengesByLanguage: Record<string, number>;
  challengesByVisibility: Record<string, number>;
  challengesByStatus: Record<string, number>;
  challengeCities: number;
  problemTemplates: number;
  solutions: number;
  offerTemplates: number;
  solutionDeployments: number;
  cases: number;
  casePartners: number;
  caseKpis: number;
  caseSolutions: number;
  lists: { slug: string; status: string; items: number; countries: number; cities: number }[];
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export function summarizeMarketplaceData(
  base: DemoData,
  data: MarketplaceData,
): MarketplaceSummary {
  const organizations = new Map(base.organizations.map((org) => [org.id, org]));
  const challengesById = new Map(data.challenges.map((row) => [row.id, row]));
  return {
    challenges: data.challenges.length,
    challengesByLanguage: tally(data.challenges.map((row) => row.language)),
    challengesByVisibility: tally(data.challenges.map((row) => row.visibility)),
    challengesByStatus: tally(data.challenges.map((row) => row.status)),
    challengeCities: new Set(data.challenges.map((row) => row.organizationId)).size,
    problemTemplates: new Set(Object.values(data.provenance.challenges)).size,
    solutions: data.solutions.length,
    offerTemplates: new Set(Object.values(data.provenance.solutions)).size,
    solutionDeployments: data.solutionDeployments.length,
    cases: data.cases.length,
    casePartners: data.casePartners.length,
    caseKpis: data.caseKpis.length,
    caseSolutions: data.caseSolutions.length,
    lists: data.challengeLists.map((list) => {
      const owners = data.challengeListItems
        .filter((item) => item.listId === list.id)
        .map((item) => challengesById.get(item.challengeId)?.organizationId ?? "");
      return {
        slug: list.slug,
        status: list.status,
        items: owners.length,
        countries: new Set(owners.map((id) => organizations.get(id)?.country)).size,
        cities: new Set(owners).size,
      };
    }),
  };
}
