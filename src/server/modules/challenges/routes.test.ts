import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, buildPerson } from "../../../../tests/support/builders.ts";
import {
  call,
  type Session,
  signIn,
  startTestApp,
  type TestApp,
} from "../../../../tests/support/test-app.ts";

let t: TestApp;
let city: { id: string };
let official: Session;
let officialId: string;
let colleague: Session;
let outsider: Session;

beforeAll(async () => {
  t = await startTestApp();
  city = await buildOrganization(t.database.db, { kind: "city-government", country: "VN" });
  const officialPerson = await buildPerson(t.database.db, {
    organizationId: city.id,
    organizationRole: "member",
    name: "Nguyen Thi Lan",
  });
  officialId = officialPerson.id;
  official = await signIn(t.app, officialPerson.email, officialPerson.password);
  const colleaguePerson = await buildPerson(t.database.db, {
    organizationId: city.id,
    organizationRole: "admin",
  });
  colleague = await signIn(t.app, colleaguePerson.email, colleaguePerson.password);
  const provider = await buildOrganization(t.database.db);
  const outsiderPerson = await buildPerson(t.database.db, { organizationId: provider.id });
  outsider = await signIn(t.app, outsiderPerson.email, outsiderPerson.password);
});
afterAll(() => t.close());

const floodChallenge = () => ({
  organizationId: city.id,
  title: "Flood early warning for the Red River delta",
  summary: "Street-level flood forecasts and alerts for 1.2 million residents.",
  description:
    "## The need\n\nWarnings arrive **2 hours** ahead today.\n\n<script>alert('x')</script>",
  domains: ["safety-resilience", "enabling-technologies"],
  sdgs: [13, 11, 11],
  tags: ["Flood", "IoT"],
  budgetMin: "250000",
  budgetMax: 1_500_000,
  currency: "usd",
  stage: "tender-open",
  startsOn: "2026-12-01",
  deadline: "2027-03-31",
  preferredPartnerKinds: ["company", "startup"],
  visibility: "public",
});

describe("publishing a challenge", () => {
  it("lets a member of the owner organization publish, with sanitized Markdown and a first version", async () => {
    const response = await call(t.app, official, {
      method: "POST",
      url: "/api/v1/challenges",
      payload: { ...floodChallenge(), contactPersonId: officialId },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      slug: "flood-early-warning-for-the-red-river-delta",
      sdgs: [11, 13],
      tags: ["flood", "iot"],
      budget: { min: "250000.00", max: "1500000.00", currency: "USD" },
      version: 1,
      canEdit: true,
      contact: { id: officialId, name: "Nguyen Thi Lan" },
    });
    expect(body.descriptionHtml).toContain("<strong>2 hours</strong>");
    expect(body.descriptionHtml).not.toContain("<script");

    const anonymous = await t.app.inject({ method: "GET", url: `/api/v1/challenges/${body.slug}` });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json().canEdit).toBe(false);
  });

  it("refuses people outside the owner organization", async () => {
    const response = await call(t.app, outsider, {
      method: "POST",
      url: "/api/v1/challenges",
      payload: floodChallenge(),
    });
    expect(response.statusCode).toBe(403);
  });

  it("names every bad field: negative budget, inverted dates, unknown stage and currency", async () => {
    const response = await call(t.app, official, {
      method: "POST",
      url: "/api/v1/challenges",
      payload: {
        ...floodChallenge(),
        budgetMin: "-10",
        stage: "maybe-later",
        currency: "XYZ",
        startsOn: "2027-05-01",
        deadline: "2027-01-01",
        sdgs: [18],
      },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(["body.budgetMin", "body.stage", "body.currency", "body.sdgs.0"]),
    );
    const dates = await call(t.app, official, {
      method: "POST",
      url: "/api/v1/challenges",
      payload: { ...floodChallenge(), startsOn: "2027-05-01", deadline: "2027-01-01" },
    });
    expect(dates.json().error.details.issues).toEqual([
      expect.objectContaining({ path: "body.deadline" }),
    ]);
    const budget = await call(t.app, official, {
      method: "POST",
      url: "/api/v1/challenges",
      payload: { ...floodChallenge(), budgetMin: "900000", budgetMax: "100000" },
    });
    expect(budget.json().error.details.issues[0].path).toBe("body.budgetMax");
    const contact = await call(t.app, official, {
      method: "POST",
      url: "/api/v1/challenges",
      payload: { ...floodChallenge(), contactPersonId: (await buildPerson(t.database.db)).id },
    });
    expect(contact.json().error.details.issues[0].path).toBe("body.contactPersonId");
  });
});

