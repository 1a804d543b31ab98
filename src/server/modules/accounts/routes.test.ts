import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPerson } from "../../../../tests/support/builders.ts";
import {
  call,
  signIn,
  startTestApp,
  type TestApp,
  withCsrf,
} from "../../../../tests/support/test-app.ts";
import { apiTokens, people } from "../../db/schema/index.ts";
import { MAX_FAILURES_PER_EMAIL } from "./service.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ trustProxy: true });
});
afterAll(() => t.close());

const signUp = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: "POST", url: "/api/v1/auth/sign-up", payload, headers });

describe("sign up", () => {
  it("creates an account with an argon2id hash and a safe session cookie", async () => {
    const response = await signUp({
      name: "Ada Lovelace",
      email: "Ada@Example.org",
      password: "analytical engine 1843",
      locale: "es",
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      person: { name: "Ada Lovelace", email: "ada@example.org", locale: "es", hasAccount: true },
      platformAdmin: false,
      organization: null,
    });
    const cookie = response.cookies.find((c) => c.name === "cm_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie?.secure).toBeFalsy();
    const [row] = await t.database.db
      .select({ passwordHash: people.passwordHash })
      .from(people)
      .where(eq(people.email, "ada@example.org"));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("marks the cookie Secure when served over HTTPS", async () => {
    const response = await signUp(
      { name: "Grace Hopper", email: "grace@example.org", password: "compilers all the way" },
      { "x-forwarded-proto": "https" },
    );
    expect(response.statusCode).toBe(201);
    expect(response.cookies.find((c) => c.name === "cm_session")?.secure).toBe(true);
  });

  it("refuses an e-mail that exists in another case", async () => {
    const response = await signUp({
      name: "Ada Again",
      email: "ADA@example.org",
      password: "another long password",
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("conflict");
  });

  it("names every bad field", async () => {
    const response = await signUp({ name: "", email: "not-an-email", password: "short" });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe("validation_failed");
    const paths = body.error.details.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["body.name", "body.email", "body.password"]));
  });
});

describe("sign in and out", () => {
  it("signs in case-insensitively, answers /me, and signs out", async () => {
    const person = await buildPerson(t.database.db, { email: "lin.wei@example.org" });
    const session = await signIn(t.app, "LIN.WEI@example.org", person.password);
    const me = await call(t.app, session, { method: "GET", url: "/api/v1/me" });
    expect(me.statusCode).toBe(200);
    expect(me.json().person.id).toBe(person.id);

    const out = await call(t.app, session, { method: "POST", url: "/api/v1/auth/sign-out" });
    expect(out.statusCode).toBe(204);
    const after = await call(t.app, session, { method: "GET", url: "/api/v1/me" });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe("unauthenticated");
  });

  it("gives the same answer for an unknown e-mail and a wrong password", async () => {
    const person = await buildPerson(t.database.db);
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { email: person.email, password: "wrong password!" },
    });
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { email: "nobody@example.org", password: "wrong password!" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it("throttles repeated failures for an e-mail, even with the right password after", async () => {
    const person = await buildPerson(t.database.db);
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        payload: { email: person.email, password: `guess ${attempt}` },
      });
      expect(response.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      payload: { email: person.email, password: person.password },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe("rate_limited");
  });
});

describe("CSRF protection", () => {
  it("refuses a cookie-authenticated write without the token", async () => {
    const person = await buildPerson(t.database.db);
    const session = await signIn(t.app, person.email, person.password);
    const withoutToken = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      cookies: session.cookies,
      payload: { title: "Mayor's adviser" },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe("csrf_invalid");
    const forged = await call(
      t.app,
      { ...session, csrfToken: "forged" },
      {
        method: "PATCH",
        url: "/api/v1/me",
        payload: { title: "Mayor's adviser" },
      },
    );
    expect(forged.statusCode).toBe(403);
    const ok = await call(t.app, session, {
      method: "PATCH",
      url: "/api/v1/me",
      payload: { title: "Mayor's adviser" },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().person.title).toBe("Mayor's adviser");
  });
});

describe("password change", () => {
  it("checks the current password, then ends the other sessions", async () => {
    const person = await buildPerson(t.database.db);
    const first = await signIn(t.app, person.email, person.password);
    const second = await signIn(t.app, person.email, person.password);
    const wrong = await call(t.app, first, {
      method: "POST",
      url: "/api/v1/me/password",
      payload: { currentPassword: "not it at all", newPassword: "a brand new passphrase" },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.issues[0].path).toBe("body.currentPassword");

    const changed = await call(t.app, first, {
      method: "POST",
      url: "/api/v1/me/password",
      payload: { currentPassword: person.password, newPassword: "a brand new passphrase" },
    });
    expect(changed.statusCode).toBe(204);
    expect((await call(t.app, first, { method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    expect((await call(t.app, second, { method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    await expect(signIn(t.app, person.email, person.password)).rejects.toThrow(/401/);
    await signIn(t.app, person.email, "a brand new passphrase");
  });
});

describe("personal API tokens", () => {
  it("are shown once, stored hashed, work without CSRF, and stop working when revoked", async () => {
    const person = await buildPerson(t.database.db);
    const session = await signIn(t.app, person.email, person.password);
    const created = await call(t.app, session, {
      method: "POST",
      url: "/api/v1/me/tokens",
      payload: { name: "import script", expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token, item } = created.json() as {
      token: string;
      item: { id: string; prefix: string };
    };
    expect(token).toMatch(/^cmt_/);
    expect(token.startsWith(item.prefix)).toBe(true);

    const [stored] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, item.id));
    expect(stored?.tokenHash).not.toContain(token);
    expect(stored?.tokenHash).toHaveLength(64);

    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer });
    expect(me.json().person.id).toBe(person.id);
    const write = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/me",
      headers: bearer,
      payload: { bio: "Written by a script" },
    });
    expect(write.statusCode).toBe(200);

    const listed = await call(t.app, session, { method: "GET", url: "/api/v1/me/tokens" });
    expect(listed.json().items.map((i: { id: string }) => i.id)).toEqual([item.id]);

    const revoked = await call(t.app, session, {
      method: "DELETE",
      url: `/api/v1/me/tokens/${item.id}`,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.message).toMatch(/revoked/);
  });

  it("cannot revoke someone else's token", async () => {
    const owner = await buildPerson(t.database.db);
    const other = await buildPerson(t.database.db);
    const ownerSession = await signIn(t.app, owner.email, owner.password);
    const created = await call(t.app, ownerSession, {
      method: "POST",
      url: "/api/v1/me/tokens",
      payload: { name: "mine" },
    });
    const otherSession = await signIn(t.app, other.email, other.password);
    const response = await call(t.app, otherSession, {
      method: "DELETE",
      url: `/api/v1/me/tokens/${created.json().item.id}`,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe("a fresh anonymous session", () => {
  it("gets a CSRF token and cookie", async () => {
    const session = await withCsrf(t.app, {});
    expect(session.csrfToken.length).toBeGreaterThan(10);
    expect(session.cookies._csrf).toBeDefined();
  });
});
