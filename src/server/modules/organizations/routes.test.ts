import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, buildPerson } from "../../../../tests/support/builders.ts";
import { call, signIn, startTestApp, type TestApp } from "../../../../tests/support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("organizations", () => {
  it("lets a signed-in person found an organization and become its admin", async () => {
    const founder = await buildPerson(t.database.db);
    const session = await signIn(t.app, founder.email, founder.password);
    const created = await call(t.app, session, {
      method: "POST",
      url: "/api/v1/organizations",
      payload: {
        kind: "startup",
        name: "Água Viva Sensors",
        country: "pt",
        website: "https://agua-viva.example",
        domains: ["safety-resilience", "enabling-technologies", "safety-resilience"],
      },
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      slug: "agua-viva-sensors",
      country: "PT",
      domains: ["safety-resilience", "enabling-technologies"],
      canEdit: true,
      members: [{ id: founder.id, role: "admin" }],
    });
    const me = await call(t.app, session, { method: "GET", url: "/api/v1/me" });
    expect(me.json().organization).toMatchObject({ id: body.id, role: "admin" });

    const byslug = await t.app.inject({
      method: "GET",
      url: "/api/v1/organizations/agua-viva-sensors",
    });
    expect(byslug.json().canEdit).toBe(false);
  });

  it("refuses a second organization of the same name in the same country", async () => {
    const admin = await buildPerson(t.database.db, { isPlatformAdmin: true });
    const session = await signIn(t.app, admin.email, admin.password);
    await buildOrganization(t.database.db, { name: "Lumen Grid", country: "FR" });
    const duplicate = await call(t.app, session, {
      method: "POST",
      url: "/api/v1/organizations",
      payload: { kind: "company", name: "LUMEN GRID", country: "FR" },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.details.constraint).toBe("organizations_name_country_unique");
    const elsewhere = await call(t.app, session, {
      method: "POST",
      url: "/api/v1/organizations",
      payload: { kind: "company", name: "Lumen Grid", country: "BE" },
    });
    expect(elsewhere.statusCode).toBe(201);
    expect(elsewhere.json().slug).toBe("lumen-grid");
  });

  it("names bad fields: unknown country, unknown area, non-http website", async () => {
    const person = await buildPerson(t.database.db);
    const session = await signIn(t.app, person.email, person.password);
    const response = await call(t.app, session, {
      method: "POST",
      url: "/api/v1/organizations",
      payload: {
        kind: "space-agency",
        name: "X",
        country: "XX",
        domains: ["teleportation"],
        website: "javascript:alert(1)",
      },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "body.kind",
        "body.name",
        "body.country",
        "body.domains.0",
        "body.website",
      ]),
    );
  });

  it("filters by kind, country and domain, and pages with a stable keyset", async () => {
    for (let i = 0; i < 7; i++) {
      await buildOrganization(t.database.db, {
        name: `Filter Co ${String(i).padStart(2, "0")}`,
        kind: i % 2 ? "investor" : "university",
        country: "KE",
        domains: i < 3 ? ["energy-environment"] : ["mobility"],
      });
    }
    const investors = await t.app.inject({
      method: "GET",
      url: "/api/v1/organizations?kind=investor&country=ke",
    });
    expect(investors.json().total).toBe(3);
    expect(investors.json().items.every((o: { kind: string }) => o.kind === "investor")).toBe(true);

    const energy = await t.app.inject({
      method: "GET",
      url: "/api/v1/organizations?country=KE&domain=energy-environment",
    });
    expect(energy.json().items.map((o: { name: string }) => o.name)).toEqual([
      "Filter Co 00",
      "Filter Co 01",
      "Filter Co 02",
    ]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await t.app.inject({
        method: "GET",
        url: `/api/v1/organizations?country=KE&sort=-name&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      });
      const body = page.json() as {
        items: { name: string }[];
        nextCursor: string | null;
        total: number;
      };
      expect(body.total).toBe(7);
      seen.push(...body.items.map((o) => o.name));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `Filter Co 0${i}`));

    const badCursor = await t.app.inject({
      method: "GET",
      url: "/api/v1/organizations?cursor=zzz",
    });
    expect(badCursor.statusCode).toBe(400);
  });

  it("keeps at least one admin in an organization with members", async () => {
    const organization = await buildOrganization(t.database.db);
    const admin = await buildPerson(t.database.db, {
      organizationId: organization.id,
      organizationRole: "admin",
    });
    const member = await buildPerson(t.database.db, {
      organizationId: organization.id,
      organizationRole: "member",
    });
    const session = await signIn(t.app, admin.email, admin.password);
    const demote = await call(t.app, session, {
      method: "PUT",
      url: `/api/v1/organizations/${organization.id}/members/${admin.id}`,
      payload: { role: "member" },
    });
    expect(demote.statusCode).toBe(409);
    const promote = await call(t.app, session, {
      method: "PUT",
      url: `/api/v1/organizations/${organization.id}/members/${member.id}`,
      payload: { role: "admin" },
    });
    expect(promote.statusCode).toBe(200);
    const leave = await call(t.app, session, {
      method: "DELETE",
      url: `/api/v1/organizations/${organization.id}/members/${admin.id}`,
    });
    expect(leave.statusCode).toBe(204);
    const detail = await t.app.inject({
      method: "GET",
      url: `/api/v1/organizations/${organization.id}`,
    });
    expect(detail.json().members).toEqual([
      expect.objectContaining({ id: member.id, role: "admin" }),
    ]);
  });

  it("does not let an admin pull a person out of another organization", async () => {
    const mine = await buildOrganization(t.database.db);
    const theirs = await buildOrganization(t.database.db);
    const admin = await buildPerson(t.database.db, {
      organizationId: mine.id,
      organizationRole: "admin",
    });
    const theirMember = await buildPerson(t.database.db, {
      organizationId: theirs.id,
      organizationRole: "admin",
    });
    const session = await signIn(t.app, admin.email, admin.password);
    const response = await call(t.app, session, {
      method: "PUT",
      url: `/api/v1/organizations/${mine.id}/members/${theirMember.id}`,
      payload: { role: "member" },
    });
    expect(response.statusCode).toBe(409);
    const edit = await call(t.app, session, {
      method: "PATCH",
      url: `/api/v1/organizations/${theirs.id}`,
      payload: { description: "hijacked" },
    });
    expect(edit.statusCode).toBe(403);
  });
});
