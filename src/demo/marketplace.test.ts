import { describe, expect, it } from "vitest";
import { createRandom } from "../core/random.ts";
import { AREA_CODES, PRICE_MODELS, PROCUREMENT_STAGES } from "../server/db/schema/index.ts";
import { generateDemoData } from "./generate.ts";
import {
  BARCELONA_LIST,
  cityProfile,
  generateMarketplaceData,
  OFFER_TEMPLATES,
  PROBLEM_TEMPLATES,
  PROVIDER_KINDS,
  SHANGHAI_LIST,
  TEMPLATE_RELATIONS,
  templateRelation,
} from "./marketplace.ts";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MONEY = /^\d+\.\d{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CJK = /[\u4e00-\u9fff]/;
const PLACEHOLDER = /\{(\w+)\}/g;

const base = generateDemoData();
const data = generateMarketplaceData(base);

const organizations = new Map(base.organizations.map((org) => [org.id, org]));
const cities = new Map(base.cities.map((city) => [city.id, city]));
const people = new Map(base.people.map((person) => [person.id, person]));
const challenges = new Map(data.challenges.map((row) => [row.id, row]));
const solutions = new Map(data.solutions.map((row) => [row.id, row]));
const cases = new Map(data.cases.map((row) => [row.id, row]));
const problemKeys = new Set(PROBLEM_TEMPLATES.map((template) => template.key));
const offerKeys = new Set(OFFER_TEMPLATES.map((template) => template.key));

function expectUnique(values: readonly unknown[]): void {
  const duplicates = values.filter((value, index) => values.indexOf(value) !== index);
  expect(duplicates).toEqual([]);
}

function countryOf(organizationId: string): string | undefined {
  return organizations.get(organizationId)?.country;
}

function listBySlugPrefix(prefix: string) {
  const list = data.challengeLists.find((row) => row.slug.startsWith(prefix));
  if (!list) throw new Error(`no list ${prefix}`);
  const items = data.challengeListItems.filter((item) => item.listId === list.id);
  return { list, items };
}

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
}

