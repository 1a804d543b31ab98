import { AREA_CODES } from "../../db/schema/index.ts";
import type { Actor } from "../../http/context.ts";
import { can } from "../items/policy.ts";
import type { FacetName, SearchFilters } from "./schema.ts";
import { CODES, type SearchSnapshot } from "./snapshot.ts";

/** What the database says about a text query: the matching docs. */
export interface TextMatches {
  docs: Int32Array;
  /** Lexemes of the query (English, Spanish, unstemmed and CJK bigrams), for ranking. */
  lexemes: string[];
}

export interface EvaluateRequest {
  /** null: every item (browsing without a query). */
  matches: TextMatches | null;
  actor: Actor | null;
  filters: SearchFilters;
  sort: "relevance" | "date";
  /** Keyset position: the sort value and doc of the last item of the previous page. */
  after: { value: number; doc: number } | null;
  limit: number;
  withFacets: boolean;
}

export interface EvaluatedHit {
  doc: number;
  /** Relevance score, or null when browsing. */
  score: number | null;
  /** The sort value the keyset cursor continues from. */
  sortValue: number;
}

export interface Evaluated {
  total: number;
  hits: EvaluatedHit[];
  hasMore: boolean;
  facets: Record<FacetName, Map<string, number>>;
}

/**
 * Whether the actor may see a doc, per the items policy (`can(actor, "see", …)`),
 * evaluated once per combination of visibility and ownership.
 */
export function visibilityTest(
  snapshot: SearchSnapshot,
  actor: Actor | null,
): (doc: number) => boolean {
  const ownOrganization = actor?.organizationId
    ? (snapshot.organizations.find(actor.organizationId) ?? -1)
    : -1;
  const seeOwn = new Uint8Array(CODES.visibility.length + 1);
  const seeOther = new Uint8Array(CODES.visibility.length + 1);
  const mine = actor?.organizationId ?? "00000000-0000-0000-0000-000000000000";
  const other = "ffffffff-ffff-ffff-ffff-ffffffffffff";
  CODES.visibility.forEach((visibility, index) => {
    seeOwn[index + 1] = can(actor, "see", { visibility, organizationId: mine }) ? 1 : 0;
    seeOther[index + 1] = can(actor, "see", { visibility, organizationId: other }) ? 1 : 0;
  });
  return (doc) => {
    const visibility = snapshot.visibility[doc] as number;
    return (snapshot.organization[doc] === ownOrganization ? seeOwn : seeOther)[visibility] === 1;
  };
}

/** Field weights of the ranking: a word in the title or tags counts more than in the summary. */
export const TITLE_WEIGHT = 1;
export const SUMMARY_WEIGHT = 0.4;

/**
 * BM25's inverse document frequency: rare words weigh more than common ones, so a query
 * for "flood sensors" puts items about floods above the many that mention sensors.
 */
