/**
 * The whole marketplace held for matching in memory: every challenge and solution with its
 * profile and a prepared text vector, and an inverted index from lexemes to items. It
 * answers "the best counterparts of this item" in a few milliseconds, which is what makes
 * recomputing every item's stored recommendations (`citymatch match rebuild`) take
 * minutes, not hours, and lets one edited item be recomputed as it is saved.
 *
 * Pure: the server feeds it profiles and corpus statistics (modules/matching) and stores
 * what it answers.
 */
import type {
  ChallengeProfile,
  CorpusStats,
  Evidence,
  SolutionProfile,
  TextProfile,
} from "./profile.ts";
import { MATCH_PARTS, type MatchWeights, quickScore, TOPICAL_TEXT } from "./score.ts";
import { fieldBoost, idf } from "./text.ts";

export type ItemKind = "challenge" | "solution";

export type IndexedItem =
  | {
      kind: "challenge";
      profile: ChallengeProfile;
      /** Still looking for an answer (open or in talks): only these are suggested. */
      open: boolean;
    }
  | {
      kind: "solution";
      /** Its evidence: the solution's own deployments (cases come per organization). */
      profile: SolutionProfile;
    };

/** Lexemes of a source that retrieve candidates: its most telling words. */
export const RETRIEVAL_LEXEMES = 16;
/**
 * A lexeme held by more than this share of the corpus retrieves too much to tell anything
 * (at 130,000 items, "city" or "data" would fetch nearly all of them).
 */
export const RETRIEVAL_MAX_SHARE = 0.05;
/** Postings a retrieval reads before it stops taking further words. */
export const RETRIEVAL_POSTINGS = 8_000;
/** Candidates scored in full after the pre-ranking. */
export const CANDIDATES = 300;
/** How many items of the source's areas are looked at when text retrieves too few candidates. */
const AREA_FILL_SCAN = 20_000;

export interface ScoredTarget {
  id: string;
  score: number;
}

export interface RankOptions {
  weights: MatchWeights;
  now: Date;
}

const EMPTY_TEXT: TextProfile = new Map();
const KIND_CODE = { challenge: 0, solution: 1 } as const;

