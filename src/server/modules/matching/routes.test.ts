import { eq, sql } from "drizzle-orm";
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
import {
  casePartners,
  cases,
  challenges,
  cities,
  solutionDeployments,
  solutions,
} from "../../db/schema/index.ts";
import { refreshMatches } from "./maintenance.ts";
import type { Recommendations } from "./schema.ts";

let t: TestApp;
let providerMember: Session;
let hanoiId: string;
let providerId: string;
let eventSlug: string;
let organizer: Session;

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  const hanoiCity = await buildCity(db, {
    name: "Hanoi",
    country: "VN",
    continent: "AS",
    population: 8_000_000,
  });
  const danang = await buildCity(db, {
    name: "Da Nang",
    country: "VN",
    continent: "AS",
    population: 1_200_000,
  });
  const hanoi = await buildOrganization(db, {
    kind: "city-government",
    country: "VN",
    name: "Hanoi People's Committee",
    cityId: hanoiCity.id,
  });
  const provider = await buildOrganization(db, {
    kind: "company",
    country: "NL",
    name: "Dijkwacht",
  });
  const other = await buildOrganization(db, { kind: "startup", country: "JP", name: "Carewell" });
  await db.insert(challenges).values([
    {
      slug: "red-river-flood-warning",
      organizationId: hanoi.id,
      title: "Flood early warning for the Red River",
      summary: "Street-level flood forecasts and warnings for 1.2 million residents",
      description:
        "River gauges and rain sensors feed a forecast; warnings must reach people six hours ahead.",
      domains: ["safety-resilience", "enabling-technologies"],
      sdgs: [11, 13],
      tags: ["flood", "early warning"],
      stage: "tender-open",
      budgetMax: "2000000",
      currency: "USD",
      visibility: "public",
    },
    {
      slug: "secret-flood-plan",
      organizationId: hanoi.id,
      title: "Confidential flood plan",
      summary: "Draft",
      domains: ["safety-resilience"],
      visibility: "draft",
    },
  ]);
  const [flood] = await db
    .insert(solutions)
    .values([
      {
        slug: "dike-flood-warning",
        organizationId: provider.id,
        title: "Flood warning from river sensors",
        summary:
          "River gauge and rain sensor network with street-level flood forecasts and warnings",
        description: "Forecasts six hours ahead, warnings by SMS and sirens.",
        domains: ["safety-resilience", "enabling-technologies"],
        sdgs: [11, 13],
        tags: ["flood", "sensors"],
        trl: 8,
        priceModel: "project",
        regionsServed: ["AS", "EU"],
        languages: ["en", "vi"],
        visibility: "public",
      },
      {
        slug: "elderly-care-visits",
        organizationId: other.id,
        title: "Home visits planner for elderly care",
        summary: "Schedules carers' home visits",
        domains: ["living-inclusion"],
        sdgs: [3],
        trl: 9,
        visibility: "public",
      },
      {
        slug: "draft-flood-sensors",
        organizationId: provider.id,
        title: "Flood sensors (unreleased)",
        summary: "River gauge flood warning prototype",
        domains: ["safety-resilience"],
        trl: 4,
        visibility: "draft",
      },
    ])
    .returning();
  await db.insert(solutionDeployments).values({
    solutionId: flood?.id ?? "",
    cityId: danang.id,
    cityName: "Da Nang",
    country: "VN",
    year: 2024,
    outcome: "Warnings 5 hours ahead",
  });
  const person = await buildPerson(db, { organizationId: provider.id });
  providerMember = await signIn(t.app, person.email, person.password);
  hanoiId = hanoi.id;
  providerId = provider.id;
  const event = await buildEvent(db, { status: "published" });
  eventSlug = event.slug;
  const delegate = await buildPerson(db, { organizationId: hanoi.id, name: "Nguyen Van An" });
  await buildParticipation(db, { eventId: event.id, personId: delegate.id, role: "delegate" });
  const organizerPerson = await buildPerson(db);
  await buildParticipation(db, {
    eventId: event.id,
    personId: organizerPerson.id,
    role: "organizer",
  });
  organizer = await signIn(t.app, organizerPerson.email, organizerPerson.password);
});
afterAll(() => t.close());

