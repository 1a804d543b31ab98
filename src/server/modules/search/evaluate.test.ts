import { describe, expect, it } from "vitest";
import type { Actor } from "../../http/context.ts";
import { type EvaluateRequest, evaluateSearch, inverseDocumentFrequency } from "./evaluate.ts";
import { SearchSnapshot, type SnapshotRow } from "./snapshot.ts";

const CITY = "11111111-1111-4111-8111-111111111111";
const PROVIDER = "22222222-2222-4222-8222-222222222222";

function row(doc: number, values: Partial<SnapshotRow>): SnapshotRow {
  return {
    doc,
    itemType: "solution",
    itemId: `00000000-0000-4000-8000-${String(doc).padStart(12, "0")}`,
    organizationId: PROVIDER,
    visibility: "public",
    country: "NL",
    continent: "EU",
    trl: 7,
    stage: null,
    budgetBand: null,
    domainMask: 0,
    sdgMask: 0,
    updatedAt: Date.UTC(2026, 0, doc),
    titleLexemes: [],
    summaryLexemes: [],
    ...values,
  };
}

function snapshotOf(rows: SnapshotRow[]) {
  const snapshot = new SearchSnapshot();
  for (const r of rows) snapshot.upsert(r);
  return snapshot;
}

const request = (values: Partial<EvaluateRequest>): EvaluateRequest => ({
  matches: null,
  actor: null,
  filters: { sort: "relevance" },
  sort: "date",
  after: null,
  limit: 20,
  withFacets: true,
  ...values,
});

const member = (organizationId: string | null): Actor =>
  ({ organizationId, platformAdmin: false }) as unknown as Actor;

