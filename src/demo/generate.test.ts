import { describe, expect, it } from "vitest";
import { AREA_CODES, LOCALES } from "../server/db/schema/index.ts";
import { type DemoData, generateDemoData, summarizeDemoData } from "./generate.ts";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const data = generateDemoData();
const providers = data.organizations.filter((org) => org.kind !== "city-government");

function expectUnique(values: readonly unknown[]): void {
  const duplicates = values.filter((value, index) => values.indexOf(value) !== index);
  expect(duplicates).toEqual([]);
}

function eventBySlug(demo: DemoData, slug: string) {
  const event = demo.events.find((row) => row.slug === slug);
  if (!event) throw new Error(`no event ${slug}`);
  return event;
}

describe("generateDemoData", () => {
  it("is deterministic for a seed and changes with the seed", () => {
    expect(generateDemoData()).toEqual(data);
    expect(generateDemoData({ seed: 2026 })).toEqual(data);
    const other = generateDemoData({ seed: 7 });
    expect(other).not.toEqual(data);
    expect(other.people.map((person) => person.id)).not.toEqual(data.people.map((p) => p.id));
  });

  it("covers the world with real cities, including both host cities", () => {
    expect(data.cities.length).toBeGreaterThanOrEqual(110);
    expect(new Set(data.cities.map((city) => city.country)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(data.cities.map((city) => city.continent)).size).toBeGreaterThanOrEqual(4);
    const shanghai = data.cities.find((city) => city.slug === "shanghai-cn");
    const barcelona = data.cities.find((city) => city.slug === "barcelona-es");
    expect(shanghai).toMatchObject({ name: "Shanghai", country: "CN", timeZone: "Asia/Shanghai" });
    expect(barcelona).toMatchObject({ name: "Barcelona", country: "ES", continent: "EU" });
    for (const city of data.cities) {
      expect(city.country).toMatch(/^[A-Z]{2}$/);
      expect(Number.isInteger(city.population)).toBe(true);
      expect(city.population).toBeGreaterThan(0);
      expect(Math.abs(city.latitude)).toBeLessThanOrEqual(90);
      expect(Math.abs(city.longitude)).toBeLessThanOrEqual(180);
      expect(city.timeZone).toMatch(/^[A-Za-z]+\/[A-Za-z_/-]+$/);
    }
    expectUnique(data.cities.map((city) => `${city.name.toLowerCase()}|${city.country}`));
  });

  it("gives every city exactly one city government of its country", () => {
    const governments = data.organizations.filter((org) => org.kind === "city-government");
    expect(governments).toHaveLength(data.cities.length);
    expectUnique(data.cities.map((city) => city.organizationId));
    for (const city of data.cities) {
      const government = governments.find((org) => org.id === city.organizationId);
      expect(government?.country).toBe(city.country);
      expect(government?.description).toMatch(/demo record/i);
      expect(government?.domains.length).toBeGreaterThanOrEqual(2);
      expect(government?.domains.length).toBeLessThanOrEqual(4);
    }
  });

  it("invents enough clearly fictional providers", () => {
    expect(providers.length).toBeGreaterThanOrEqual(100);
    const kinds = new Set(providers.map((org) => org.kind));
    for (const kind of ["company", "startup", "university", "investor", "association"]) {
      expect(kinds).toContain(kind);
    }
    for (const org of providers) {
      expect(org.description.startsWith("Fictional demo organization.")).toBe(true);
      expect(org.website).toBe(`https://${org.slug}.example`);
      expect(org.domains.length).toBeGreaterThanOrEqual(1);
      expect(org.domains.length).toBeLessThanOrEqual(3);
    }
    for (const org of data.organizations) {
      for (const domain of org.domains) expect(AREA_CODES).toContain(domain);
      expect(org).not.toHaveProperty("cityId");
    }
    expectUnique(data.organizations.map((org) => `${org.name.toLowerCase()}|${org.country}`));
  });

  it("links organizations to demo cities of their own country", () => {
    expect(data.organizationCityLinks).toHaveLength(data.organizations.length);
    for (const link of data.organizationCityLinks) {
      const org = data.organizations.find((row) => row.id === link.organizationId);
      const city = data.cities.find((row) => row.id === link.cityId);
      expect(city?.country).toBe(org?.country);
      expect(org?.cityName).toBe(city?.name);
    }
  });

  it("creates enough fictional people with unique .example emails", () => {
    expect(data.people.length).toBeGreaterThanOrEqual(300);
    for (const person of data.people) {
      expect(person.email).toMatch(/^[a-z0-9]+\.[a-z0-9]+\.\d+@[a-z0-9-]+\.example$/);
      expect(person.passwordHash).toBeUndefined();
      expect(person.isPlatformAdmin).toBe(false);
      expect(LOCALES).toContain(person.locale);
      expect(person.languages.length).toBeGreaterThan(0);
    }
    expectUnique(data.people.map((person) => person.email.toLowerCase()));
  });

  it("makes the first person of each organization its only admin", () => {
    for (const org of data.organizations) {
      const staff = data.people.filter((person) => person.organizationId === org.id);
      const max = org.kind === "city-government" ? 2 : 3;
      expect(staff.length).toBeGreaterThanOrEqual(1);
      expect(staff.length).toBeLessThanOrEqual(max);
      expect(staff.map((person) => person.organizationRole)).toEqual(
        staff.map((_, index) => (index === 0 ? "admin" : "member")),
      );
      for (const person of staff) expect(person.email.endsWith(`@${org.slug}.example`)).toBe(true);
    }
  });

  it("uses unique ids and well-formed unique slugs", () => {
    const ids = [
      ...data.organizations,
      ...data.cities,
      ...data.people,
      ...data.events,
      ...data.participations,
    ].map((row) => row.id);
    for (const id of ids) expect(id).toMatch(UUID);
    expectUnique(ids);
    for (const rows of [data.organizations, data.cities, data.events]) {
      for (const row of rows) expect(row.slug).toMatch(SLUG);
      expectUnique(rows.map((row) => row.slug));
    }
  });

  it("only references generated rows", () => {
    const organizationIds = new Set(data.organizations.map((org) => org.id));
    const cityIds = new Set(data.cities.map((city) => city.id));
    const personIds = new Set(data.people.map((person) => person.id));
    const eventIds = new Set(data.events.map((event) => event.id));
    for (const city of data.cities) expect(organizationIds).toContain(city.organizationId);
    for (const link of data.organizationCityLinks) {
      expect(organizationIds).toContain(link.organizationId);
      expect(cityIds).toContain(link.cityId);
    }
    for (const person of data.people) expect(organizationIds).toContain(person.organizationId);
    for (const event of data.events) expect(cityIds).toContain(event.hostCityId);
    for (const participation of data.participations) {
      expect(eventIds).toContain(participation.eventId);
      expect(personIds).toContain(participation.personId);
      if (participation.organizationId != null) {
        expect(organizationIds).toContain(participation.organizationId);
      }
    }
  });

  it("shapes the two editions", () => {
    const shanghai = eventBySlug(data, "shanghai-2026");
    const barcelona = eventBySlug(data, "barcelona-2026");
    expect(shanghai).toMatchObject({
      startsOn: "2026-09-01",
      endsOn: "2026-09-05",
      timeZone: "Asia/Shanghai",
      status: "published",
    });
    expect(barcelona).toMatchObject({
      startsOn: "2026-11-03",
      endsOn: "2026-11-05",
      timeZone: "Europe/Madrid",
      status: "published",
    });
    expect(data.cities.find((city) => city.id === shanghai.hostCityId)?.slug).toBe("shanghai-cn");
    expect(data.cities.find((city) => city.id === barcelona.hostCityId)?.slug).toBe("barcelona-es");
    for (const event of data.events) expect(event.description).toMatch(/demo data/i);
  });

  it("fills the editions at the scale of the seeds", () => {
    const summary = summarizeDemoData(data);
    const shanghai = summary.participationsByEvent["shanghai-2026"];
    const barcelona = summary.participationsByEvent["barcelona-2026"];
    expect(shanghai?.total).toBeGreaterThanOrEqual(270);
    expect(shanghai?.total).toBeLessThanOrEqual(360);
    expect(shanghai?.jury).toBe(3);
    expect(barcelona?.total).toBeGreaterThan(shanghai?.total ?? 0);

    const shanghaiEvent = eventBySlug(data, "shanghai-2026");
    const delegationCities = new Set(
      data.participations
        .filter((row) => row.eventId === shanghaiEvent.id && row.role === "delegate")
        .map((row) => data.people.find((person) => person.id === row.personId)?.organizationId),
    );
    expect(delegationCities.size).toBeGreaterThanOrEqual(110);
  });

  it("gives each edition exactly two organizers from an association", () => {
    for (const event of data.events) {
      const organizers = data.participations.filter(
        (row) => row.eventId === event.id && row.role === "organizer",
      );
      expect(organizers).toHaveLength(2);
      for (const organizer of organizers) {
        const person = data.people.find((row) => row.id === organizer.personId);
        const org = data.organizations.find((row) => row.id === person?.organizationId);
        expect(org?.kind).toBe("association");
        expect(org?.description.startsWith("Fictional demo organization.")).toBe(true);
      }
    }
  });

  it("keeps participations unique per (event, person, role)", () => {
    expectUnique(data.participations.map((row) => `${row.eventId}|${row.personId}|${row.role}`));
  });
});

describe("summarizeDemoData", () => {
  it("counts what was generated", () => {
    const summary = summarizeDemoData(data);
    expect(summary.cities).toBe(data.cities.length);
    expect(summary.people).toBe(data.people.length);
    expect(summary.events).toBe(2);
    expect(summary.participations).toBe(data.participations.length);
    expect(summary.countries).toBeGreaterThanOrEqual(25);
    expect(Object.keys(summary.continents).length).toBeGreaterThanOrEqual(4);
    expect(summary.organizationsByKind["city-government"]).toBe(data.cities.length);
    const byKind = Object.values(summary.organizationsByKind).reduce((sum, n) => sum + (n ?? 0), 0);
    expect(byKind).toBe(summary.organizations);
  });
});
