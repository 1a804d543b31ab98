import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganization, buildPerson } from "../../../../tests/support/builders.ts";
import {
  call,
  type Session,
  signIn,
  startTestApp,
  type TestApp,
} from "../../../../tests/support/test-app.ts";
import { challenges, solutions } from "../../db/schema/index.ts";

let t: TestApp;
let member: Session;
let cityGovernmentId: string;

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  const hanoi = await buildOrganization(db, {
    kind: "city-government",
    country: "VN",
    name: "Hanoi People's Committee",
  });
  const madrid = await buildOrganization(db, {
    kind: "city-government",
    country: "ES",
    name: "Ayuntamiento de Madrid",
  });
  const shanghai = await buildOrganization(db, {
    kind: "city-government",
    country: "CN",
    name: "Shanghai Municipal Government",
  });
  const provider = await buildOrganization(db, {
    kind: "startup",
    country: "NL",
    name: "Dijkwacht",
  });
  cityGovernmentId = hanoi.id;
  await db.insert(challenges).values([
    {
      slug: "flood-warning-hanoi",
      organizationId: hanoi.id,
      title: "Flood early warning for the Red River",
      summary: "Street-level flood forecasts for 1.2 million residents",
      description: "Warnings arrive two hours ahead; we need six. <script>alert(1)</script>",
      domains: ["safety-resilience"],
      sdgs: [11, 13],
      stage: "tender-open",
      budgetMax: "2000000",
      currency: "USD",
      visibility: "public",
    },
    {
      slug: "inundaciones-madrid",
      organizationId: madrid.id,
      title: "Gestión de inundaciones urbanas",
      summary: "Sistema de alerta temprana de inundaciones en el río Manzanares",
      domains: ["safety-resilience", "infrastructure-building"],
      sdgs: [11],
      stage: "scoping",
      visibility: "public",
    },
    {
      slug: "shanghai-flood",
      organizationId: shanghai.id,
      title: "城市洪水预警系统",
      summary: "上海中心城区的洪水预警与应急响应",
      domains: ["safety-resilience"],
      sdgs: [13],
      stage: "idea",
      language: "zh",
      visibility: "public",
    },
    {
      slug: "secret-flood-plan",
      organizationId: hanoi.id,
      title: "Confidential flood evacuation draft",
      summary: "Draft flood plan not yet public",
      domains: ["governance"],
      stage: "idea",
      visibility: "draft",
    },
    {
      slug: "members-flood",
      organizationId: madrid.id,
      title: "Members-only flood data sharing",
      domains: ["governance"],
      visibility: "members",
    },
  ]);
  await db.insert(solutions).values([
    {
      slug: "dike-sensors",
      organizationId: provider.id,
      title: "Dike sensors for flood defence",
      summary: "Fibre-optic sensing of dike stability",
      domains: ["safety-resilience"],
      sdgs: [13],
      trl: 9,
      visibility: "public",
    },
    {
      slug: "heat-map",
      organizationId: provider.id,
      title: "Urban heat risk map",
      summary: "Satellite heat maps for cooling plans",
      domains: ["energy-environment"],
      trl: 6,
      visibility: "public",
    },
  ]);
  const person = await buildPerson(db);
  member = await signIn(t.app, person.email, person.password);
});
afterAll(() => t.close());

