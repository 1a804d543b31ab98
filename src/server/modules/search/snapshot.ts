import { CONTINENTS, ITEM_TYPES, PROCUREMENT_STAGES, VISIBILITIES } from "../../db/schema/index.ts";
import { BUDGET_BANDS } from "./schema.ts";

/** One search_items row as the snapshot stores it (see selectSnapshotRows). */
export interface SnapshotRow {
  doc: number;
  itemType: string;
  itemId: string;
  organizationId: string;
  visibility: string;
  country: string;
  continent: string | null;
  trl: number | null;
  stage: string | null;
  budgetBand: string | null;
  domainMask: number;
  sdgMask: number;
  updatedAt: number;
  /** Lexemes of the title and tags (weight A). */
  titleLexemes: string[];
  /** Lexemes of the summary (weight B). */
  summaryLexemes: string[];
}

/** Code tables for the facets whose values are known in advance; index 0 means none. */
export const CODES = {
  itemType: [...ITEM_TYPES],
  visibility: [...VISIBILITIES],
  continent: [...CONTINENTS],
  stage: [...PROCUREMENT_STAGES],
  budgetBand: [...BUDGET_BANDS],
} as const;

const code = (values: readonly string[], value: string | null) =>
  value === null ? 0 : values.indexOf(value) + 1;

/** Values seen at run time (countries, organizations) get small numbers in order of arrival. */
class Dictionary {
  readonly values: string[] = [""];
  private readonly numbers = new Map<string, number>();
  number(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(value);
      this.numbers.set(value, n);
    }
    return n;
  }
  find(value: string): number | undefined {
    return this.numbers.get(value);
  }
}

/**
 * The facet values and ranking lexemes of every search item, in columns indexed by doc
 * number. Counting facets and ranking over tens of thousands of matches is a loop over
 * typed arrays here, where the database would aggregate row by row; the database stays
 * the source of truth and answers which docs match a text query. A snapshot follows the
 * database by generation: see syncSnapshot in service.ts.
 */
export class SearchSnapshot {
  epoch = -1;
  generation = -1;
  /** Number of items present. */
  size = 0;
  capacity = 0;
  present = new Uint8Array(0);
  itemType = new Uint8Array(0);
  visibility = new Uint8Array(0);
  continent = new Uint8Array(0);
  trl = new Uint8Array(0);
  stage = new Uint8Array(0);
  budgetBand = new Uint8Array(0);
  country = new Uint16Array(0);
  organization = new Int32Array(0);
  domainMask = new Int32Array(0);
  sdgMask = new Int32Array(0);
  updatedAt = new Float64Array(0);
  itemId: string[] = [];
  /** Per doc: lexeme number × 2, plus 1 when the lexeme is in the title or tags. */
  terms: (Int32Array | undefined)[] = [];
  readonly countries = new Dictionary();
  readonly organizations = new Dictionary();
  readonly lexemes = new Dictionary();
  /** Per lexeme number: how many present items have it in title, tags or summary. */
  documentFrequency = new Int32Array(0);

  reset(epoch: number) {
    const fresh = new SearchSnapshot();
    Object.assign(this, fresh, { epoch });
  }

  /** One past the highest doc number that may be present. */
  get docLimit(): number {
    return this.capacity;
  }

  upsert(row: SnapshotRow) {
    this.ensureCapacity(row.doc + 1);
    const doc = row.doc;
    if (this.present[doc]) this.forgetTerms(doc);
    else this.size++;
    this.present[doc] = 1;
    this.itemType[doc] = code(CODES.itemType, row.itemType);
    this.visibility[doc] = code(CODES.visibility, row.visibility);
    this.continent[doc] = code(CODES.continent, row.continent);
    this.trl[doc] = row.trl ?? 0;
    this.stage[doc] = code(CODES.stage, row.stage);
    this.budgetBand[doc] = code(CODES.budgetBand, row.budgetBand);
    this.country[doc] = this.countries.number(row.country);
    this.organization[doc] = this.organizations.number(row.organizationId);
    this.domainMask[doc] = row.domainMask;
    this.sdgMask[doc] = row.sdgMask;
    this.updatedAt[doc] = row.updatedAt;
    this.itemId[doc] = row.itemId;
    this.terms[doc] = this.encodeTerms(row);
  }

  remove(doc: number) {
    if (doc >= this.capacity || !this.present[doc]) return;
    this.forgetTerms(doc);
    this.present[doc] = 0;
    this.terms[doc] = undefined;
    this.size--;
  }

  private encodeTerms(row: SnapshotRow): Int32Array {
    const weights = new Map<number, number>();
    for (const lexeme of row.summaryLexemes) weights.set(this.lexemes.number(lexeme) * 2, 0);
    for (const lexeme of row.titleLexemes) weights.set(this.lexemes.number(lexeme) * 2, 1);
    const terms = new Int32Array(weights.size);
    let i = 0;
    for (const [shifted, inTitle] of weights) terms[i++] = shifted + inTitle;
    terms.sort();
    this.ensureLexemeCapacity(this.lexemes.values.length);
    for (const term of terms) this.addFrequency(term >> 1, 1);
    return terms;
  }

  private forgetTerms(doc: number) {
    for (const term of this.terms[doc] ?? []) this.addFrequency(term >> 1, -1);
  }

  private addFrequency(lexeme: number, change: number) {
    this.documentFrequency[lexeme] = (this.documentFrequency[lexeme] ?? 0) + change;
  }

  private ensureLexemeCapacity(n: number) {
    if (n <= this.documentFrequency.length) return;
    const grown = new Int32Array(Math.max(n, this.documentFrequency.length * 2, 1024));
    grown.set(this.documentFrequency);
    this.documentFrequency = grown;
  }

  private ensureCapacity(n: number) {
    if (n <= this.capacity) return;
    const capacity = Math.max(n, this.capacity * 2, 1024);
    const grow = <T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(
      old: T,
      make: (n: number) => T,
    ): T => {
      const grown = make(capacity);
      grown.set(old);
      return grown;
    };
    this.present = grow(this.present, (n) => new Uint8Array(n));
    this.itemType = grow(this.itemType, (n) => new Uint8Array(n));
    this.visibility = grow(this.visibility, (n) => new Uint8Array(n));
    this.continent = grow(this.continent, (n) => new Uint8Array(n));
    this.trl = grow(this.trl, (n) => new Uint8Array(n));
    this.stage = grow(this.stage, (n) => new Uint8Array(n));
    this.budgetBand = grow(this.budgetBand, (n) => new Uint8Array(n));
    this.country = grow(this.country, (n) => new Uint16Array(n));
    this.organization = grow(this.organization, (n) => new Int32Array(n));
    this.domainMask = grow(this.domainMask, (n) => new Int32Array(n));
    this.sdgMask = grow(this.sdgMask, (n) => new Int32Array(n));
    this.updatedAt = grow(this.updatedAt, (n) => new Float64Array(n));
    this.capacity = capacity;
  }
}
