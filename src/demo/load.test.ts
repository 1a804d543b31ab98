import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, signIn, startTestApp, type TestApp } from "../../tests/support/test-app.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoData } from "./load.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await loadDemoData(t.database.db);
});
afterAll(() => t.close());

describe("demo data through the API", () => {
  it("has the scale of the seed documents", async () => {
    const stats = (await t.app.inject({ method: "GET", url: "/api/v1/stats" })).json();
    expect(stats.cities).toBeGreaterThanOrEqual(110);
    expect(stats.countries).toBeGreaterThanOrEqual(25);
    expect(stats.continents).toBeGreaterThanOrEqual(4);
    expect(
      stats.organizations - stats.organizationsByKind["city-government"],
    ).toBeGreaterThanOrEqual(100);
    expect(stats.people).toBeGreaterThanOrEqual(300);
    expect(stats.events).toBe(2);
  });

  it("has the two editions, hosted by Shanghai and Barcelona", async () => {
    const events = (
      await t.app.inject({ method: "GET", url: "/api/v1/events?sort=startsOn" })
    ).json();
    expect(
      events.items.map((e: { hostCity: { slug: string }; startsOn: string }) => [
        e.hostCity.slug,
        e.startsOn.slice(0, 7),
      ]),
    ).toEqual([
      ["shanghai-cn", "2026-09"],
      ["barcelona-es", "2026-11"],
    ]);
  });

  it("lets every demo account sign in with its documented role", async () => {
    const admin = await signIn(t.app, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
    expect(
      (await call(t.app, admin, { method: "GET", url: "/api/v1/me" })).json().platformAdmin,
    ).toBe(true);
    const organizer = await signIn(t.app, DEMO_ACCOUNTS.organizer, DEMO_PASSWORD);
    expect(
      (await call(t.app, organizer, { method: "GET", url: "/api/v1/me" })).json().organizerOf,
    ).toHaveLength(2);
    const city = await signIn(t.app, DEMO_ACCOUNTS.city, DEMO_PASSWORD);
    const cityMe = (await call(t.app, city, { method: "GET", url: "/api/v1/me" })).json();
    expect(cityMe.organization).toMatchObject({ role: "admin" });
    const barcelona = (
      await t.app.inject({ method: "GET", url: "/api/v1/cities/barcelona-es" })
    ).json();
    expect(barcelona.organization.id).toBe(cityMe.organization.id);
    await signIn(t.app, DEMO_ACCOUNTS.provider, DEMO_PASSWORD);
  });

  it("refuses to load twice into the same database", async () => {
    await expect(loadDemoData(t.database.db)).rejects.toMatchObject({ code: "conflict" });
  });
});
