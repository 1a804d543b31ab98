import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, buildPerson } from "../../../../tests/support/builders.ts";
import { call, signIn, startTestApp, type TestApp } from "../../../../tests/support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("people", () => {
  it("shows e-mails only to the person, their organization's admins and platform admins", async () => {
    const organization = await buildOrganization(t.database.db);
    const admin = await buildPerson(t.database.db, {
      organizationId: organization.id,
      organizationRole: "admin",
    });
    const member = await buildPerson(t.database.db, {
      organizationId: organization.id,
      organizationRole: "member",
    });
    const colleague = await buildPerson(t.database.db, {
      organizationId: organization.id,
      organizationRole: "member",
    });
    const outsider = await buildPerson(t.database.db);
    const platformAdmin = await buildPerson(t.database.db, { isPlatformAdmin: true });

    const emailSeenBy = async (viewer: { email: string; password: string }) => {
      const session = await signIn(t.app, viewer.email, viewer.password);
      const response = await call(t.app, session, {
        method: "GET",
        url: `/api/v1/people/${colleague.id}`,
      });
      expect(response.statusCode).toBe(200);
      return response.json().email as string | null;
    };
    expect(await emailSeenBy(colleague)).toBe(colleague.email);
    expect(await emailSeenBy(admin)).toBe(colleague.email);
    expect(await emailSeenBy(platformAdmin)).toBe(colleague.email);
    expect(await emailSeenBy(member)).toBeNull();
    expect(await emailSeenBy(outsider)).toBeNull();
  });

  it("lists an organization's people for signed-in users only", async () => {
    const organization = await buildOrganization(t.database.db);
    const first = await buildPerson(t.database.db, {
      organizationId: organization.id,
      name: "Aiko Tanaka",
    });
    await buildPerson(t.database.db, { organizationId: organization.id, name: "Bruno Costa" });
    expect((await t.app.inject({ method: "GET", url: "/api/v1/people" })).statusCode).toBe(401);
    const session = await signIn(t.app, first.email, first.password);
    const response = await call(t.app, session, {
      method: "GET",
      url: `/api/v1/people?organization=${organization.id}`,
    });
    expect(response.json().items.map((p: { name: string }) => p.name)).toEqual([
      "Aiko Tanaka",
      "Bruno Costa",
    ]);
    const search = await call(t.app, session, { method: "GET", url: "/api/v1/people?q=tanaka" });
    expect(search.json().items.map((p: { id: string }) => p.id)).toContain(first.id);
  });

  it("lets platform admins create accounts and manage roles, but not demote themselves", async () => {
    const admin = await buildPerson(t.database.db, { isPlatformAdmin: true });
    const organization = await buildOrganization(t.database.db);
    const session = await signIn(t.app, admin.email, admin.password);
    const created = await call(t.app, session, {
      method: "POST",
      url: "/api/v1/people",
      payload: {
        name: "Chen Jing",
        email: "chen.jing@example.org",
        password: "a long enough password",
        organizationId: organization.id,
        organizationRole: "admin",
        languages: ["zh-CN", "en"],
        locale: "zh-CN",
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      organizationRole: "admin",
      hasAccount: true,
      locale: "zh-CN",
    });
    await signIn(t.app, "chen.jing@example.org", "a long enough password");

    const roleWithoutOrganization = await call(t.app, session, {
      method: "POST",
      url: "/api/v1/people",
      payload: { name: "No Org", organizationRole: "admin" },
    });
    expect(roleWithoutOrganization.statusCode).toBe(400);
    expect(roleWithoutOrganization.json().error.details.issues[0].path).toBe(
      "body.organizationRole",
    );

    const selfDemote = await call(t.app, session, {
      method: "PATCH",
      url: `/api/v1/people/${admin.id}`,
      payload: { isPlatformAdmin: false },
    });
    expect(selfDemote.statusCode).toBe(409);
    const promote = await call(t.app, session, {
      method: "PATCH",
      url: `/api/v1/people/${created.json().id}`,
      payload: { isPlatformAdmin: true },
    });
    expect(promote.json().isPlatformAdmin).toBe(true);
  });
});
