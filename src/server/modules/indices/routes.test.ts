import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RoleFixture, seedRoles } from "../../../../tests/support/roles.ts";
import {
  call,
  type Session,
  startTestApp,
  type TestApp,
} from "../../../../tests/support/test-app.ts";

let t: TestApp;
let roles: RoleFixture;
let curator: Session;

type Json = Record<string, unknown> & {
  status: string;
  error?: {
    code: string;
    message: string;
    details?: { issues?: { path: string; message: string }[] };
  };
};
async function send(session: Session | null, method: string, url: string, payload?: unknown) {
  const response = await call(t.app, session, { method, url, payload });
  const json = response.headers["content-type"]?.includes("json") && response.body;
  return {
    status: response.statusCode,
    body: (json ? response.json() : {}) as Json,
    text: response.body,
  };
}

const META = [
  "iCode,iName,Type,Direction,Unit,Theme,Source",
  "A,Alpha,Indicator,1,%,Test,Fixture",
  "B,Beta,Indicator,-1,t,Test,Fixture",
  "Region,Region,Group,,,,",
].join("\n");
const DATA = [
  "uCode,uName,Time,Region,A,B",
  "c1,City One,2025,north,10,1",
  "c2,City Two,2025,north,20,",
  "c3,City Three,2025,south,30,3",
  "c4,City Four,2025,south,40,4",
].join("\n");

/** A (weight 3, more is better) and B (weight 1, less is better) → IDX. */
const index = {
  slug: "test-index",
  name: "Test Index",
  year: 2025,
  framework: [
    {
      type: "Indicator",
      code: "A",
      name: "Alpha",
      level: 1,
      direction: 1,
      weight: 3,
      parent: "IDX",
    },
    {
      type: "Indicator",
      code: "B",
      name: "Beta",
      level: 1,
      direction: -1,
      weight: 1,
      parent: "IDX",
    },
    { type: "Aggregate", code: "IDX", name: "Index", level: 2, weight: 1 },
  ],
  pipeline: {
    impute: { method: "none" },
    screen: { minDataAvailability: 0 },
    treat: false,
    normalise: { method: "minmax", range: [0, 100] },
    uncertainty: { normalise: ["minmax", "rank"], weights: 0.2 },
  },
  analysisRuns: 40,
};

interface View {
  status: string;
  version: string;
  analysisStatus: string;
  result: {
    results: { uCode: string; scores: Record<string, number | null>; rank: number }[];
  } | null;
  analysis: { units: { uCode: string; q5Rank: number; q95Rank: number }[] } | null;
}

beforeAll(async () => {
  t = await startTestApp();
  roles = await seedRoles(t.app, t.database.db);
  curator = roles.sessions.organizer as Session;
});
afterAll(() => t.close());