type Result = {
  items: { slug: string; snippet: string; type: string; score: number | null }[];
  total: number;
  mode: string;
  nextCursor: string | null;
  facets: Record<string, { value: string; count: number }[]>;
};
const search = async (query: string, session: Session | null = null): Promise<Result> => {
  const response = await call(t.app, session, { method: "GET", url: `/api/v1/search?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Result;
};
const slugs = (result: Result) => result.items.map((item) => item.slug).sort();

describe("search", () => {
  it("finds English words by stem, ranks title matches first and highlights safely", async () => {
    const result = await search("q=floods");
    expect(result.mode).toBe("fulltext");
    expect(slugs(result)).toEqual(["dike-sensors", "flood-warning-hanoi"]);
    const hanoi = result.items.find((item) => item.slug === "flood-warning-hanoi");
    expect(hanoi?.snippet).toContain("<mark>flood</mark>");
    expect(hanoi?.snippet).not.toContain("<script");
  });

  it("finds Spanish words by Spanish stem", async () => {
    const result = await search("q=inundación");
    expect(slugs(result)).toEqual(["inundaciones-madrid"]);
  });

  it("falls back to trigram and substring matching for misspellings", async () => {
    const misspelt = await search("q=flod warnng");
    expect(misspelt.mode).toBe("fuzzy");
    expect(slugs(misspelt)).toContain("flood-warning-hanoi");
  });

  it("finds Chinese words inside unspaced text through character bigrams", async () => {
    const chinese = await search(`q=${encodeURIComponent("洪水预警")}`);
    expect(chinese.mode).toBe("fulltext");
    expect(slugs(chinese)).toEqual(["shanghai-flood"]);
    expect(chinese.items[0]?.snippet).toContain("<mark>洪水预警</mark>");
    // A two-character word in the middle of a longer run, and one character alone.
    expect(slugs(await search(`q=${encodeURIComponent("预警")}`))).toEqual(["shanghai-flood"]);
    expect(slugs(await search(`q=${encodeURIComponent("洪")}`))).toEqual(["shanghai-flood"]);
    // Characters present but not adjacent do not make a word.
    expect((await search(`q=${encodeURIComponent("水警")}`)).total).toBe(0);
  });

  it("counts facets over the result and filters by them", async () => {
    const all = await search("q=flood&limit=50");
    const type = Object.fromEntries(all.facets.type?.map((f) => [f.value, f.count]) ?? []);
    expect(type).toEqual({ challenge: 1, solution: 1 });
    // Facets are disjunctive: a ticked type still shows the other types' counts, while the
    // other facets count only the chosen type.
    const challengesOnly = await search("q=flood&type=challenge&limit=50");
    expect(challengesOnly.total).toBe(1);
    expect(
      Object.fromEntries((challengesOnly.facets.type ?? []).map((f) => [f.value, f.count])),
    ).toEqual({
      challenge: 1,
      solution: 1,
    });
    expect(challengesOnly.facets.trl).toEqual([]);
    const filtered = await search("domain=safety-resilience&type=challenge&limit=50");
    expect(slugs(filtered)).toEqual([
      "flood-warning-hanoi",
      "inundaciones-madrid",
      "shanghai-flood",
    ]);
    const countries = Object.fromEntries(
      filtered.facets.country?.map((f) => [f.value, f.count]) ?? [],
    );
    expect(countries).toEqual({ CN: 1, ES: 1, VN: 1 });
    const stages = await search("stage=tender-open,scoping");
    expect(slugs(stages)).toEqual(["flood-warning-hanoi", "inundaciones-madrid"]);
    const trl = await search("trl=9");
    expect(slugs(trl)).toEqual(["dike-sensors"]);
    const band = await search("budgetBand=1m-10m");
    expect(slugs(band)).toEqual(["flood-warning-hanoi"]);
    const continent = await search("continent=EU");
    expect(slugs(continent)).toEqual(["dike-sensors", "heat-map", "inundaciones-madrid"]);
  });

  it("never shows drafts or members-only items to anonymous visitors, in results, facets or exports", async () => {
    const anonymous = await search("q=flood&limit=50");
    expect(slugs(anonymous)).not.toContain("secret-flood-plan");
    expect(slugs(anonymous)).not.toContain("members-flood");
    expect(anonymous.facets.domain?.find((f) => f.value === "governance")).toBeUndefined();
    const signedIn = await search("q=flood&limit=50", member);
    expect(slugs(signedIn)).toContain("members-flood");
    expect(slugs(signedIn)).not.toContain("secret-flood-plan");

    const csv = await t.app.inject({
      method: "GET",
      url: "/api/v1/search/export?q=flood&format=csv",
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain("Flood early warning for the Red River");
    expect(csv.body).not.toContain("Confidential");
    expect(csv.body).not.toContain("Members-only");
    const json = await t.app.inject({
      method: "GET",
      url: "/api/v1/search/export?format=json&type=solution",
    });
    expect(
      JSON.parse(json.body)
        .map((row: { title: string }) => row.title)
        .sort(),
    ).toEqual(["Dike sensors for flood defence", "Urban heat risk map"]);
  });

  it("shows the owner organization its own drafts", async () => {
    const staff = await buildPerson(t.database.db, { organizationId: cityGovernmentId });
    const session = await signIn(t.app, staff.email, staff.password);
    expect(slugs(await search("q=confidential", session))).toEqual(["secret-flood-plan"]);
  });

  it("pages by relevance and by date without repeats", async () => {
    for (const sort of ["relevance", "date"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Result = await search(
          `q=flood&sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
        );
        seen.push(...page.items.map((item) => item.slug));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.sort()).toEqual(["dike-sensors", "flood-warning-hanoi"]);
    }
    const browse = await search("limit=2");
    expect(browse.mode).toBe("all");
    expect(browse.total).toBe(5);
  });

  it("refuses bad filters with the field named", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/v1/search?trl=12&stage=someday",
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["querystring.trl.0", "querystring.stage.0"]));
  });

  it("follows edits, deletions and a wiped index at the next search", async () => {
    const db = t.database.db;
    expect(slugs(await search("q=hydrant"))).toEqual([]);
    await db
      .update(solutions)
      .set({ title: "Dike and hydrant sensors" })
      .where(eq(solutions.slug, "dike-sensors"));
    expect(slugs(await search("q=hydrant"))).toEqual(["dike-sensors"]);
    const before = (await search("type=solution&limit=50")).total;
    const [temporary] = await db
      .insert(solutions)
      .values({
        slug: "temporary-hydrant",
        organizationId: cityGovernmentId,
        title: "Temporary hydrant monitor",
        summary: "Gone soon",
        domains: ["safety-resilience"],
        sdgs: [6],
        trl: 5,
        visibility: "public",
      })
      .returning();
    const during = await search("q=hydrant&limit=50");
    expect(slugs(during).sort()).toEqual(["dike-sensors", "temporary-hydrant"]);
    expect(during.facets.trl?.find((f) => f.value === "5")?.count).toBe(1);
    await db.delete(solutions).where(eq(solutions.id, temporary?.id ?? ""));
    expect(slugs(await search("q=hydrant"))).toEqual(["dike-sensors"]);
    expect((await search("type=solution&limit=50")).total).toBe(before);
    // A truncated index (as a platform import does) starts the snapshot over.
    await db.execute(sql`TRUNCATE search_items CASCADE`);
    expect((await search("limit=50")).total).toBe(0);
    await db.execute(sql`SELECT search_index_refresh('solution', ARRAY(SELECT id FROM solutions))`);
    await db.execute(
      sql`SELECT search_index_refresh('challenge', ARRAY(SELECT id FROM challenges))`,
    );
    expect(slugs(await search("q=hydrant"))).toEqual(["dike-sensors"]);
    expect((await search("type=solution&limit=50")).total).toBe(before);
  });
});