describe("visibility", () => {
  it("shows drafts only to the owner organization and members-only items only when signed in", async () => {
    const draft = (
      await call(t.app, official, {
        method: "POST",
        url: "/api/v1/challenges",
        payload: {
          ...floodChallenge(),
          title: "Draft: heat-resilient bus stops",
          visibility: "draft",
        },
      })
    ).json();
    const members = (
      await call(t.app, official, {
        method: "POST",
        url: "/api/v1/challenges",
        payload: {
          ...floodChallenge(),
          title: "Members only: water leakage",
          visibility: "members",
        },
      })
    ).json();
    const get = (session: Session | null, slug: string) =>
      call(t.app, session, { method: "GET", url: `/api/v1/challenges/${slug}` });
    expect((await get(null, draft.slug)).statusCode).toBe(404);
    expect((await get(outsider, draft.slug)).statusCode).toBe(404);
    expect((await get(colleague, draft.slug)).statusCode).toBe(200);
    expect((await get(null, members.slug)).statusCode).toBe(404);
    expect((await get(outsider, members.slug)).statusCode).toBe(200);

    const anonymousList = await t.app.inject({
      method: "GET",
      url: `/api/v1/challenges?organization=${city.id}&limit=200`,
    });
    const titles = anonymousList.json().items.map((c: { title: string }) => c.title);
    expect(titles).not.toContain("Draft: heat-resilient bus stops");
    expect(titles).not.toContain("Members only: water leakage");
    const ownList = await call(t.app, colleague, {
      method: "GET",
      url: `/api/v1/challenges?organization=${city.id}&limit=200`,
    });
    expect(ownList.json().items.map((c: { title: string }) => c.title)).toEqual(
      expect.arrayContaining(["Draft: heat-resilient bus stops", "Members only: water leakage"]),
    );
  });
});

describe("editing", () => {
  it("versions every change with who and when, and refuses a stale edit", async () => {
    const created = (
      await call(t.app, official, {
        method: "POST",
        url: "/api/v1/challenges",
        payload: { ...floodChallenge(), title: "Cooling corridors for the old town" },
      })
    ).json();
    const edit = await call(t.app, colleague, {
      method: "PATCH",
      url: `/api/v1/challenges/${created.id}`,
      payload: { status: "in-talks", expectedVersion: 1 },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ status: "in-talks", version: 2, title: created.title });

    const stale = await call(t.app, official, {
      method: "PATCH",
      url: `/api/v1/challenges/${created.id}`,
      payload: { summary: "Overwrites a newer version", expectedVersion: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.currentVersion).toBe(2);

    const versions = await call(t.app, official, {
      method: "GET",
      url: `/api/v1/challenges/${created.id}/versions`,
    });
    expect(versions.json().items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.json().items[1].changedBy.name).toBe("Nguyen Thi Lan");
    const outsiderVersions = await call(t.app, outsider, {
      method: "GET",
      url: `/api/v1/challenges/${created.id}/versions`,
    });
    expect(outsiderVersions.statusCode).toBe(403);
  });

  it("checks cross-field rules against the saved state", async () => {
    const created = (
      await call(t.app, official, {
        method: "POST",
        url: "/api/v1/challenges",
        payload: { ...floodChallenge(), title: "Smart waste collection" },
      })
    ).json();
    const response = await call(t.app, official, {
      method: "PATCH",
      url: `/api/v1/challenges/${created.id}`,
      payload: { budgetMax: "1000" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0].path).toBe("body.budgetMax");
  });

  it("does not let another organization's member edit", async () => {
    const created = (
      await call(t.app, official, {
        method: "POST",
        url: "/api/v1/challenges",
        payload: { ...floodChallenge(), title: "Elderly care at home" },
      })
    ).json();
    const response = await call(t.app, outsider, {
      method: "PATCH",
      url: `/api/v1/challenges/${created.id}`,
      payload: { title: "Hijacked" },
    });
    expect(response.statusCode).toBe(403);
    const close = await call(t.app, outsider, {
      method: "PATCH",
      url: `/api/v1/challenges/${created.id}`,
      payload: { status: "closed" },
    });
    expect(close.statusCode).toBe(403);
  });
});