describe("indicator data", () => {
  it("reports every bad cell by file, row and column in a dry run, and writes nothing", async () => {
    const bad = [
      "uCode,uName,Time,Region,A,B,Z",
      "c1,City One,2025,north,ten,1,5",
      "c 2,City Two,2025,north,20,2,5",
      "c3,City Three,20x5,south,30,3,5",
    ].join("\n");
    const report = await send(curator, "POST", "/api/v1/indicator-data/import", {
      meta: META,
      data: bad,
    });
    expect(report.status).toBe(200);
    expect(report.body.valid).toBe(false);
    const problems = report.body.problems as { file: string; row: number; column: string }[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "data.csv", row: 1, column: "Z" }),
        expect.objectContaining({ file: "data.csv", row: 2, column: "A" }),
        expect.objectContaining({ file: "data.csv", row: 3, column: "uCode" }),
        expect.objectContaining({ file: "data.csv", row: 4, column: "Time" }),
      ]),
    );
    const catalogue = await send(null, "GET", "/api/v1/indicators");
    expect(catalogue.body.items).toEqual([]);
  });

  it("is kept by curators only", async () => {
    for (const role of ["member", "orgAdmin"] as const)
      expect(
        (await send(roles.sessions[role], "POST", "/api/v1/indicator-data/import", { data: DATA }))
          .status,
      ).toBe(403);
    expect((await send(null, "POST", "/api/v1/indicator-data/import", { data: DATA })).status).toBe(
      401,
    );
  });

  it("imports the catalogue and values, and exports what it stored", async () => {
    const dry = await send(curator, "POST", "/api/v1/indicator-data/import", {
      meta: META,
      data: DATA,
      dryRun: true,
    });
    expect(dry.body).toMatchObject({
      valid: true,
      dryRun: true,
      units: 4,
      values: 7,
      indicators: 2,
    });
    expect((await send(null, "GET", "/api/v1/indicators")).body.items).toEqual([]);
    const real = await send(curator, "POST", "/api/v1/indicator-data/import", {
      meta: META,
      data: DATA,
    });
    expect(real.body).toMatchObject({ valid: true, dryRun: false, values: 7 });
    const catalogue = (await send(null, "GET", "/api/v1/indicators")).body.items as {
      code: string;
      direction: number;
      values: number;
      years: number[];
    }[];
    expect(catalogue.map((i) => [i.code, i.direction, i.values, i.years])).toEqual([
      ["A", 1, 4, [2025]],
      ["B", -1, 3, [2025]],
    ]);
    const exported = await send(null, "GET", "/api/v1/indicator-data/export?file=data&codes=A,B");
    expect(exported.text.trim().split("\n")).toEqual([
      "uCode,uName,Time,Region,A,B",
      "c1,City One,2025,north,10,1",
      "c2,City Two,2025,north,20,",
      "c3,City Three,2025,south,30,3",
      "c4,City Four,2025,south,40,4",
    ]);
  });

  it("clears a stored value with an empty cell, so an edited export says what is stored", async () => {
    const edited = DATA.replace("c4,City Four,2025,south,40,4", "c4,City Four,2025,south,40,");
    const report = await send(curator, "POST", "/api/v1/indicator-data/import", { data: edited });
    expect(report.body).toMatchObject({ valid: true, removed: 1 });
    const values = await send(null, "GET", "/api/v1/indicator-values?unit=c4");
    expect((values.body.items as { indicatorCode: string }[]).map((v) => v.indicatorCode)).toEqual([
      "A",
    ]);
    await send(curator, "POST", "/api/v1/indicator-data/import", { data: DATA });
  });
});

