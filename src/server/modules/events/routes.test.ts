import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCity, buildEvent, buildPerson } from "../../../../tests/support/builders.ts";
import { call, signIn, startTestApp, type TestApp } from "../../../../tests/support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("events", () => {
  it("hides drafts from the public list and shows them to platform admins", async () => {
    const published = await buildEvent(t.database.db, { status: "published", name: "Open Expo" });
    const draft = await buildEvent(t.database.db, { status: "draft", name: "Secret Expo" });
    const publicList = await t.app.inject({ method: "GET", url: "/api/v1/events" });
    const ids = publicList.json().items.map((e: { id: string }) => e.id);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draft.id);

    const admin = await buildPerson(t.database.db, { isPlatformAdmin: true });
    const session = await signIn(t.app, admin.email, admin.password);
    const adminList = await call(t.app, session, {
      method: "GET",
      url: "/api/v1/events?status=draft",
    });
    expect(adminList.json().items.map((e: { id: string }) => e.id)).toEqual([draft.id]);
  });

  it("creates an edition in the host city's time zone and refuses inverted dates", async () => {
    const admin = await buildPerson(t.database.db, { isPlatformAdmin: true });
    const session = await signIn(t.app, admin.email, admin.password);
    const city = await buildCity(t.database.db, {
      timeZone: "Asia/Shanghai",
      country: "CN",
      continent: "AS",
    });
    const created = await call(t.app, session, {
      method: "POST",
      url: "/api/v1/events",
      payload: {
        name: "Harbour Smart City Week 2027",
        hostCityId: city.id,
        startsOn: "2027-09-01",
        endsOn: "2027-09-05",
        status: "published",
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      slug: "harbour-smart-city-week-2027",
      timeZone: "Asia/Shanghai",
      hostCity: { id: city.id },
      participantCounts: {},
    });

    const inverted = await call(t.app, session, {
      method: "POST",
      url: "/api/v1/events",
      payload: {
        name: "Backwards",
        hostCityId: city.id,
        startsOn: "2027-09-05",
        endsOn: "2027-09-01",
      },
    });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().error.details.issues[0].path).toBe("body.endsOn");

    const invertedUpdate = await call(t.app, session, {
      method: "PATCH",
      url: `/api/v1/events/${created.json().id}`,
      payload: { endsOn: "2027-08-01" },
    });
    expect(invertedUpdate.statusCode).toBe(400);
  });

  it("lets a signed-in person register once for a published edition", async () => {
    const event = await buildEvent(t.database.db, { status: "published" });
    const draft = await buildEvent(t.database.db, { status: "draft" });
    const person = await buildPerson(t.database.db);
    const session = await signIn(t.app, person.email, person.password);
    const registered = await call(t.app, session, {
      method: "POST",
      url: `/api/v1/events/${event.id}/register`,
      payload: { role: "visitor" },
    });
    expect(registered.statusCode).toBe(201);
    expect(registered.json()).toMatchObject({ role: "visitor", person: { id: person.id } });
    const again = await call(t.app, session, {
      method: "POST",
      url: `/api/v1/events/${event.id}/register`,
      payload: { role: "visitor" },
    });
    expect(again.statusCode).toBe(409);
    const detail = await call(t.app, session, {
      method: "GET",
      url: `/api/v1/events/${event.slug}`,
    });
    expect(detail.json()).toMatchObject({
      myRoles: ["visitor"],
      participantCounts: { visitor: 1 },
    });
    const toDraft = await call(t.app, session, {
      method: "POST",
      url: `/api/v1/events/${draft.id}/register`,
      payload: { role: "visitor" },
    });
    expect(toDraft.statusCode).toBe(404);

    const leave = await call(t.app, session, {
      method: "DELETE",
      url: `/api/v1/events/${event.id}/participations/${registered.json().id}`,
    });
    expect(leave.statusCode).toBe(204);
  });

  it("lists participants by role, sorted by name", async () => {
    const event = await buildEvent(t.database.db, { status: "published" });
    const viewer = await buildPerson(t.database.db);
    const admin = await buildPerson(t.database.db, { isPlatformAdmin: true });
    const adminSession = await signIn(t.app, admin.email, admin.password);
    for (const name of ["Zhang Wei", "Amara Okafor", "Lucía Pérez"]) {
      const person = await buildPerson(t.database.db, { name });
      await call(t.app, adminSession, {
        method: "POST",
        url: `/api/v1/events/${event.id}/participations`,
        payload: { personId: person.id, role: "speaker" },
      });
    }
    const session = await signIn(t.app, viewer.email, viewer.password);
    const response = await call(t.app, session, {
      method: "GET",
      url: `/api/v1/events/${event.id}/participations?role=speaker&limit=2`,
    });
    const body = response.json();
    expect(body.total).toBe(3);
    expect(body.items.map((p: { person: { name: string } }) => p.person.name)).toEqual([
      "Amara Okafor",
      "Lucía Pérez",
    ]);
    const next = await call(t.app, session, {
      method: "GET",
      url: `/api/v1/events/${event.id}/participations?role=speaker&limit=2&cursor=${body.nextCursor}`,
    });
    expect(next.json().items.map((p: { person: { name: string } }) => p.person.name)).toEqual([
      "Zhang Wei",
    ]);
  });
});
