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
let provider: { id: string };
let staff: Session;
let outsider: Session;
let cityId: string;

beforeAll(async () => {
  t = await startTestApp();
  provider = await buildOrganization(t.database.db, { kind: "startup", name: "Aquaverde Labs" });
  const person = await buildPerson(t.database.db, { organizationId: provider.id });
  staff = await signIn(t.app, person.email, person.password);
  const other = await buildPerson(t.database.db);
  outsider = await signIn(t.app, other.email, other.password);
  cityId = (await buildCity(t.database.db, { name: "Semarang", country: "ID", continent: "AS" }))
    .id;
});
afterAll(() => t.close());

const sensorNetwork = () => ({
  organizationId: provider.id,
  title: "Low-cost flood sensor network",
  summary: "Ultrasonic water-level sensors with LoRaWAN and SMS alerts.",
  description: "Solar powered; **5-minute** readings.",
  domains: ["safety-resilience"],
  sdgs: [11, 13],
  tags: ["flood", "lorawan"],
  trl: 8,
  priceModel: "subscription",
  regionsServed: ["AS", "AF"],
  languages: ["en", "id"],
  certifications: ["ISO 27001"],
  mediaLinks: ["https://aquaverde.example/demo"],
  visibility: "public",
  deployments: [
    {
      cityId,
      cityName: "Semarang",
      country: "id",
      year: 2024,
      outcome: "Alerts 40 minutes earlier",
    },
  ],
});

describe("solutions", () => {
  it("publishes a solution with its deployments", async () => {
    const response = await call(t.app, staff, {
      method: "POST",
      url: "/api/v1/solutions",
      payload: sensorNetwork(),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      slug: "low-cost-flood-sensor-network",
      trl: 8,
      organization: { id: provider.id, name: "Aquaverde Labs" },
      deployments: [{ cityId, country: "ID", year: 2024 }],
      canEdit: true,
      version: 1,
    });
  });

  it("replaces deployments on update and versions the change", async () => {
    const created = (
      await call(t.app, staff, {
        method: "POST",
        url: "/api/v1/solutions",
        payload: { ...sensorNetwork(), title: "Heat-risk map" },
      })
    ).json();
    const updated = await call(t.app, staff, {
      method: "PATCH",
      url: `/api/v1/solutions/${created.id}`,
      payload: {
        deployments: [
          { cityName: "Dubai", country: "AE", year: 2025, outcome: "Shade plan for 30 streets" },
          { cityName: "Doha", country: "QA", year: 2026 },
        ],
      },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().deployments.map((d: { cityName: string }) => d.cityName)).toEqual([
      "Doha",
      "Dubai",
    ]);
    expect(updated.json()).toMatchObject({ version: 2, title: "Heat-risk map", trl: 8 });
  });

  it("refuses a TRL outside 1–9, a bad deployment and non-members", async () => {
    const bad = await call(t.app, staff, {
      method: "POST",
      url: "/api/v1/solutions",
      payload: {
        ...sensorNetwork(),
        trl: 10,
        mediaLinks: ["ftp://x"],
        deployments: [{ cityName: "", country: "ZZ", year: 1800 }],
      },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "body.trl",
        "body.mediaLinks.0",
        "body.deployments.0.cityName",
        "body.deployments.0.country",
        "body.deployments.0.year",
      ]),
    );
    const foreign = await call(t.app, outsider, {
      method: "POST",
      url: "/api/v1/solutions",
      payload: sensorNetwork(),
    });
    expect(foreign.statusCode).toBe(403);
  });

  it("lists by minimum TRL", async () => {
    await call(t.app, staff, {
      method: "POST",
      url: "/api/v1/solutions",
      payload: { ...sensorNetwork(), title: "Early prototype", trl: 3 },
    });
    const list = await t.app.inject({
      method: "GET",
      url: `/api/v1/solutions?organization=${provider.id}&minTrl=7&limit=100`,
    });
    const trls = list.json().items.map((s: { trl: number }) => s.trl);
    expect(trls.length).toBeGreaterThan(0);
    expect(trls.every((trl: number) => trl >= 7)).toBe(true);
  });
});
