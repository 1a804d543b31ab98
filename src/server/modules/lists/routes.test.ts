import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildCity,
  buildEvent,
  buildOrganization,
  buildParticipation,
  buildPerson,
} from "../../../../tests/support/builders.ts";
import {
  call,
  type Session,
  signIn,
  startTestApp,
  type TestApp,
} from "../../../../tests/support/test-app.ts";
import { challenges } from "../../db/schema/index.ts";

let t: TestApp;
let organizer: Session;
let outsider: Session;
let eventId: string;
const challengeIds: string[] = [];
let draftChallengeId: string;

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  eventId = (await buildEvent(db)).id;
  const person = await buildPerson(db);
  await buildParticipation(db, { eventId, personId: person.id, role: "organizer" });
  organizer = await signIn(t.app, person.email, person.password);
  const other = await buildPerson(db);
  outsider = await signIn(t.app, other.email, other.password);
  const places = [
    ["Lisbon", "PT"],
    ["Porto", "PT"],
    ["Nairobi", "KE"],
  ] as const;
  for (const [index, [name, country]] of places.entries()) {
    const government = await buildOrganization(db, {
      kind: "city-government",
      country,
      name: `${name} council`,
    });
    await buildCity(db, { name, country, organizationId: government.id });
    const [row] = await db
      .insert(challenges)
      .values({
        slug: `demand-${index}`,
        organizationId: government.id,
        title: `Demand ${index} from ${name}`,
        domains: index === 2 ? ["mobility"] : ["energy-environment", "mobility"],
        visibility: "public",
      })
      .returning();
    if (row) challengeIds.push(row.id);
  }
  const [draft] = await db
    .insert(challenges)
    .values({
      slug: "draft-demand",
      organizationId: (await buildOrganization(db)).id,
      title: "Unfinished demand",
      visibility: "draft",
    })
    .returning();
  draftChallengeId = draft?.id ?? "";
});
afterAll(() => t.close());

describe("lists of city challenges", () => {
  it("is curated by the edition's organizers, published only with public challenges, then public", async () => {
    const refused = await call(t.app, outsider, {
      method: "POST",
      url: "/api/v1/lists",
      payload: { eventId, title: "Not mine" },
    });
    expect(refused.statusCode).toBe(403);

    const created = await call(t.app, organizer, {
      method: "POST",
      url: "/api/v1/lists",
      payload: {
        eventId,
        title: "List of City Challenges & Opportunities 2026",
        intro: "Demands released at the expo.",
        priorityAreas: ["energy-environment", "governance"],
        challengeIds: [...challengeIds, draftChallengeId],
      },
    });
    expect(created.statusCode).toBe(201);
    const list = created.json();
    expect(list.status).toBe("draft");
    expect(
      (await t.app.inject({ method: "GET", url: `/api/v1/lists/${list.slug}` })).statusCode,
    ).toBe(404);

    const publishWithDraft = await call(t.app, organizer, {
      method: "POST",
      url: `/api/v1/lists/${list.id}/publish`,
      payload: { publishedOn: "2026-09-02" },
    });
    expect(publishWithDraft.statusCode).toBe(409);
    expect(publishWithDraft.json().error.message).toContain("Unfinished demand");

    const reordered = await call(t.app, organizer, {
      method: "PATCH",
      url: `/api/v1/lists/${list.id}`,
      payload: { challengeIds: [challengeIds[2], challengeIds[0], challengeIds[1]] },
    });
    expect(reordered.statusCode).toBe(200);
    const published = await call(t.app, organizer, {
      method: "POST",
      url: `/api/v1/lists/${list.id}/publish`,
      payload: { publishedOn: "2026-09-02" },
    });
    expect(published.statusCode).toBe(200);

    const anonymous = await t.app.inject({ method: "GET", url: `/api/v1/lists/${list.slug}` });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toMatchObject({
      status: "published",
      publishedOn: "2026-09-02",
      stats: { demands: 3, cities: 3, countries: 2 },
      byCountry: [
        { country: "PT", demands: 2 },
        { country: "KE", demands: 1 },
      ],
      canEdit: false,
    });
    expect(
      anonymous.json().items.map((i: { challenge: { title: string } }) => i.challenge.title),
    ).toEqual(["Demand 2 from Nairobi", "Demand 0 from Lisbon", "Demand 1 from Porto"]);

    const addDraft = await call(t.app, organizer, {
      method: "PATCH",
      url: `/api/v1/lists/${list.id}`,
      payload: { challengeIds: [...challengeIds, draftChallengeId] },
    });
    expect(addDraft.statusCode).toBe(409);

    const csv = await t.app.inject({ method: "GET", url: `/api/v1/lists/${list.slug}/export.csv` });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.trim().split("\n");
    expect(lines[0]).toContain("position,title,organization,city,country");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain("Demand 2 from Nairobi");
  });

  it("refuses a challenge twice in one list", async () => {
    const response = await call(t.app, organizer, {
      method: "POST",
      url: "/api/v1/lists",
      payload: { eventId, title: "Duplicated", challengeIds: [challengeIds[0], challengeIds[0]] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0].path).toBe("body.challengeIds");
  });
});