/** FNV-1a of an id: ties break on it, so results do not depend on load order. */
function tieBreaker(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The lexemes of a text that say most about it: rare words (held by at most
 * RETRIEVAL_MAX_SHARE of the corpus) in prominent fields, the rarest first.
 */
export function retrievalLexemes(
  text: TextProfile,
  stats: CorpusStats,
  count = RETRIEVAL_LEXEMES,
): string[] {
  const limit = Math.max(1, stats.documents * RETRIEVAL_MAX_SHARE);
  return [...text]
    .filter(([lexeme]) => stats.frequency(lexeme) <= limit)
    .map(([lexeme, fields]) => ({ lexeme, weight: idf(stats, lexeme) * fieldBoost(fields) }))
    .sort((a, b) => b.weight - a.weight || a.lexeme.localeCompare(b.lexeme))
    .slice(0, count)
    .map((entry) => entry.lexeme);
}

interface Slot {
  id: string;
  kind: 0 | 1;
  item: IndexedItem;
  /** The profile as scored: text dropped (the vector below stands for it), cases added. */
  scored: ChallengeProfile | SolutionProfile;
  lexemes: Int32Array;
  fields: Uint8Array;
  /** IDF × field boost, normalized to unit length: a dot product is the text cosine. */
  weights: Float64Array;
  domainMask: number;
  tie: number;
  /** The organization as a small number: compared for every posting. */
  organization: number;
  /** May be suggested to the other side at all (any solution; a challenge still open). */
  target: boolean;
}

export class MatchIndex {
  private stats: CorpusStats;
  private readonly lexemeIds = new Map<string, number>();
  private readonly lexemes: string[] = [];
  /** Per lexeme id: whether it is rare enough to retrieve with, and its IDF (from the statistics). */
  private telling: boolean[] = [];
  private idfs: number[] = [];
  private readonly organizationIds = new Map<string, number>();
  /** postings[kind][lexeme] = slot << 3 | field bits. */
  private readonly postings: [number[][], number[][]] = [[], []];
  private readonly slots: (Slot | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly areaBits = new Map<string, number>();
  private readonly byArea: [Map<number, Set<number>>, Map<number, Set<number>>] = [
    new Map(),
    new Map(),
  ];
  private readonly cases = new Map<string, readonly Evidence[]>();
  private readonly solutionsOfOrganization = new Map<string, Set<number>>();
  private scratch = new Float64Array(1024);
  /** Per slot: its organization's number if it may be suggested at all, else -1 (read per posting). */
  private targetOrganization = new Int32Array(1024).fill(-1);
  private prerank = new Float64Array(1024);

  constructor(stats: CorpusStats) {
    this.stats = stats;
  }

  /** The statistics the text vectors are weighted with. */
  get corpusStats(): CorpusStats {
    return this.stats;
  }

  get size(): number {
    return this.slotOf.size;
  }

  /**
   * Everything needed to build an equal index elsewhere (a worker thread): the items with
   * their texts, and the organizations' cases.
   */
  export(): { items: IndexedItem[]; cases: [string, readonly Evidence[]][] } {
    const items: IndexedItem[] = [];
    for (const slot of this.slots) {
      if (!slot) continue;
      const text = new Map<string, number>();
      for (let i = 0; i < slot.lexemes.length; i++)
        text.set(this.lexemes[slot.lexemes[i] as number] as string, slot.fields[i] as number);
      items.push({ ...slot.item, profile: { ...slot.item.profile, text } } as IndexedItem);
    }
    return { items, cases: [...this.cases] };
  }

  /** Every indexed item id. */
  ids(): string[] {
    return [...this.slotOf.keys()];
  }

  get(id: string): IndexedItem | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.slots[slot]?.item;
  }

  /** New corpus statistics (the corpus grew or shrank): every text vector is reweighted. */
  setStats(stats: CorpusStats): void {
    this.stats = stats;
    this.telling = [];
    this.idfs = [];
    this.lexemes.forEach((lexeme, id) => {
      this.weighLexeme(lexeme, id);
    });
    for (const slot of this.slots) if (slot) slot.weights = this.vectorWeights(slot);
  }

  private weighLexeme(lexeme: string, id: number) {
    const limit = Math.max(1, this.stats.documents * RETRIEVAL_MAX_SHARE);
    this.telling[id] = this.stats.frequency(lexeme) <= limit;
    this.idfs[id] = idf(this.stats, lexeme);
  }

  /** Adds or replaces an item. */
  upsert(item: IndexedItem): void {
    const id = item.profile.id;
    const existing = this.slotOf.get(id);
    if (existing !== undefined) this.unlink(existing);
    const number = existing ?? this.free.pop() ?? this.slots.length;
    const kind = KIND_CODE[item.kind];
    const entries = [...item.profile.text].map(([lexeme, fields]) => ({
      id: this.lexemeId(lexeme),
      fields,
    }));
    entries.sort((a, b) => a.id - b.id);
    const slot: Slot = {
      id,
      kind,
      // The text lives on as the vector below: an item's lexeme map is dropped (at 120,000
      // items the maps alone would hold tens of millions of entries).
      item: { ...item, profile: { ...item.profile, text: EMPTY_TEXT } } as IndexedItem,
      scored: this.scoredProfile(item),
      lexemes: Int32Array.from(entries, (entry) => entry.id),
      fields: Uint8Array.from(entries, (entry) => entry.fields),
      weights: new Float64Array(0),
      domainMask: this.domainMask(item.profile.domains),
      tie: tieBreaker(id),
      organization: this.organizationNumber(item.profile.organizationId),
      target: item.kind === "solution" || item.open,
    };
    slot.weights = this.vectorWeights(slot);
    this.slots[number] = slot;
    if (this.targetOrganization.length <= number) {
      const grown = new Int32Array(Math.max(1024, number * 2)).fill(-1);
      grown.set(this.targetOrganization);
      this.targetOrganization = grown;
    }
    this.targetOrganization[number] = slot.target ? slot.organization : -1;
    this.slotOf.set(id, number);
    for (let i = 0; i < slot.lexemes.length; i++) {
      const lexeme = slot.lexemes[i] as number;
      const lists = this.postings[kind];
      let list = lists[lexeme];
      if (!list) {
        list = [];
        lists[lexeme] = list;
      }
      list.push((number << 3) | (slot.fields[i] as number));
    }
    for (const area of item.profile.domains) {
      const bit = this.areaBit(area);
      let set = this.byArea[kind].get(bit);
      if (!set) {
        set = new Set();
        this.byArea[kind].set(bit, set);
      }
      set.add(number);
    }
    if (item.kind === "solution") {
      const organization = item.profile.organizationId;
      let set = this.solutionsOfOrganization.get(organization);
      if (!set) {
        set = new Set();
        this.solutionsOfOrganization.set(organization, set);
      }
      set.add(number);
    }
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.unlink(slot);
    this.slots[slot] = undefined;
    this.targetOrganization[slot] = -1;
    this.slotOf.delete(id);
    this.free.push(slot);
  }

  /**
   * An organization's delivered cases (newest first): evidence for all its solutions.
   * Returns the ids of those solutions, whose scores may now differ.
   */
  setOrganizationCases(organizationId: string, cases: readonly Evidence[]): string[] {
    if (cases.length === 0) this.cases.delete(organizationId);
    else this.cases.set(organizationId, cases);
    const changed: string[] = [];
    for (const number of this.solutionsOfOrganization.get(organizationId) ?? []) {
      const slot = this.slots[number];
      if (!slot) continue;
      slot.scored = this.scoredProfile(slot.item);
      changed.push(slot.id);
    }
    return changed;
  }

  /** The ids of an organization's solutions. */
  solutionsOf(organizationId: string): string[] {
    return [...(this.solutionsOfOrganization.get(organizationId) ?? [])].flatMap((number) => {
      const slot = this.slots[number];
      return slot ? [slot.id] : [];
    });
  }

  /**
   * The best counterparts of an item: candidates are retrieved by its telling words and
   * its areas, pre-ranked, and the best CANDIDATES scored. Returns the scored candidates,
   * best first (ties by id) — all of them, or with `keep` only the best `keep`: then a
   * candidate whose text already bounds its score below them is not scored in full.
   * Undefined if the item is not indexed.
   */
  rank(id: string, options: RankOptions & { keep?: number }): ScoredTarget[] | undefined {
    const number = this.slotOf.get(id);
    const source = number === undefined ? undefined : this.slots[number];
    if (!source) return undefined;
    const candidates = this.retrieve(source);
    this.loadScratch(source);
    const texts = candidates.map((candidate) => this.textScore(this.slots[candidate] as Slot));
    const keep = options.keep ?? candidates.length;
    const bound = scoreBound(options.weights);
    const order = candidates.map((_, i) => i);
    const bounds = texts.map(bound);
    if (keep < candidates.length)
      order.sort((a, b) => (bounds[b] as number) - (bounds[a] as number));
    const scored: ScoredTarget[] = [];
    // The keep-th best score so far: a candidate bounded below it cannot enter.
    const best: number[] = [];
    for (const i of order) {
      if (best.length >= keep && (bounds[i] as number) < (best[keep - 1] as number)) break;
      const target = this.slots[candidates[i] as number] as Slot;
      const score = this.scoreSlots(source, target, texts[i] as number, options);
      scored.push({ id: target.id, score });
      if (keep < candidates.length) {
        let at = best.length;
        while (at > 0 && (best[at - 1] as number) < score) at--;
        best.splice(at, 0, score);
        if (best.length > keep) best.pop();
      }
    }
    this.clearScratch(source);
    scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return scored.slice(0, keep);
  }

  /**
   * Whether `target` may be suggested to `source` at all: an open challenge or any
   * solution, of another organization. Visibility is the reader's business: a draft is
   * listed, and shown only to those who may see it (its own organization).
   */
  eligible(sourceId: string, targetId: string): boolean {
    const a = this.slotOf.get(sourceId);
    const b = this.slotOf.get(targetId);
    if (a === undefined || b === undefined) return false;
    return this.eligibleSlots(this.slots[a] as Slot, this.slots[b] as Slot);
  }

  /** The score of one pair (either order), as `rank` computes it; undefined if either is not indexed. */
  score(idA: string, idB: string, options: RankOptions): number | undefined {
    const a = this.slotOf.get(idA);
    const b = this.slotOf.get(idB);
    if (a === undefined || b === undefined) return undefined;
    const source = this.slots[a] as Slot;
    const target = this.slots[b] as Slot;
    if (source.kind === target.kind) return undefined;
    this.loadScratch(source);
    const score = this.scoreSlots(source, target, this.textScore(target), options);
    this.clearScratch(source);
    return score;
  }

  /** The text cosine of the loaded source (see loadScratch) with a target. */
  private textScore(target: Slot): number {
    let dot = 0;
    const { lexemes, weights } = target;
    for (let i = 0; i < lexemes.length; i++)
      dot += (this.scratch[lexemes[i] as number] as number) * (weights[i] as number);
    return Math.min(1, dot);
  }

  private scoreSlots(source: Slot, target: Slot, text: number, options: RankOptions): number {
    const [challenge, solution] =
      source.kind === 0 ? [source.scored, target.scored] : [target.scored, source.scored];
    return quickScore(
      challenge as ChallengeProfile,
      solution as SolutionProfile,
      text,
      options.weights,
      options.now,
    );
  }

  private eligibleSlots(source: Slot, target: Slot): boolean {
    return (
      source.kind !== target.kind && target.target && target.organization !== source.organization
    );
  }

  /**
   * Candidates for a source: items sharing its telling words, pre-ranked by those words
   * (IDF × the source's and the item's field boosts) plus shared areas; when words find
   * fewer than CANDIDATES, items of the source's areas fill up, most shared areas first.
   */
  private retrieve(source: Slot): number[] {
    const targetKind = source.kind === 0 ? 1 : 0;
    const telling: { lexeme: number; weight: number }[] = [];
    for (let i = 0; i < source.lexemes.length; i++) {
      const lexeme = source.lexemes[i] as number;
      if (!this.telling[lexeme]) continue;
      telling.push({
        lexeme,
        weight: (this.idfs[lexeme] as number) * fieldBoost(source.fields[i] as number),
      });
    }
    telling.sort(
      (a, b) =>
        b.weight - a.weight ||
        ((this.lexemes[a.lexeme] as string) < (this.lexemes[b.lexeme] as string) ? -1 : 1),
    );
    if (this.prerank.length < this.slots.length)
      this.prerank = new Float64Array(this.slots.length * 2);
    const prerank = this.prerank;
    const targetOrganization = this.targetOrganization;
    const touched: number[] = [];
    let visited = 0;
    for (const { lexeme, weight } of telling.slice(0, RETRIEVAL_LEXEMES)) {
      // The rarest words come first; once they have found plenty, commoner ones add
      // little but time (at 120,000 items a 5 % word lists 6,000 of them).
      if (visited >= RETRIEVAL_POSTINGS) break;
      const wordIdf = this.idfs[lexeme] as number;
      const postings = this.postings[targetKind][lexeme] ?? [];
      visited += postings.length;
      for (const packed of postings) {
        const number = packed >>> 3;
        // Postings hold the other kind only: eligible = suggestible, another organization.
        const organization = targetOrganization[number] as number;
        if (organization < 0 || organization === source.organization) continue;
        if (prerank[number] === 0) touched.push(number);
        prerank[number] = (prerank[number] as number) + weight * wordIdf * fieldBoost(packed & 7);
      }
    }
    const wanted = Math.max(1, popcount(source.domainMask));
    let best = 0;
    for (const number of touched) best = Math.max(best, prerank[number] as number);
    best ||= 1;
    const top = new BoundedTop(CANDIDATES);
    for (const number of touched) {
      const target = this.slots[number] as Slot;
      const shared = popcount(target.domainMask & source.domainMask);
      top.offer(number, (prerank[number] as number) / best + (0.5 * shared) / wanted, target.tie);
      prerank[number] = 0;
    }
    if (touched.length < CANDIDATES && source.domainMask !== 0) {
      let scanned = 0;
      for (const area of source.item.profile.domains) {
        for (const number of this.byArea[targetKind].get(this.areaBit(area)) ?? []) {
          if (++scanned > AREA_FILL_SCAN) break;
          const target = this.slots[number] as Slot;
          if (top.has(number) || !this.eligibleSlots(source, target)) continue;
          const shared = popcount(target.domainMask & source.domainMask);
          // Below any item found by its words: those share what the source is about.
          top.offer(number, (-1 + (0.5 * shared) / wanted) / 2, target.tie);
        }
      }
    }
    return top.slots();
  }

  private loadScratch(source: Slot) {
    if (this.scratch.length < this.lexemes.length)
      this.scratch = new Float64Array(this.lexemes.length * 2);
    for (let i = 0; i < source.lexemes.length; i++)
      this.scratch[source.lexemes[i] as number] = source.weights[i] as number;
  }

  private clearScratch(source: Slot) {
    for (let i = 0; i < source.lexemes.length; i++) this.scratch[source.lexemes[i] as number] = 0;
  }

  private scoredProfile(item: IndexedItem): ChallengeProfile | SolutionProfile {
    if (item.kind === "challenge") return { ...item.profile, text: EMPTY_TEXT };
    const cases = this.cases.get(item.profile.organizationId) ?? [];
    return {
      ...item.profile,
      text: EMPTY_TEXT,
      evidence: cases.length > 0 ? [...item.profile.evidence, ...cases] : item.profile.evidence,
    };
  }

  private vectorWeights(slot: Slot): Float64Array {
    const weights = new Float64Array(slot.lexemes.length);
    let norm = 0;
    for (let i = 0; i < weights.length; i++) {
      const weight =
        (this.idfs[slot.lexemes[i] as number] as number) * fieldBoost(slot.fields[i] as number);
      weights[i] = weight;
      norm += weight * weight;
    }
    if (norm > 0) {
      const length = Math.sqrt(norm);
      for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / length;
    }
    return weights;
  }

  private unlink(number: number) {
    const slot = this.slots[number];
    if (!slot) return;
    for (const lexeme of slot.lexemes) {
      const list = this.postings[slot.kind][lexeme];
      if (!list) continue;
      const at = list.findIndex((packed) => packed >>> 3 === number);
      if (at >= 0) {
        list[at] = list[list.length - 1] as number;
        list.pop();
      }
    }
    for (const set of this.byArea[slot.kind].values()) set.delete(number);
    if (slot.item.kind === "solution")
      this.solutionsOfOrganization.get(slot.item.profile.organizationId)?.delete(number);
  }

  private lexemeId(lexeme: string): number {
    let id = this.lexemeIds.get(lexeme);
    if (id === undefined) {
      id = this.lexemes.length;
      this.lexemes.push(lexeme);
      this.lexemeIds.set(lexeme, id);
      this.weighLexeme(lexeme, id);
    }
    return id;
  }

  private organizationNumber(organizationId: string): number {
    let number = this.organizationIds.get(organizationId);
    if (number === undefined) {
      number = this.organizationIds.size;
      this.organizationIds.set(organizationId, number);
    }
    return number;
  }

  private areaBit(area: string): number {
    let bit = this.areaBits.get(area);
    if (bit === undefined) {
      bit = this.areaBits.size;
      this.areaBits.set(area, bit);
    }
    return bit;
  }

  /** Areas as bits; beyond 31 distinct areas, the rest share the last bit (fine for pre-ranking). */
  private domainMask(domains: readonly string[]): number {
    let mask = 0;
    for (const area of domains) mask |= 1 << Math.min(30, this.areaBit(area));
    return mask;
  }
}

/**
 * An upper bound of a pair's score from its text relevance alone: every other part at its
 * best (1), the fit parts gated by topicality as the score gates them (score.ts), plus
 * the 0.05 a score may gain by rounding.
 */
function scoreBound(weights: MatchWeights): (text: number) => number {
  const weight = (part: keyof MatchWeights) => Math.max(0, weights[part]);
  let total = 0;
  for (const part of MATCH_PARTS) total += weight(part);
  total ||= 1;
  const gated = total - weight("text") - weight("domains") - weight("sdgs");
  return (text) =>
    (100 *
      (weight("text") * text +
        weight("domains") +
        weight("sdgs") +
        Math.min(1, text / TOPICAL_TEXT) * gated)) /
      total +
    0.05;
}

function popcount(mask: number): number {
  let n = 0;
  for (let rest = mask >>> 0; rest !== 0; rest &= rest - 1) n++;
  return n;
}

/** The k slots with the highest scores (ties: the higher tie-breaker first). */
class BoundedTop {
  private readonly scores: number[] = [];
  private readonly ties: number[] = [];
  private readonly items: number[] = [];
  private readonly members = new Set<number>();
  private readonly k: number;
  constructor(k: number) {
    this.k = k;
  }
  has(slot: number) {
    return this.members.has(slot);
  }
  private below(i: number, j: number) {
    const a = this.scores[i] as number;
    const b = this.scores[j] as number;
    return a < b || (a === b && (this.ties[i] as number) < (this.ties[j] as number));
  }
  private swap(i: number, j: number) {
    [this.scores[i], this.scores[j]] = [this.scores[j] as number, this.scores[i] as number];
    [this.ties[i], this.ties[j]] = [this.ties[j] as number, this.ties[i] as number];
    [this.items[i], this.items[j]] = [this.items[j] as number, this.items[i] as number];
  }
  offer(slot: number, score: number, tie: number) {
    if (this.items.length < this.k) {
      this.scores.push(score);
      this.ties.push(tie);
      this.items.push(slot);
      this.members.add(slot);
      for (let i = this.items.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.below(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const min = this.scores[0] as number;
    if (score < min || (score === min && tie <= (this.ties[0] as number))) return;
    this.members.delete(this.items[0] as number);
    this.members.add(slot);
    this.scores[0] = score;
    this.ties[0] = tie;
    this.items[0] = slot;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      let smallest = i;
      if (left < this.k && this.below(left, smallest)) smallest = left;
      if (left + 1 < this.k && this.below(left + 1, smallest)) smallest = left + 1;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
  }
  slots(): number[] {
    return [...this.items];
  }
}