describe("evaluateSearch", () => {
  const rows = [
    row(1, { itemType: "challenge", organizationId: CITY, stage: "tender-open", trl: null }),
    row(2, { itemType: "challenge", organizationId: CITY, visibility: "draft", trl: null }),
    row(3, { visibility: "members", country: "CN", continent: "AS", domainMask: 0b101 }),
    row(4, { trl: 9, domainMask: 0b1, sdgMask: (1 << 10) | (1 << 12) }),
    row(5, { itemType: "case", country: "CN", continent: "AS", trl: null }),
  ];
  const snapshot = snapshotOf(rows);
  const docs = (result: ReturnType<typeof evaluateSearch>) => result.hits.map((h) => h.doc);

  it("shows each audience what the items policy lets it see", () => {
    expect(docs(evaluateSearch(snapshot, request({})))).toEqual([5, 4, 1]);
    expect(docs(evaluateSearch(snapshot, request({ actor: member(PROVIDER) })))).toEqual([
      5, 4, 3, 1,
    ]);
    expect(docs(evaluateSearch(snapshot, request({ actor: member(CITY) })))).toEqual([
      5, 4, 3, 2, 1,
    ]);
  });

  it("counts each facet with every filter but its own", () => {
    const result = evaluateSearch(
      snapshot,
      request({ actor: member(PROVIDER), filters: { sort: "date", type: ["solution"] } }),
    );
    expect(result.total).toBe(2);
    expect(Object.fromEntries(result.facets.type)).toEqual({ challenge: 1, solution: 2, case: 1 });
    expect(Object.fromEntries(result.facets.country)).toEqual({ NL: 1, CN: 1 });
    expect(Object.fromEntries(result.facets.domain)).toEqual({
      "enabling-technologies": 2,
      mobility: 1,
    });
    expect(Object.fromEntries(result.facets.sdg)).toEqual({ "11": 1, "13": 1 });
    expect(Object.fromEntries(result.facets.trl)).toEqual({ "7": 1, "9": 1 });

    const twoFilters = evaluateSearch(
      snapshot,
      request({
        actor: member(PROVIDER),
        filters: { sort: "date", type: ["solution"], continent: ["AS"] },
      }),
    );
    expect(docs(twoFilters)).toEqual([3]);
    // The type facet counts Asian items of every type; the continent facet, solutions anywhere.
    expect(Object.fromEntries(twoFilters.facets.type)).toEqual({ solution: 1, case: 1 });
    expect(Object.fromEntries(twoFilters.facets.continent)).toEqual({ EU: 1, AS: 1 });
  });

  it("filters by domain and SDG overlap, by organization, and by values it has never seen", () => {
    const domain = evaluateSearch(
      snapshot,
      request({ filters: { sort: "date", domain: ["mobility"] } }),
    );
    expect(docs(domain)).toEqual([]);
    const enabling = evaluateSearch(
      snapshot,
      request({
        actor: member(PROVIDER),
        filters: { sort: "date", domain: ["mobility", "enabling-technologies"] },
      }),
    );
    expect(docs(enabling)).toEqual([4, 3]);
    expect(
      docs(evaluateSearch(snapshot, request({ filters: { sort: "date", sdg: [13] } }))),
    ).toEqual([4]);
    expect(
      docs(evaluateSearch(snapshot, request({ filters: { sort: "date", organization: CITY } }))),
    ).toEqual([1]);
    expect(
      evaluateSearch(snapshot, request({ filters: { sort: "date", country: ["ZZ"] } })).total,
    ).toBe(0);
  });

  it("pages by keyset without repeats or gaps", () => {
    const admin = { organizationId: null, platformAdmin: true } as unknown as Actor;
    const seen: number[] = [];
    let after: EvaluateRequest["after"] = null;
    for (;;) {
      const page = evaluateSearch(snapshot, request({ actor: admin, limit: 2, after }));
      seen.push(...docs(page));
      const last = page.hits.at(-1);
      if (!page.hasMore || !last) break;
      after = { value: last.sortValue, doc: last.doc };
    }
    expect(seen).toEqual([5, 4, 3, 2, 1]);
  });

  it("ranks title matches over summary matches and rare words over common ones", () => {
    const ranked = snapshotOf([
      row(1, { titleLexemes: ["sensor"], summaryLexemes: ["flood"] }),
      row(2, { titleLexemes: ["flood"], summaryLexemes: [] }),
      row(3, { titleLexemes: ["sensor"], summaryLexemes: [] }),
      row(4, { titleLexemes: ["sensor", "flood"], summaryLexemes: [] }),
      row(5, { titleLexemes: ["sensor"], summaryLexemes: [] }),
      row(6, { titleLexemes: [], summaryLexemes: [] }),
    ]);
    const result = evaluateSearch(
      ranked,
      request({
        sort: "relevance",
        matches: { docs: Int32Array.from([1, 2, 3, 4, 5, 6]), lexemes: ["flood", "sensor"] },
      }),
    );
    // 1 (sensor in the title, flood in the summary) edges out 2 (flood in the title alone).
    expect(docs(result)).toEqual([4, 1, 2, 5, 3, 6]);
    const flood = inverseDocumentFrequency(3, 6);
    const sensor = inverseDocumentFrequency(4, 6);
    expect(flood).toBeGreaterThan(sensor);
    expect(result.hits[0]?.score).toBeCloseTo(flood + sensor, 5);
    expect(result.hits[1]?.score).toBeCloseTo(sensor + 0.4 * flood, 5);
    expect(result.hits[2]?.score).toBeCloseTo(flood, 5);
    expect(result.hits.at(-1)?.score).toBe(0);
  });

  it("forgets removed items and the words they carried", () => {
    const changing = snapshotOf([
      row(1, { titleLexemes: ["flood"] }),
      row(2, { titleLexemes: ["flood"] }),
    ]);
    changing.remove(2);
    changing.upsert(row(1, { titleLexemes: ["heat"] }));
    expect(changing.size).toBe(1);
    const flood = changing.lexemes.find("flood") as number;
    expect(changing.documentFrequency[flood]).toBe(0);
    expect(evaluateSearch(changing, request({})).total).toBe(1);
  });
});
