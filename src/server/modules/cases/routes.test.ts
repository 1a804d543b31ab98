import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCity, buildOrganization, buildPerson } from "../../../../tests/support/builders.ts";
import {
  call,
  type Session,
  signIn,
  startTestApp,
  type TestApp,
} from "../../../../tests/support/test-app.ts";

let t: TestApp;
let government: { id: string };
let official: Session;
let cityId: string;
let partnerId: string;
let publicSolutionId: string;
let draftSolutionId: string;

beforeAll(async () => {
  t = await startTestApp();
  government = await buildOrganization(t.database.db, { kind: "city-government", country: "CO" });
  cityId = (
    await buildCity(t.database.db, {
      name: "Medellín",
      country: "CO",
      continent: "SA",
      organizationId: government.id,
    })
  ).id;
  const person = await buildPerson(t.database.db, { organizationId: government.id });
  official = await signIn(t.app, person.email, person.password);
  const partner = await buildOrganization(t.database.db, { name: "Ruta Verde Mobility" });
  partnerId = partner.id;
  const partnerStaff = await buildPerson(t.database.db, { organizationId: partner.id });
  const partnerSession = await signIn(t.app, partnerStaff.email, partnerStaff.password);
  const solution = (visibility: string, title: string) =>
    call(t.app, partnerSession, {
      method: "POST",
      url: "/api/v1/solutions",
      payload: { organizationId: partner.id, title, trl: 9, visibility },
    });
  publicSolutionId = (await solution("public", "Bus priority signals")).json().id;
  draftSolutionId = (await solution("draft", "Unreleased routing engine")).json().id;
});
afterAll(() => t.close());

describe("cases", () => {
  it("documents a delivered project with KPIs, partners and the solutions used", async () => {
    const response = await call(t.app, official, {
      method: "POST",
      url: "/api/v1/cases",
      payload: {
        organizationId: government.id,
        cityId,
        title: "Bus priority on the Avenida 80 corridor",
        summary: "Signal priority for 400 buses.",
        problem: "Buses lost **9 minutes** per trip at signals.",
        approach: "Adaptive signal priority at 38 junctions.",
        domains: ["mobility"],
        sdgs: [11],
        investment: "4200000",
        currency: "COP",
        startedOn: "2023-02-01",
        endedOn: "2024-06-30",
        visibility: "public",
        kpis: [
          {
            metric: "Average bus trip time",
            baseline: 52,
            result: 44,
            unit: "minutes",
            year: 2024,
          },
          { metric: "Ridership", baseline: 120000, result: 131000, unit: "per day" },
        ],
        partners: [{ organizationId: partnerId, role: "technology partner" }],
        solutionIds: [publicSolutionId, draftSolutionId],
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      city: { id: cityId, name: "Medellín" },
      investment: { amount: "4200000.00", currency: "COP" },
      kpis: [
        { metric: "Average bus trip time", baseline: 52, result: 44 },
        { metric: "Ridership", year: null },
      ],
      partners: [{ id: partnerId, role: "technology partner" }],
    });
    expect(body.problemHtml).toContain("<strong>9 minutes</strong>");
    // The official may not see the partner's draft solution, so the case does not show it.
    expect(body.solutions.map((s: { id: string }) => s.id)).toEqual([publicSolutionId]);

    const solution = await t.app.inject({
      method: "GET",
      url: `/api/v1/solutions/${publicSolutionId}`,
    });
    expect(solution.json().cases.map((c: { id: string }) => c.id)).toEqual([body.id]);
    const byCity = await t.app.inject({ method: "GET", url: `/api/v1/cases?city=${cityId}` });
    expect(byCity.json().total).toBe(1);
  });

  it("refuses an end before the start and an investment without currency", async () => {
    const response = await call(t.app, official, {
      method: "POST",
      url: "/api/v1/cases",
      payload: {
        organizationId: government.id,
        cityId,
        title: "Backwards",
        investment: "100",
        startedOn: "2024-01-01",
        endedOn: "2023-01-01",
      },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["body.currency", "body.endedOn"]));
  });

  it("refuses a city that does not exist with a 409 naming the reference", async () => {
    const response = await call(t.app, official, {
      method: "POST",
      url: "/api/v1/cases",
      payload: {
        organizationId: government.id,
        cityId: "00000000-0000-4000-8000-000000000000",
        title: "Nowhere",
      },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.details.constraint).toMatch(/city/);
  });
});
