import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, buildPerson } from "../../../../tests/support/builders.ts";
import {
  call,
  type Session,
  signIn,
  startTestApp,
  type TestApp,
} from "../../../../tests/support/test-app.ts";
import { challenges } from "../../db/schema/index.ts";

let t: TestApp;
let reader: Session;
let publicId: string;
let draftId: string;

beforeAll(async () => {
  t = await startTestApp();
  const organization = await buildOrganization(t.database.db);
  const rows = await t.database.db
    .insert(challenges)
    .values([
      {
        slug: "public-one",
        organizationId: organization.id,
        title: "Public challenge",
        visibility: "public",
      },
      {
        slug: "draft-one",
        organizationId: organization.id,
        title: "Draft challenge",
        visibility: "draft",
      },
    ])
    .returning();
  publicId = rows[0]?.id ?? "";
  draftId = rows[1]?.id ?? "";
  const person = await buildPerson(t.database.db);
  reader = await signIn(t.app, person.email, person.password);
});
afterAll(() => t.close());

describe("bookmarks and follows", () => {
  it("saves idempotently, lists by kind, and removes", async () => {
    for (let i = 0; i < 2; i++) {
      const saved = await call(t.app, reader, {
        method: "PUT",
        url: `/api/v1/me/saved/bookmark/challenge/${publicId}`,
      });
      expect(saved.statusCode).toBe(204);
    }
    await call(t.app, reader, {
      method: "PUT",
      url: `/api/v1/me/saved/follow/challenge/${publicId}`,
    });
    const bookmarks = await call(t.app, reader, {
      method: "GET",
      url: "/api/v1/me/saved?kind=bookmark",
    });
    expect(bookmarks.json().items).toEqual([
      expect.objectContaining({
        kind: "bookmark",
        type: "challenge",
        id: publicId,
        title: "Public challenge",
      }),
    ]);
    const all = await call(t.app, reader, { method: "GET", url: "/api/v1/me/saved" });
    expect(all.json().items).toHaveLength(2);
    await call(t.app, reader, {
      method: "DELETE",
      url: `/api/v1/me/saved/bookmark/challenge/${publicId}`,
    });
    const after = await call(t.app, reader, {
      method: "GET",
      url: "/api/v1/me/saved?kind=bookmark",
    });
    expect(after.json().items).toEqual([]);
  });

  it("cannot save what the person may not see", async () => {
    const response = await call(t.app, reader, {
      method: "PUT",
      url: `/api/v1/me/saved/follow/challenge/${draftId}`,
    });
    expect(response.statusCode).toBe(404);
  });
});