export function inverseDocumentFrequency(documentFrequency: number, documents: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

const FACET_BITS: Record<FacetName, number> = {
  type: 0,
  domain: 1,
  sdg: 2,
  country: 3,
  continent: 4,
  trl: 5,
  stage: 6,
  budgetBand: 7,
};

/** An accept table by code (index 0 = no value), or null when the facet is not filtered. */
function acceptCodes(values: readonly string[], wanted: readonly (string | number)[] | undefined) {
  if (!wanted || wanted.length === 0) return null;
  const accept = new Uint8Array(values.length + 1);
  for (const value of wanted) {
    const index = values.indexOf(String(value));
    if (index >= 0) accept[index + 1] = 1;
  }
  return accept;
}

function bitMask(
  values: readonly (string | number)[] | undefined,
  position: (v: string) => number,
) {
  if (!values || values.length === 0) return null;
  let mask = 0;
  for (const value of values) {
    const bit = position(String(value));
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

/**
 * Filters, counts facets, ranks and pages a search over a snapshot, in one pass over the
 * candidate docs. Facets are disjunctive: each is counted with every filter applied except
 * its own, so ticking "challenge" still shows how many solutions and cases there are.
 * Visibility follows the items policy (`can(actor, "see", …)`), evaluated once per
 * combination of visibility and ownership.
 */
export function evaluateSearch(snapshot: SearchSnapshot, request: EvaluateRequest): Evaluated {
  const { filters, actor } = request;
  const ITEM_TYPE_VALUES = CODES.itemType as readonly string[];
  const TRL_VALUES = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
  const accept = {
    type: acceptCodes(ITEM_TYPE_VALUES, filters.type),
    continent: acceptCodes(CODES.continent, filters.continent),
    trl: acceptCodes(TRL_VALUES, filters.trl),
    stage: acceptCodes(CODES.stage, filters.stage),
    budgetBand: acceptCodes(CODES.budgetBand, filters.budgetBand),
    country: null as Uint8Array | null,
  };
  if (filters.country && filters.country.length > 0) {
    accept.country = new Uint8Array(snapshot.countries.values.length + 1);
    for (const country of filters.country) {
      const n = snapshot.countries.find(country);
      if (n !== undefined) accept.country[n] = 1;
    }
  }
  const domainFilter = bitMask(filters.domain, (v) => (AREA_CODES as readonly string[]).indexOf(v));
  const sdgFilter = bitMask(filters.sdg, (v) => Number(v) - 1);

  const canSee = visibilityTest(snapshot, actor);
  const organizationFilter = filters.organization
    ? (snapshot.organizations.find(filters.organization) ?? -2)
    : -1;

  const counts = {
    type: new Float64Array(ITEM_TYPE_VALUES.length + 1),
    domain: new Float64Array(32),
    sdg: new Float64Array(32),
    country: new Float64Array(snapshot.countries.values.length + 1),
    continent: new Float64Array(CODES.continent.length + 1),
    trl: new Float64Array(10),
    stage: new Float64Array(CODES.stage.length + 1),
    budgetBand: new Float64Array(CODES.budgetBand.length + 1),
  };
  const countFacet = (facet: number, doc: number) => {
    switch (facet) {
      case 0:
        bump(counts.type, snapshot.itemType[doc] as number);
        break;
      case 1:
        addBits(counts.domain, snapshot.domainMask[doc] as number);
        break;
      case 2:
        addBits(counts.sdg, snapshot.sdgMask[doc] as number);
        break;
      case 3:
        bump(counts.country, snapshot.country[doc] as number);
        break;
      case 4:
        bump(counts.continent, snapshot.continent[doc] as number);
        break;
      case 5:
        bump(counts.trl, snapshot.trl[doc] as number);
        break;
      case 6:
        bump(counts.stage, snapshot.stage[doc] as number);
        break;
      case 7:
        bump(counts.budgetBand, snapshot.budgetBand[doc] as number);
        break;
    }
  };

  const ranker =
    request.sort === "relevance" && request.matches ? makeRanker(snapshot, request.matches) : null;
  const matches = request.matches;
  const candidateCount = matches ? matches.docs.length : snapshot.docLimit;
  const selected = new TopK(request.limit + 1);
  let total = 0;
  for (let i = 0; i < candidateCount; i++) {
    const doc = matches ? (matches.docs[i] as number) : i;
    if (doc >= snapshot.docLimit || !snapshot.present[doc]) continue;
    if (!canSee(doc)) continue;
    if (organizationFilter !== -1 && snapshot.organization[doc] !== organizationFilter) continue;

    let failed = 0;
    let failures = 0;
    const fail = (bit: number) => {
      failed = bit;
      failures++;
    };
    if (accept.type && !accept.type[snapshot.itemType[doc] as number]) fail(FACET_BITS.type);
    if (domainFilter !== null && ((snapshot.domainMask[doc] as number) & domainFilter) === 0)
      fail(FACET_BITS.domain);
    if (sdgFilter !== null && ((snapshot.sdgMask[doc] as number) & sdgFilter) === 0)
      fail(FACET_BITS.sdg);
    if (accept.country && !accept.country[snapshot.country[doc] as number])
      fail(FACET_BITS.country);
    if (accept.continent && !accept.continent[snapshot.continent[doc] as number])
      fail(FACET_BITS.continent);
    if (accept.trl && !accept.trl[snapshot.trl[doc] as number]) fail(FACET_BITS.trl);
    if (accept.stage && !accept.stage[snapshot.stage[doc] as number]) fail(FACET_BITS.stage);
    if (accept.budgetBand && !accept.budgetBand[snapshot.budgetBand[doc] as number])
      fail(FACET_BITS.budgetBand);
    if (failures > 1) continue;
    if (failures === 1) {
      if (request.withFacets) countFacet(failed, doc);
      continue;
    }
    total++;
    if (request.withFacets) for (let facet = 0; facet < 8; facet++) countFacet(facet, doc);

    let score: number | null = null;
    let sortValue: number;
    if (request.sort === "relevance" && matches) {
      score = (ranker as Ranker)(doc);
      sortValue = score;
    } else {
      sortValue = snapshot.updatedAt[doc] as number;
    }
    const after = request.after;
    if (after && !(sortValue < after.value || (sortValue === after.value && doc < after.doc)))
      continue;
    selected.offer(sortValue, doc, score);
  }

  const ordered = selected.sorted();
  const hasMore = ordered.length > request.limit;
  return {
    total,
    hits: ordered.slice(0, request.limit),
    hasMore,
    facets: presentCounts(snapshot, counts),
  };
}

function bump(counts: Float64Array, index: number) {
  counts[index] = (counts[index] ?? 0) + 1;
}

function addBits(counts: Float64Array, mask: number) {
  let rest = mask >>> 0;
  while (rest !== 0) {
    const lowest = rest & -rest;
    bump(counts, 31 - Math.clz32(lowest));
    rest ^= lowest;
  }
}

function presentCounts(
  snapshot: SearchSnapshot,
  counts: Record<FacetName, Float64Array>,
): Record<FacetName, Map<string, number>> {
  const byCode = (values: readonly string[], array: Float64Array) => {
    const map = new Map<string, number>();
    values.forEach((value, index) => {
      const n = array[index + 1] as number;
      if (n > 0) map.set(value, n);
    });
    return map;
  };
  const byBit = (array: Float64Array, name: (bit: number) => string | undefined) => {
    const map = new Map<string, number>();
    array.forEach((n, bit) => {
      const value = name(bit);
      if (n > 0 && value !== undefined) map.set(value, n);
    });
    return map;
  };
  const countries = new Map<string, number>();
  counts.country.forEach((n, index) => {
    const value = snapshot.countries.values[index];
    if (n > 0 && index > 0 && value) countries.set(value, n);
  });
  const trl = new Map<string, number>();
  counts.trl.forEach((n, level) => {
    if (n > 0 && level > 0) trl.set(String(level), n);
  });
  return {
    type: byCode(CODES.itemType, counts.type),
    domain: byBit(counts.domain, (bit) => AREA_CODES[bit]),
    sdg: byBit(counts.sdg, (bit) => (bit < 17 ? String(bit + 1) : undefined)),
    country: countries,
    continent: byCode(CODES.continent, counts.continent),
    trl,
    stage: byCode(CODES.stage, counts.stage),
    budgetBand: byCode(CODES.budgetBand, counts.budgetBand),
  };
}

export type Ranker = (doc: number) => number;

/**
 * Relevance of a full-text match: for each query lexeme in the item's title or tags (or
 * else summary), its inverse document frequency times the field weight. Items that match
 * only in the description score 0 and follow in date order.
 */
export function makeRanker(
  snapshot: SearchSnapshot,
  matches: Pick<TextMatches, "lexemes">,
): Ranker {
  const query: { lexeme: number; idf: number }[] = [];
  for (const lexeme of new Set(matches.lexemes)) {
    const n = snapshot.lexemes.find(lexeme);
    if (n === undefined) continue;
    const frequency = snapshot.documentFrequency[n] as number;
    if (frequency > 0)
      query.push({ lexeme: n, idf: inverseDocumentFrequency(frequency, snapshot.size) });
  }
  return (doc) => {
    const terms = snapshot.terms[doc];
    if (!terms || query.length === 0) return 0;
    let score = 0;
    for (const { lexeme, idf } of query) {
      // terms is sorted by lexeme × 2 + (1 if in title): binary search the lexeme's slot.
      let low = 0;
      let high = terms.length;
      const target = lexeme * 2;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((terms[mid] as number) < target) low = mid + 1;
        else high = mid;
      }
      const term = terms[low];
      if (term !== undefined && term >> 1 === lexeme)
        score += idf * (term & 1 ? TITLE_WEIGHT : SUMMARY_WEIGHT);
    }
    return Math.round(score * 1e6) / 1e6;
  };
}

/** The k greatest (value, doc) pairs, by a bounded min-heap. */
class TopK {
  private readonly values: number[] = [];
  private readonly docs: number[] = [];
  private readonly scores: (number | null)[] = [];
  private readonly k: number;
  constructor(k: number) {
    this.k = k;
  }

  private less(i: number, j: number) {
    const a = this.values[i] as number;
    const b = this.values[j] as number;
    return a < b || (a === b && (this.docs[i] as number) < (this.docs[j] as number));
  }

  private swap(i: number, j: number) {
    for (const array of [this.values, this.docs, this.scores] as unknown[][]) {
      const t = array[i];
      array[i] = array[j];
      array[j] = t;
    }
  }

  offer(value: number, doc: number, score: number | null) {
    if (this.values.length < this.k) {
      this.values.push(value);
      this.docs.push(doc);
      this.scores.push(score);
      let i = this.values.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.less(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const min = this.values[0] as number;
    if (value < min || (value === min && doc < (this.docs[0] as number))) return;
    this.values[0] = value;
    this.docs[0] = doc;
    this.scores[0] = score;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.values.length && this.less(left, smallest)) smallest = left;
      if (right < this.values.length && this.less(right, smallest)) smallest = right;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  sorted(): EvaluatedHit[] {
    const order = this.values.map((_, i) => i);
    order.sort(
      (i, j) =>
        (this.values[j] as number) - (this.values[i] as number) ||
        (this.docs[j] as number) - (this.docs[i] as number),
    );
    return order.map((i) => ({
      doc: this.docs[i] as number,
      score: this.scores[i] ?? null,
      sortValue: this.values[i] as number,
    }));
  }
}
