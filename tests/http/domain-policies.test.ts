import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPerson } from "../support/builders.ts";
import { ROLES, type Role, type RoleFixture, seedRoles } from "../support/roles.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let fx: RoleFixture;
let otherPersonId: string;

beforeAll(async () => {
  t = await startTestApp();
  fx = await seedRoles(t.app, t.database.db);
  otherPersonId = (await buildPerson(t.database.db)).id;
});
afterAll(() => t.close());

/**
 * The finer rules the domain policies add on top of the declared access, with valid
 * requests: who may change what. 2xx means allowed; the number is the refusal.
 */
describe("domain policies per role", () => {
  type Case = {
    name: string;
    request: () => { method: string; url: string; payload?: unknown };
    expect: Record<Role, "ok" | 401 | 403 | 404>;
  };
  const cases: Case[] = [
    {
      name: "edit an organization",
      request: () => ({
        method: "PATCH",
        url: `/api/v1/organizations/${fx.organization.id}`,
        payload: { description: "Updated description" },
      }),
      expect: { anonymous: 401, member: 403, orgAdmin: "ok", organizer: 403, platformAdmin: "ok" },
    },
    {
      name: "add a member to an organization",
      request: () => ({
        method: "PUT",
        url: `/api/v1/organizations/${fx.organization.id}/members/${otherPersonId}`,
        payload: { role: "member" },
      }),
      expect: { anonymous: 401, member: 403, orgAdmin: "ok", organizer: 403, platformAdmin: "ok" },
    },
    {
      name: "edit a city (its government's admins and platform admins)",
      request: () => ({
        method: "PATCH",
        url: `/api/v1/cities/${fx.city.id}`,
        payload: { population: 251_000 },
      }),
      expect: { anonymous: 401, member: 403, orgAdmin: 403, organizer: 403, platformAdmin: "ok" },
    },
    {
      name: "edit an edition",
      request: () => ({
        method: "PATCH",
        url: `/api/v1/events/${fx.event.id}`,
        payload: { venue: "Hall 2" },
      }),
      expect: { anonymous: 401, member: 403, orgAdmin: 403, organizer: "ok", platformAdmin: "ok" },
    },
    {
      name: "see a draft edition",
      request: () => ({ method: "GET", url: `/api/v1/events/${fx.draftEvent.slug}` }),
      expect: { anonymous: 404, member: 404, orgAdmin: 404, organizer: "ok", platformAdmin: "ok" },
    },
    {
      name: "add a speaker to an edition",
      request: () => ({
        method: "POST",
        url: `/api/v1/events/${fx.event.id}/participations`,
        payload: { personId: otherPersonId, role: "speaker" },
      }),
      expect: { anonymous: 401, member: 403, orgAdmin: 403, organizer: "ok", platformAdmin: "ok" },
    },
    {
      name: "appoint an organizer",
      request: () => ({
        method: "POST",
        url: `/api/v1/events/${fx.event.id}/participations`,
        payload: { personId: otherPersonId, role: "organizer" },
      }),
      expect: { anonymous: 401, member: 403, orgAdmin: 403, organizer: 403, platformAdmin: "ok" },
    },
    {
      name: "list people",
      request: () => ({ method: "GET", url: "/api/v1/people" }),
      expect: {
        anonymous: 401,
        member: "ok",
        orgAdmin: "ok",
        organizer: "ok",
        platformAdmin: "ok",
      },
    },
    {
      name: "define an edition's B2B programme",
      request: () => ({
        method: "PUT",
        url: `/api/v1/events/${fx.event.id}/meeting-programme`,
        payload: {
          tableCount: 10,
          slotMinutes: 30,
          sessions: [{ day: "2026-09-02", label: "Morning", starts: "09:00", ends: "12:00" }],
        },
      }),
      expect: { anonymous: 401, member: 403, orgAdmin: 403, organizer: "ok", platformAdmin: "ok" },
    },
    {
      name: "see every meeting request of an edition",
      request: () => ({
        method: "GET",
        url: `/api/v1/events/${fx.event.id}/meeting-requests?scope=all`,
      }),
      expect: { anonymous: 401, member: 403, orgAdmin: 403, organizer: "ok", platformAdmin: "ok" },
    },
    {
      name: "see the scheduler runs of an edition",
      request: () => ({ method: "GET", url: `/api/v1/events/${fx.event.id}/schedule-runs` }),
      expect: { anonymous: 401, member: 403, orgAdmin: 403, organizer: "ok", platformAdmin: "ok" },
    },
  ];

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const answers: Record<string, number | "ok"> = {};
      for (const role of ROLES) {
        const response = await call(t.app, fx.sessions[role], testCase.request());
        answers[role] = response.statusCode < 300 ? "ok" : response.statusCode;
        // Undo side effects that would change the next role's answer.
        if (testCase.name.startsWith("add a speaker") || testCase.name.startsWith("appoint")) {
          const created = response.statusCode === 201 ? (response.json() as { id: string }) : null;
          if (created) {
            await call(t.app, fx.sessions.platformAdmin, {
              method: "DELETE",
              url: `/api/v1/events/${fx.event.id}/participations/${created.id}`,
            });
          }
        }
        if (testCase.name.startsWith("add a member") && response.statusCode === 200) {
          await call(t.app, fx.sessions.platformAdmin, {
            method: "DELETE",
            url: `/api/v1/organizations/${fx.organization.id}/members/${otherPersonId}`,
          });
        }
      }
      expect(answers).toEqual(testCase.expect);
    });
  }
});