describe("composite indices", () => {
  let id = "";

  it("refuses a framework naming a parent that does not exist, or an indicator outside the catalogue", async () => {
    const orphan = await send(curator, "POST", "/api/v1/indices", {
      ...index,
      framework: [
        ...index.framework.slice(0, 2).map((e) => ({ ...e, parent: "NOPE" })),
        index.framework[2],
      ],
    });
    expect(orphan.status).toBe(400);
    expect(orphan.body.error?.message).toMatch(/row 2, column Parent/);
    const unknown = await send(curator, "POST", "/api/v1/indices", {
      ...index,
      framework: [
        ...index.framework,
        { type: "Indicator", code: "C", level: 1, direction: 1, weight: 1, parent: "IDX" },
      ],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.details?.issues?.[0]?.path).toBe("body.framework.3.code");
    const badPipeline = await send(curator, "POST", "/api/v1/indices", {
      ...index,
      pipeline: { normalise: { method: "cubic" } },
    });
    expect(badPipeline.status).toBe(400);
  });

  it("builds the draft from the stored values: min-max, weights rescaled over the present indicators, ranks", async () => {
    const created = await send(curator, "POST", "/api/v1/indices", index);
    expect(created.status).toBe(201);
    id = String(created.body.id);
    expect((await send(null, "GET", "/api/v1/indices/test-index")).status).toBe(404);
    const built = await send(curator, "POST", `/api/v1/indices/${id}/build`);
    expect(built.status).toBe(200);
    const result = (built.body as unknown as View).result;
    const score = (code: string) => result?.results.find((u) => u.uCode === code)?.scores.IDX;
    // A → 0, 33.33, 66.67, 100. B (less is better) over c1, c3, c4 → 100, 33.33, 0.
    // c1 = (3·0 + 100)/4 = 25; c2 has only A: 33.33; c3 = (3·66.67 + 33.33)/4 = 58.33;
    // c4 = (3·100 + 0)/4 = 75.
    expect(score("c1")).toBeCloseTo(25, 9);
    expect(score("c2")).toBeCloseTo(100 / 3, 9);
    expect(score("c3")).toBeCloseTo(175 / 3, 9);
    expect(score("c4")).toBeCloseTo(75, 9);
    expect(result?.results.map((u) => [u.uCode, u.rank])).toEqual([
      ["c1", 4],
      ["c2", 3],
      ["c3", 2],
      ["c4", 1],
    ]);
  });

  it("runs the uncertainty analysis in the background and publishes a frozen version", async () => {
    const started = await send(curator, "POST", `/api/v1/indices/${id}/analysis`);
    expect(started.status).toBe(200);
    let view = started.body as unknown as View;
    for (let i = 0; i < 100 && view.analysisStatus === "running"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      view = (await send(curator, "GET", `/api/v1/indices/${id}?version=draft`))
        .body as unknown as View;
    }
    expect(view.analysisStatus).toBe("done");
    for (const unit of view.analysis?.units ?? [])
      expect(unit.q5Rank).toBeLessThanOrEqual(unit.q95Rank);
    expect(
      (await send(roles.sessions.member, "POST", `/api/v1/indices/${id}/publish`)).status,
    ).toBe(403);
    const published = await send(curator, "POST", `/api/v1/indices/${id}/publish`);
    expect(published.status).toBe(200);
    const open = await send(null, "GET", "/api/v1/indices/test-index");
    expect(open.status).toBe(200);
    expect((open.body as unknown as View).version).toBe("published");
    // A reader asking for the draft gets the published version.
    expect(
      (
        (await send(null, "GET", "/api/v1/indices/test-index?version=draft"))
          .body as unknown as View
      ).version,
    ).toBe("published");
  });

  it("keeps the published version while the draft changes, until the next publish", async () => {
    const patched = await send(curator, "PATCH", `/api/v1/indices/${id}`, {
      framework: index.framework.map((e) => (e.code === "A" ? { ...e, weight: 1 } : e)),
    });
    expect(patched.status).toBe(200);
    await send(curator, "POST", `/api/v1/indices/${id}/build`);
    const draft = (await send(curator, "GET", `/api/v1/indices/${id}?version=draft`))
      .body as unknown as View;
    expect(draft.result?.results.find((u) => u.uCode === "c1")?.scores.IDX).toBeCloseTo(50, 9);
    const open = (await send(null, "GET", "/api/v1/indices/test-index")).body as unknown as View;
    expect(open.result?.results.find((u) => u.uCode === "c1")?.scores.IDX).toBeCloseTo(25, 9);
  });

  it("serves the published files: results at full precision, the data and framework it was built from", async () => {
    const results = await send(null, "GET", "/api/v1/indices/test-index/files/results.csv");
    expect(results.status).toBe(200);
    const lines = results.text.trim().split("\n");
    expect(lines[0]).toBe("uCode,uName,IDX,Rank");
    const c3 = lines[3]?.split(",") ?? [];
    expect(c3[0]).toBe("c3");
    expect(c3[3]).toBe("2");
    // Written with JavaScript's shortest round-trip form: nothing rounded away.
    expect(Number(c3[2])).toBeCloseTo(175 / 3, 12);
    expect((c3[2] ?? "").replace(".", "").length).toBeGreaterThanOrEqual(15);
    const data = await send(null, "GET", "/api/v1/indices/test-index/files/data.csv");
    expect(data.text.trim().split("\n")[0]).toBe("uCode,uName,A,B");
    const meta = await send(null, "GET", "/api/v1/indices/test-index/files/meta.csv");
    expect(meta.text.split("\n")[0]).toBe(
      "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type",
    );
    const stage = await send(null, "GET", "/api/v1/indices/test-index/files/normalised.csv");
    expect(stage.status).toBe(200);
    const ua = await send(null, "GET", "/api/v1/indices/test-index/files/uncertainty.csv");
    expect(ua.status).toBe(200);
  });

  it("refuses to drop an indicator an index uses", async () => {
    expect((await send(curator, "DELETE", "/api/v1/indicators/A")).status).toBe(409);
  });
});
