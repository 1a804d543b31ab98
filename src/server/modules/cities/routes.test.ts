import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCity, buildOrganization, buildPerson } from "../../../../tests/support/builders.ts";
import { call, signIn, startTestApp, type TestApp } from "../../../../tests/support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const populations = [3_200_000, 1_600_000, 800_000, 400_000, 200_000];
  for (const [index, population] of populations.entries()) {
    await buildCity(t.database.db, {
      name: `Ciudad ${index}`,
      country: "MX",
      continent: "NA",
      population,
      timeZone: "America/Mexico_City",
    });
  }
  await buildCity(t.database.db, {
    name: "Nairobi Test",
    country: "KE",
    continent: "AF",
    population: 4_400_000,
  });
});
afterAll(() => t.close());

describe("city directory", () => {
  it("filters by continent, country and population and sorts by population", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/v1/cities?continent=NA&minPopulation=400000&sort=-population",
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(4);
    expect(body.items.map((c: { population: number }) => c.population)).toEqual([
      3_200_000, 1_600_000, 800_000, 400_000,
    ]);
    const kenya = await t.app.inject({ method: "GET", url: "/api/v1/cities?country=ke" });
    expect(kenya.json().items.map((c: { name: string }) => c.name)).toEqual(["Nairobi Test"]);
  });

  it("pages through population order without gaps or repeats", async () => {
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await t.app.inject({
        method: "GET",
        url: `/api/v1/cities?country=MX&sort=population&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      });
      const body = page.json() as { items: { name: string }[]; nextCursor: string | null };
      names.push(...body.items.map((c) => c.name));
      cursor = body.nextCursor;
    } while (cursor);
    expect(names).toEqual(["Ciudad 4", "Ciudad 3", "Ciudad 2", "Ciudad 1", "Ciudad 0"]);
  });

  it("shows a profile by slug with the representing organization", async () => {
    const government = await buildOrganization(t.database.db, {
      kind: "city-government",
      name: "Ayuntamiento de Prueba",
    });
    const city = await buildCity(t.database.db, { organizationId: government.id });
    await buildOrganization(t.database.db, { cityId: city.id, name: "Local Startup" });
    const response = await t.app.inject({ method: "GET", url: `/api/v1/cities/${city.slug}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: city.id,
      organization: { id: government.id, kind: "city-government" },
      organizations: [expect.objectContaining({ name: "Local Startup" })],
      canEdit: false,
    });
    const missing = await t.app.inject({ method: "GET", url: "/api/v1/cities/atlantis-xx" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("not_found");
  });

  it("lets a platform admin add a city, deriving its continent, and refuses bad facts", async () => {
    const admin = await buildPerson(t.database.db, { isPlatformAdmin: true });
    const session = await signIn(t.app, admin.email, admin.password);
    const created = await call(t.app, session, {
      method: "POST",
      url: "/api/v1/cities",
      payload: {
        name: "Valparaíso",
        country: "CL",
        population: 296_655,
        latitude: -33.05,
        longitude: -71.62,
        timeZone: "America/Santiago",
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ slug: "valparaiso-cl", continent: "SA" });

    const bad = await call(t.app, session, {
      method: "POST",
      url: "/api/v1/cities",
      payload: {
        name: "Nowhere",
        country: "CL",
        population: -5,
        latitude: 123,
        longitude: 0,
        timeZone: "Mars/Olympus_Mons",
      },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(["body.population", "body.latitude", "body.timeZone"]),
    );
  });

  it("lets the city government's admin update the city but not reassign it", async () => {
    const government = await buildOrganization(t.database.db, { kind: "city-government" });
    const city = await buildCity(t.database.db, { organizationId: government.id });
    const official = await buildPerson(t.database.db, {
      organizationId: government.id,
      organizationRole: "admin",
    });
    const session = await signIn(t.app, official.email, official.password);
    const update = await call(t.app, session, {
      method: "PATCH",
      url: `/api/v1/cities/${city.id}`,
      payload: { population: 260_000 },
    });
    expect(update.statusCode).toBe(200);
    expect(update.json().population).toBe(260_000);
    const reassign = await call(t.app, session, {
      method: "PATCH",
      url: `/api/v1/cities/${city.id}`,
      payload: { organizationId: null },
    });
    expect(reassign.statusCode).toBe(403);
  });
});