describe("generateMarketplaceData", () => {
  it("is deterministic for a base and seed, and changes with the seed", () => {
    expect(generateMarketplaceData(base)).toEqual(data);
    expect(generateMarketplaceData(generateDemoData(), { seed: 2026 })).toEqual(data);
    const other = generateMarketplaceData(base, { seed: 7 });
    expect(other.challenges.map((row) => row.id)).not.toEqual(data.challenges.map((r) => r.id));
  });

  it("generates the promised volumes", () => {
    expect(data.challenges.length).toBeGreaterThanOrEqual(300);
    expect(data.solutions.length).toBeGreaterThanOrEqual(400);
    expect(data.cases.length).toBeGreaterThanOrEqual(120);
    expect(data.solutionDeployments.length).toBeGreaterThan(data.solutions.length);
  });

  it("gives every row a unique id and every table unique, well-formed slugs", () => {
    const ids = [
      ...data.challenges,
      ...data.solutions,
      ...data.solutionDeployments,
      ...data.cases,
      ...data.caseKpis,
      ...data.challengeLists,
    ].map((row) => row.id);
    for (const id of ids) expect(id).toMatch(UUID);
    expectUnique(ids);
    for (const rows of [data.challenges, data.solutions, data.cases, data.challengeLists]) {
      const slugs = rows.map((row) => row.slug);
      for (const slug of slugs) expect(slug).toMatch(SLUG);
      expectUnique(slugs);
    }
  });

  it("lets city governments own challenges in every demo city, with their own officials", () => {
    const owners = new Set(data.challenges.map((row) => row.organizationId));
    for (const city of base.cities) expect(owners.has(city.organizationId)).toBe(true);
    for (const row of data.challenges) {
      expect(organizations.get(row.organizationId)?.kind).toBe("city-government");
      expect(row.contactPersonId).not.toBeNull();
      expect(people.get(row.contactPersonId ?? "")?.organizationId).toBe(row.organizationId);
      expect(row.createdById).toBe(row.contactPersonId);
    }
  });

  it("writes challenges with sane fields", () => {
    for (const row of data.challenges) {
      expect(row.title.length).toBeGreaterThan(10);
      expect(row.title.length).toBeLessThanOrEqual(200);
      expect(row.summary.length).toBeGreaterThan(40);
      expect(row.summary.length).toBeLessThanOrEqual(600);
      expect(row.description.length).toBeLessThanOrEqual(8000);
      expect(row.description).toMatch(/^## /m);
      expect(row.description).toMatch(/^- /m);
      expect(`${row.title} ${row.summary} ${row.description}`).not.toMatch(PLACEHOLDER);
      expect(row.domains.length).toBeGreaterThanOrEqual(1);
      expect(row.domains.length).toBeLessThanOrEqual(3);
      for (const domain of row.domains) expect(AREA_CODES).toContain(domain);
      expect(row.sdgs.length).toBeGreaterThanOrEqual(1);
      expect(row.sdgs.length).toBeLessThanOrEqual(4);
      for (const sdg of row.sdgs) expect(sdg >= 1 && sdg <= 17).toBe(true);
      expect(row.tags.length).toBeGreaterThanOrEqual(3);
      expect(PROCUREMENT_STAGES).toContain(row.stage);
      expect(row.preferredPartnerKinds.length).toBeGreaterThan(0);
      expectUnique(row.preferredPartnerKinds);
    }
    // Titles name the city, so no two challenges read the same.
    expectUnique(data.challenges.map((row) => row.title));
  });

  it("keeps budgets ordered, non-negative and in a currency", () => {
    const withBudget = data.challenges.filter((row) => row.budgetMin !== null);
    expect(withBudget.length).toBeGreaterThan(data.challenges.length * 0.7);
    expect(withBudget.length).toBeLessThan(data.challenges.length);
    for (const row of data.challenges) {
      if (row.budgetMin === null || row.budgetMax === null) {
        expect(row.budgetMin).toBeNull();
        expect(row.budgetMax).toBeNull();
        expect(row.currency).toBeNull();
        continue;
      }
      expect(row.budgetMin).toMatch(MONEY);
      expect(row.budgetMax).toMatch(MONEY);
      expect(Number(row.budgetMin)).toBeGreaterThanOrEqual(0);
      expect(Number(row.budgetMax)).toBeGreaterThanOrEqual(Number(row.budgetMin));
      expect(Number(row.budgetMax)).toBeLessThan(1e14);
      expect(row.currency).toMatch(/^[A-Z]{3}$/);
    }
    const currencies = new Set(withBudget.map((row) => row.currency));
    for (const currency of ["USD", "EUR", "CNY"]) expect(currencies.has(currency)).toBe(true);
  });

  it("schedules challenges in 2026–2027 with deadlines after starts", () => {
    for (const row of data.challenges) {
      expect(row.startsOn).toMatch(ISO_DATE);
      expect(row.deadline).toMatch(ISO_DATE);
      expect(row.startsOn >= "2026-01-01" && row.deadline <= "2027-12-31").toBe(true);
      expect(row.deadline >= row.startsOn).toBe(true);
    }
  });

  it("mixes visibilities, statuses and languages as published lists do", () => {
    const share = (predicate: (row: (typeof data.challenges)[number]) => boolean) =>
      data.challenges.filter(predicate).length / data.challenges.length;
    expect(share((row) => row.visibility === "public")).toBeGreaterThan(0.84);
    expect(share((row) => row.visibility === "members")).toBeGreaterThan(0);
    expect(share((row) => row.visibility === "draft")).toBeGreaterThan(0);
    expect(share((row) => row.status === "open")).toBeGreaterThan(0.5);
    for (const status of ["in-talks", "matched", "closed"]) {
      expect(data.challenges.some((row) => row.status === status)).toBe(true);
    }
    expect(share((row) => row.language === "en")).toBeGreaterThan(0.85);

    const chinese = data.challenges.filter((row) => row.language === "zh");
    expect(chinese.length).toBeGreaterThanOrEqual(3);
    for (const row of chinese) {
      expect(countryOf(row.organizationId)).toBe("CN");
      expect(row.title).toMatch(CJK);
      expect(row.summary).toMatch(CJK);
    }
    const spanish = data.challenges.filter((row) => row.language === "es");
    expect(spanish.length).toBeGreaterThanOrEqual(3);
    for (const row of spanish) {
      expect(["ES", "MX", "AR", "CL", "CO", "PE", "EC", "UY", "CR"]).toContain(
        countryOf(row.organizationId),
      );
    }
  });

  it("uses every congress area in some challenge", () => {
    const used = new Set(data.challenges.flatMap((row) => row.domains));
    for (const area of AREA_CODES) expect(used.has(area)).toBe(true);
  });

  it("lets providers publish solutions with plausible attributes", () => {
    for (const row of data.solutions) {
      const owner = organizations.get(row.organizationId);
      expect(owner).toBeDefined();
      expect(PROVIDER_KINDS).toContain(owner?.kind);
      expect(Number.isInteger(row.trl) && row.trl >= 1 && row.trl <= 9).toBe(true);
      expect(PRICE_MODELS).toContain(row.priceModel);
      expect(row.title.length).toBeLessThanOrEqual(200);
      expect(row.summary.length).toBeLessThanOrEqual(600);
      expect(row.description.length).toBeLessThanOrEqual(8000);
      expect(`${row.title} ${row.summary} ${row.description}`).not.toMatch(PLACEHOLDER);
      expect(row.regionsServed.length).toBeGreaterThan(0);
      expect(row.languages).toContain("en");
      expect(row.mediaLinks.length).toBeGreaterThan(0);
      for (const link of row.mediaLinks) {
        expect(link.startsWith(`https://${owner?.slug}.example/`)).toBe(true);
      }
      for (const domain of row.domains) expect(AREA_CODES).toContain(domain);
      for (const sdg of row.sdgs) expect(sdg >= 1 && sdg <= 17).toBe(true);
    }
    const meanTrl = (kind: string) => {
      const rows = data.solutions.filter((r) => organizations.get(r.organizationId)?.kind === kind);
      return rows.reduce((sum, r) => sum + r.trl, 0) / rows.length;
    };
    expect(meanTrl("startup")).toBeLessThan(meanTrl("company"));
    const publicShare =
      data.solutions.filter((row) => row.visibility === "public").length / data.solutions.length;
    expect(publicShare).toBeGreaterThan(0.85);
  });

  it("records 0–4 deployments per solution in demo cities", () => {
    const perSolution = new Map<string, number>();
    for (const row of data.solutionDeployments) {
      expect(solutions.has(row.solutionId)).toBe(true);
      const city = cities.get(row.cityId);
      expect(city).toBeDefined();
      expect(row.cityName).toBe(city?.name);
      expect(row.country).toBe(city?.country);
      expect(row.year >= 2018 && row.year <= 2026).toBe(true);
      expect(row.outcome.length).toBeGreaterThan(10);
      expect(row.outcome).not.toMatch(PLACEHOLDER);
      perSolution.set(row.solutionId, (perSolution.get(row.solutionId) ?? 0) + 1);
    }
    for (const count of perSolution.values()) expect(count).toBeLessThanOrEqual(4);
    expectUnique(data.solutionDeployments.map((row) => `${row.solutionId}|${row.cityId}`));
  });

  it("documents cases with partners, KPIs and linked solutions that answer them", () => {
    for (const row of data.cases) {
      expect(organizations.has(row.organizationId)).toBe(true);
      expect(cities.has(row.cityId)).toBe(true);
      expect(row.visibility).toBe("public");
      expect(row.investment).toMatch(MONEY);
      expect(row.currency).toMatch(/^[A-Z]{3}$/);
      expect(row.startedOn <= row.endedOn).toBe(true);
      expect(row.endedOn <= "2026-12-31").toBe(true);
      expect(row.title.length).toBeLessThanOrEqual(200);
      expect(row.summary.length).toBeLessThanOrEqual(600);
      expect(`${row.title} ${row.summary} ${row.problem} ${row.approach}`).not.toMatch(PLACEHOLDER);
      const government = cities.get(row.cityId)?.organizationId;
      const partners = data.casePartners.filter((p) => p.caseId === row.id);
      expect(partners.length).toBeGreaterThanOrEqual(1);
      expect(partners.length).toBeLessThanOrEqual(3);
      expect(
        row.organizationId === government ||
          partners.some((p) => p.organizationId === row.organizationId),
      ).toBe(true);
      for (const partner of partners) {
        expect(PROVIDER_KINDS).toContain(organizations.get(partner.organizationId)?.kind);
        expect(partner.role.length).toBeGreaterThan(0);
      }
      const kpis = data.caseKpis.filter((kpi) => kpi.caseId === row.id);
      expect(kpis.length).toBeGreaterThanOrEqual(2);
      expect(kpis.length).toBeLessThanOrEqual(4);
      expect(kpis.map((kpi) => kpi.position)).toEqual(kpis.map((_kpi, index) => index + 1));
      for (const kpi of kpis) {
        expect(Number.isFinite(kpi.result)).toBe(true);
        expect(kpi.result).not.toBe(kpi.baseline);
        expect(kpi.year >= 2018 && kpi.year <= 2026).toBe(true);
      }
      const linked = data.caseSolutions.filter((link) => link.caseId === row.id);
      expect(linked.length).toBeGreaterThanOrEqual(1);
      expect(linked.length).toBeLessThanOrEqual(2);
      const template = data.provenance.cases[row.id] ?? "";
      for (const link of linked) {
        const solution = solutions.get(link.solutionId);
        expect(partners.some((p) => p.organizationId === solution?.organizationId)).toBe(true);
        const offer = data.provenance.solutions[link.solutionId] ?? "";
        expect(templateRelation(template, offer)).toBe("exact");
      }
    }
    expectUnique(data.casePartners.map((row) => `${row.caseId}|${row.organizationId}`));
    expectUnique(data.caseSolutions.map((row) => `${row.caseId}|${row.solutionId}`));
    for (const row of [...data.casePartners, ...data.caseKpis, ...data.caseSolutions]) {
      expect(cases.has(row.caseId)).toBe(true);
    }
  });

  it("publishes the Shanghai list: 69 public demands from 15 countries", () => {
    const { list, items } = listBySlugPrefix("list-of-city-challenges");
    const event = base.events.find((row) => row.slug === SHANGHAI_LIST.eventSlug);
    expect(list.eventId).toBe(event?.id);
    expect(list.status).toBe("published");
    expect(list.publishedOn).toBe("2026-09-02");
    expect(list.title).toMatch(/City Challenges & Opportunities/);
    expect(list.intro.length).toBeGreaterThan(100);
    expect(list.priorityAreas).toEqual(
      expect.arrayContaining(["governance", "energy-environment", "infrastructure-building"]),
    );
    expect(items).toHaveLength(69);
    expect(items.map((item) => item.position)).toEqual(items.map((_item, index) => index + 1));
    expectUnique(items.map((item) => item.challengeId));
    const listed = items.map((item) => challenges.get(item.challengeId));
    for (const row of listed) expect(row?.visibility).toBe("public");
    const countries = new Set(listed.map((row) => countryOf(row?.organizationId ?? "")));
    expect(countries.size).toBe(15);
    expect(countries.has("CN")).toBe(true);
  });

  it("drafts the Barcelona collaboration list with one challenge from each of 16 cities", () => {
    const { list, items } = listBySlugPrefix("collaboration-list");
    const event = base.events.find((row) => row.slug === BARCELONA_LIST.eventSlug);
    expect(list.eventId).toBe(event?.id);
    expect(list.status).toBe("draft");
    expect(list.publishedOn).toBeNull();
    expect(items).toHaveLength(16);
    const owners = items.map((item) => challenges.get(item.challengeId)?.organizationId);
    expect(new Set(owners).size).toBe(16);
    expect(owners).toContain(cities.get(event?.hostCityId ?? "")?.organizationId);
  });

  it("keeps list foreign keys and creators valid", () => {
    for (const item of data.challengeListItems) {
      expect(challenges.has(item.challengeId)).toBe(true);
      expect(data.challengeLists.some((list) => list.id === item.listId)).toBe(true);
    }
    for (const list of data.challengeLists) {
      expect(list.createdById === null || people.has(list.createdById ?? "")).toBe(true);
      for (const area of list.priorityAreas) expect(AREA_CODES).toContain(area);
    }
    for (const row of [...data.solutions, ...data.cases]) {
      expect(row.createdById == null || people.has(row.createdById)).toBe(true);
    }
  });

  it("records the template behind every challenge, solution and case", () => {
    expect(Object.keys(data.provenance.challenges).sort()).toEqual([...challenges.keys()].sort());
    expect(Object.keys(data.provenance.solutions).sort()).toEqual([...solutions.keys()].sort());
    expect(Object.keys(data.provenance.cases).sort()).toEqual([...cases.keys()].sort());
    for (const key of Object.values(data.provenance.challenges))
      expect(problemKeys.has(key)).toBe(true);
    for (const key of Object.values(data.provenance.cases)) expect(problemKeys.has(key)).toBe(true);
    for (const key of Object.values(data.provenance.solutions))
      expect(offerKeys.has(key)).toBe(true);
    // Every template is used, so the judged relevance set covers all of them.
    expect(new Set(Object.values(data.provenance.challenges)).size).toBe(PROBLEM_TEMPLATES.length);
    expect(new Set(Object.values(data.provenance.solutions)).size).toBe(OFFER_TEMPLATES.length);
  });
});

describe("templates", () => {
  it("cover at least 30 problems across all eight areas, each answered exactly", () => {
    expect(PROBLEM_TEMPLATES.length).toBeGreaterThanOrEqual(30);
    expectUnique(PROBLEM_TEMPLATES.map((template) => template.key));
    expectUnique(OFFER_TEMPLATES.map((template) => template.key));
    const areas = new Set(PROBLEM_TEMPLATES.flatMap((template) => template.domains));
    expect(areas.size).toBe(AREA_CODES.length);
    for (const template of PROBLEM_TEMPLATES) {
      expect(template.domains.length).toBeGreaterThanOrEqual(1);
      expect(template.domains.length).toBeLessThanOrEqual(3);
      expect(template.sdgs.length).toBeGreaterThanOrEqual(1);
      expect(template.sdgs.length).toBeLessThanOrEqual(4);
      expect(template.en.titles.length).toBeGreaterThanOrEqual(2);
      expect(template.kpis.length).toBeGreaterThanOrEqual(2);
      expect(template.budgetUsd[0]).toBeLessThan(template.budgetUsd[1]);
      const exact = TEMPLATE_RELATIONS.filter(
        (relation) => relation.problem === template.key && relation.grade === "exact",
      );
      expect(exact.length, template.key).toBeGreaterThanOrEqual(1);
    }
    for (const relation of TEMPLATE_RELATIONS) {
      expect(problemKeys.has(relation.problem), relation.problem).toBe(true);
      expect(offerKeys.has(relation.offer)).toBe(true);
    }
    expectUnique(TEMPLATE_RELATIONS.map((relation) => `${relation.problem}|${relation.offer}`));
    expect(templateRelation("flood-early-warning", "flood-sensor-network")).toBe("exact");
    expect(templateRelation("flood-early-warning", "lorawan-city-network")).toBeNull();
  });

  it("define every placeholder their texts use", () => {
    const city = base.cities.find((row) => row.slug === "shanghai-cn");
    if (!city) throw new Error("no Shanghai");
    const profile = cityProfile(city);
    for (const template of PROBLEM_TEMPLATES) {
      const known = new Set([
        ...Object.keys(template.facts(createRandom(1), profile)),
        "city",
        "population",
        "country",
      ]);
      for (const text of [template.en, template.es, template.zh]) {
        if (!text) continue;
        const strings = [
          ...text.titles,
          text.summary,
          text.context,
          text.problem,
          ...text.baseline,
          ...text.asks,
        ];
        for (const name of strings.flatMap(placeholders)) {
          expect(known.has(name), `${template.key}: {${name}}`).toBe(true);
        }
      }
      for (const name of [...template.caseTitles, template.caseGoal].flatMap(placeholders)) {
        expect(known.has(name), `${template.key}: {${name}}`).toBe(true);
      }
    }
    for (const offer of OFFER_TEMPLATES) {
      for (const name of [offer.summary, offer.what].flatMap(placeholders)) {
        expect(["product", "org"]).toContain(name);
      }
      for (const name of offer.outcomes.flatMap(placeholders)) {
        expect(["pct", "n", "k", "m"]).toContain(name);
      }
    }
  });
});