const get = async (url: string, session: Session | null = null) => {
  const response = await call(t.app, session, { method: "GET", url });
  return {
    status: response.statusCode,
    body: response.json() as Recommendations & {
      error?: { details?: { issues: { path: string }[] } };
    },
  };
};

describe("recommendations", () => {
  it("puts the solution that answers a challenge first, with its score explained", async () => {
    const { status, body } = await get("/api/v1/challenges/red-river-flood-warning/matches");
    expect(status).toBe(200);
    const slugs = body.items.map((item) => item.item.slug);
    expect(slugs[0]).toBe("dike-flood-warning");
    expect(slugs).not.toContain("draft-flood-sensors");
    const [best, ...rest] = body.items;
    expect(best?.match.score).toBeGreaterThan(rest[0]?.match.score ?? 0);
    const points = best?.match.parts.reduce((sum, part) => sum + part.points, 0) ?? 0;
    expect(points).toBeCloseTo(best?.match.score ?? -1, 0);
    const reasons = best?.match.reasons.map((reason) => reason.text) ?? [];
    expect(reasons).toContain("Matches 2 of 2 areas (Safety & resilience, Enabling technologies)");
    expect(reasons.some((text) => text.startsWith("Deployed in 1 city in Asia"))).toBe(true);
    expect(reasons).toContain("TRL 8: ready for a tender open challenge (wants 7+)");
    expect(best?.item.organization.name).toBe("Dijkwacht");
  });

  it("finds the challenges a solution answers, from the solution's side", async () => {
    const { status, body } = await get("/api/v1/solutions/dike-flood-warning/matches?limit=5");
    expect(status).toBe(200);
    expect(body.items.map((item) => item.item.slug)).toEqual(["red-river-flood-warning"]);
    // The same pair scores the same from either side.
    const fromChallenge = await get("/api/v1/challenges/red-river-flood-warning/matches");
    expect(body.items[0]?.match.score).toBe(fromChallenge.body.items[0]?.match.score);
  });

  it("shows an organization its own drafts among the matches, and no one else", async () => {
    const { body } = await get(
      "/api/v1/challenges/red-river-flood-warning/matches",
      providerMember,
    );
    expect(body.items.map((item) => item.item.slug)).toContain("draft-flood-sensors");
  });

  it("answers 404 for what the caller may not see or that does not exist, 400 for a bad limit", async () => {
    expect((await get("/api/v1/challenges/secret-flood-plan/matches")).status).toBe(404);
    expect((await get("/api/v1/challenges/no-such-challenge/matches")).status).toBe(404);
    expect((await get("/api/v1/solutions/draft-flood-sensors/matches")).status).toBe(404);
    const tooMany = await get("/api/v1/challenges/red-river-flood-warning/matches?limit=500");
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error?.details?.issues.map((issue) => issue.path)).toEqual([
      "querystring.limit",
    ]);
  });

  it("keeps a dismissed pair out of the person's suggestions from both sides, and marks a saved one", async () => {
    const pairs = await get("/api/v1/challenges/red-river-flood-warning/matches", providerMember);
    const challengeId = (await get("/api/v1/solutions/dike-flood-warning/matches")).body.items[0]
      ?.item.id;
    const flood = pairs.body.items.find((item) => item.item.slug === "dike-flood-warning");
    const draft = pairs.body.items.find((item) => item.item.slug === "draft-flood-sensors");
    const judge = (solutionId: string | undefined, verdict: string | null) =>
      call(t.app, providerMember, {
        method: "PUT",
        url: "/api/v1/me/match-verdicts",
        payload: { challengeId, solutionId, verdict },
      });
    expect((await judge(draft?.item.id, "dismissed")).statusCode).toBe(204);
    expect((await judge(flood?.item.id, "saved")).statusCode).toBe(204);
    const after = await get("/api/v1/challenges/red-river-flood-warning/matches", providerMember);
    const slugs = after.body.items.map((item) => item.item.slug);
    expect(slugs).not.toContain("draft-flood-sensors");
    expect(after.body.items.find((item) => item.item.slug === "dike-flood-warning")?.saved).toBe(
      true,
    );
    // Verdicts are personal.
    const anonymous = await get("/api/v1/challenges/red-river-flood-warning/matches");
    expect(
      anonymous.body.items.find((item) => item.item.slug === "dike-flood-warning")?.saved,
    ).toBe(false);
    const saved = await call(t.app, providerMember, {
      method: "GET",
      url: "/api/v1/me/match-verdicts/saved",
    });
    expect(
      saved.json().items.map((item: { solution: { slug: string } }) => item.solution.slug),
    ).toEqual(["dike-flood-warning"]);
    // From the solution's side the dismissed pair stays out too.
    const fromSolution = await get("/api/v1/solutions/draft-flood-sensors/matches", providerMember);
    expect(fromSolution.body.items.map((item) => item.item.id)).not.toContain(challengeId);
    expect((await judge(draft?.item.id, null)).statusCode).toBe(204);
    const restored = await get(
      "/api/v1/challenges/red-river-flood-warning/matches",
      providerMember,
    );
    expect(restored.body.items.map((item) => item.item.slug)).toContain("draft-flood-sensors");
    const bad = await judge("00000000-0000-4000-8000-000000000000", "saved");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe("body.solutionId");
    expect(
      (await call(t.app, null, { method: "PUT", url: "/api/v1/me/match-verdicts", payload: {} }))
        .statusCode,
    ).toBe(401);
  });

  it("ranks an organization's counterparts by their best pair, from either side", async () => {
    const city = await call(t.app, null, {
      method: "GET",
      url: `/api/v1/organizations/${hanoiId}/matches`,
    });
    expect(city.statusCode).toBe(200);
    const [first] = city.json().items;
    expect(first.organization.name).toBe("Dijkwacht");
    expect(first.pairs[0].challenge.slug).toBe("red-river-flood-warning");
    expect(first.pairs[0].solution.slug).toBe("dike-flood-warning");
    const provider = await call(t.app, null, {
      method: "GET",
      url: `/api/v1/organizations/${providerId}/matches`,
    });
    expect(provider.json().items[0].organization.name).toBe("Hanoi People's Committee");
    expect(provider.json().items[0].score).toBe(first.score);
    const missing = await call(t.app, null, {
      method: "GET",
      url: "/api/v1/organizations/nobody/matches",
    });
    expect(missing.statusCode).toBe(404);
  });

  it("leaves a pair the person dismissed out of their organization's counterparts", async () => {
    const own = await call(t.app, providerMember, {
      method: "GET",
      url: `/api/v1/organizations/${providerId}/matches`,
    });
    const pair = own.json().items[0].pairs[0];
    const judge = (verdict: string | null) =>
      call(t.app, providerMember, {
        method: "PUT",
        url: "/api/v1/me/match-verdicts",
        payload: { challengeId: pair.challenge.id, solutionId: pair.solution.id, verdict },
      });
    expect((await judge("dismissed")).statusCode).toBe(204);
    const after = await call(t.app, providerMember, {
      method: "GET",
      url: `/api/v1/organizations/${providerId}/matches`,
    });
    const pairs = after
      .json()
      .items.flatMap(
        (item: { pairs: { challenge: { id: string }; solution: { id: string } }[] }) => item.pairs,
      );
    expect(
      pairs.some(
        (p: { challenge: { id: string }; solution: { id: string } }) =>
          p.challenge.id === pair.challenge.id && p.solution.id === pair.solution.id,
      ),
    ).toBe(false);
    // Others still see it.
    const anonymous = await call(t.app, null, {
      method: "GET",
      url: `/api/v1/organizations/${providerId}/matches`,
    });
    expect(anonymous.json().items[0].pairs[0]).toMatchObject({
      challenge: { id: pair.challenge.id },
      solution: { id: pair.solution.id },
    });
    expect((await judge(null)).statusCode).toBe(204);
  });

  it("suggests the people at an edition worth meeting, with the pairs behind it", async () => {
    const response = await call(t.app, providerMember, {
      method: "GET",
      url: `/api/v1/events/${eventSlug}/people-to-meet`,
    });
    expect(response.statusCode).toBe(200);
    const [suggestion] = response.json().items;
    expect(suggestion.organization.name).toBe("Hanoi People's Committee");
    expect(suggestion.people).toEqual([
      expect.objectContaining({ name: "Nguyen Van An", role: "delegate" }),
    ]);
    expect(suggestion.pairs[0].solution.slug).toBe("dike-flood-warning");
    const anonymous = await call(t.app, null, {
      method: "GET",
      url: `/api/v1/events/${eventSlug}/people-to-meet`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it("lets organizers tune the weights of the score's parts for the whole platform", async () => {
    const before = await call(t.app, null, { method: "GET", url: "/api/v1/match-weights" });
    expect(before.json()).toMatchObject({ tuned: false, updatedAt: null });
    const defaults = before.json().defaults as Record<string, number>;
    const textOnly = Object.fromEntries(
      Object.keys(defaults).map((part) => [part, part === "text" ? 1 : 0]),
    );
    const put = (session: Session | null, weights: unknown) =>
      call(t.app, session, { method: "PUT", url: "/api/v1/match-weights", payload: { weights } });
    expect((await put(providerMember, textOnly)).statusCode).toBe(403);
    const issues = async (weights: unknown) => {
      const response = await put(organizer, weights);
      expect(response.statusCode).toBe(400);
      return response.json().error.details.issues.map((issue: { path: string }) => issue.path);
    };
    expect(await issues({ ...textOnly, text: 2 })).toEqual(["body.weights.text"]);
    expect(await issues({ ...textOnly, luck: 0.5 })).toEqual(["body.weights"]);
    expect(await issues({ ...textOnly, text: 0 })).toEqual(["body.weights"]);
    const tuned = await put(organizer, textOnly);
    expect(tuned.statusCode).toBe(200);
    expect(tuned.json().tuned).toBe(true);
    const { body } = await get("/api/v1/challenges/red-river-flood-warning/matches");
    const best = body.items[0]?.match;
    const text = best?.parts.find((part) => part.part === "text")?.value ?? -1;
    expect(best?.score).toBeCloseTo(100 * text, 0);
    expect((await put(organizer, defaults)).statusCode).toBe(200);
  });
});

describe("stored recommendations", () => {
  const storedLists = async () => {
    const { rows } = (await t.database.db.execute(
      sql`SELECT si.item_id, ml.targets, ml.scores FROM match_lists ml JOIN search_items si ON si.doc = ml.doc ORDER BY si.item_id`,
    )) as unknown as { rows: { item_id: string; targets: number[]; scores: number[] }[] };
    return rows.map((row) => ({
      ...row,
      targets: [...row.targets],
      scores: [...row.scores].map(Number),
    }));
  };

  it("follow a new solution, a closed challenge and a deletion, as a rebuild would", async () => {
    const db = t.database.db;
    await refreshMatches(db);
    const [added] = await db
      .insert(solutions)
      .values({
        slug: "river-gauge-alerts",
        organizationId: (await buildOrganization(db, { kind: "startup", country: "VN" })).id,
        title: "River gauge flood alerts",
        summary: "Flood warnings from river gauges and rain sensors, street by street",
        domains: ["safety-resilience"],
        sdgs: [13],
        tags: ["flood"],
        trl: 7,
        visibility: "public",
      })
      .returning();
    const refresh = await refreshMatches(db);
    expect(refresh.mode).toBe("incremental");
    expect(refresh.items).toBe(1);
    const { body } = await get("/api/v1/challenges/red-river-flood-warning/matches");
    expect(body.items.map((item) => item.item.slug)).toContain("river-gauge-alerts");
    const merged = await storedLists();
    expect((await refreshMatches(db, { rebuild: true })).mode).toBe("rebuild");
    expect(await storedLists()).toEqual(merged);

    await db.delete(solutions).where(eq(solutions.id, added?.id ?? ""));
    expect((await refreshMatches(db)).mode).toBe("incremental");
    const after = await get("/api/v1/challenges/red-river-flood-warning/matches");
    expect(after.body.items.map((item) => item.item.slug)).not.toContain("river-gauge-alerts");
    expect((await storedLists()).some((list) => list.item_id === added?.id)).toBe(false);

    await db
      .update(challenges)
      .set({ status: "closed" })
      .where(eq(challenges.slug, "red-river-flood-warning"));
    // A reader does not wait for the background: it catches up on demand.
    const closed = await get("/api/v1/solutions/dike-flood-warning/matches");
    expect(closed.body.items.map((item) => item.item.slug)).not.toContain(
      "red-river-flood-warning",
    );
    await db
      .update(challenges)
      .set({ status: "open" })
      .where(eq(challenges.slug, "red-river-flood-warning"));
    const reopened = await get("/api/v1/solutions/dike-flood-warning/matches");
    expect(reopened.body.items.map((item) => item.item.slug)).toContain("red-river-flood-warning");
  });

  it("rank a rebuild on two threads exactly as on one", async () => {
    const db = t.database.db;
    const now = new Date("2026-11-23T12:00:00Z");
    await refreshMatches(db, { rebuild: true, parallel: false, now });
    const single = await storedLists();
    const progress: number[] = [];
    const result = await refreshMatches(db, {
      rebuild: true,
      parallel: true,
      now,
      progress: (step) => {
        if (step.stage === "ranking") progress.push(step.done);
      },
    });
    expect(result.mode).toBe("rebuild");
    expect(await storedLists()).toEqual(single);
    expect(progress.at(-1)).toBe(result.items);
  });

  it("count a provider's delivered case as evidence, and forget it once deleted", async () => {
    const db = t.database.db;
    await refreshMatches(db);
    const score = async () =>
      (await get("/api/v1/challenges/red-river-flood-warning/matches")).body.items.find(
        (item) => item.item.slug === "dike-flood-warning",
      )?.match.score ?? -1;
    const before = await score();
    const [city] = await db.select().from(cities).where(eq(cities.name, "Da Nang"));
    const [delivered] = await db
      .insert(cases)
      .values({
        slug: "da-nang-flood-sirens",
        organizationId: hanoiId,
        cityId: city?.id ?? "",
        title: "Flood sirens in Da Nang",
        domains: ["safety-resilience"],
        visibility: "public",
      })
      .returning();
    await db
      .insert(casePartners)
      .values({ caseId: delivered?.id ?? "", organizationId: providerId });
    expect((await refreshMatches(db)).mode).toBe("incremental");
    const stored = await storedLists();
    expect(await score()).toBeGreaterThan(before);
    await db.delete(cases).where(eq(cases.id, delivered?.id ?? ""));
    expect((await refreshMatches(db)).mode).toBe("incremental");
    expect(await score()).toBe(before);
    expect(await storedLists()).not.toEqual(stored);
  });

  it("are recomputed whole after new weights, and answer nothing for an unknown item", async () => {
    const db = t.database.db;
    await refreshMatches(db);
    const weights = (
      await call(t.app, null, { method: "GET", url: "/api/v1/match-weights" })
    ).json().weights as Record<string, number>;
    const put = await call(t.app, organizer, {
      method: "PUT",
      url: "/api/v1/match-weights",
      payload: { weights: { ...weights, evidence: 0.3 } },
    });
    expect(put.statusCode).toBe(200);
    const refresh = await refreshMatches(db);
    // The write's own background refresh may have run first.
    expect(["rebuild", "current"]).toContain(refresh.mode);
    expect((await refreshMatches(db)).mode).toBe("current");
    const missing = await get("/api/v1/challenges/no-such-challenge/matches");
    expect(missing.status).toBe(404);
    await call(t.app, organizer, {
      method: "PUT",
      url: "/api/v1/match-weights",
      payload: { weights },
    });
  });
});
