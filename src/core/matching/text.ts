import { type CorpusStats, FIELD, type TextProfile } from "./profile.ts";

/** BM25F-style field boosts: a word in the title or tags says more than one in the description. */
export const FIELD_BOOST = { title: 3, summary: 2, description: 1 } as const;

const idfMemo = new WeakMap<CorpusStats, Map<string, number>>();

/** BM25's inverse document frequency (never negative), remembered per corpus. */
export function idf(stats: CorpusStats, lexeme: string): number {
  let memo = idfMemo.get(stats);
  if (!memo) {
    memo = new Map();
    idfMemo.set(stats, memo);
  }
  let value = memo.get(lexeme);
  if (value === undefined) {
    const n = stats.frequency(lexeme);
    value = Math.log(1 + (stats.documents - n + 0.5) / (n + 0.5));
    memo.set(lexeme, value);
  }
  return value;
}

/** The strongest field a lexeme occurs in, as its boost. */
export function fieldBoost(fields: number): number {
  if (fields & FIELD.title) return FIELD_BOOST.title;
  if (fields & FIELD.summary) return FIELD_BOOST.summary;
  if (fields & FIELD.description) return FIELD_BOOST.description;
  return 0;
}

export interface TextRelevance {
  /** 0..1 */
  score: number;
  /** Shared lexemes, the most telling first (for explanations). */
  shared: string[];
}

/**
 * How much two texts are about the same thing: the cosine of their IDF-weighted,
 * field-boosted lexeme vectors. Rare words shared in titles count most; words every item
 * has count next to nothing; long descriptions do not win by length. Symmetric, so a
 * pair scores the same whichever side asks.
 */
export function textRelevance(a: TextProfile, b: TextProfile, stats: CorpusStats): TextRelevance {
  let normA = 0;
  for (const [lexeme, fields] of a) normA += (idf(stats, lexeme) * fieldBoost(fields)) ** 2;
  if (normA === 0) return { score: 0, shared: [] };
  let normB = 0;
  let dot = 0;
  const shared: { lexeme: string; contribution: number }[] = [];
  for (const [lexeme, fields] of b) {
    const weight = idf(stats, lexeme);
    const wb = weight * fieldBoost(fields);
    normB += wb ** 2;
    const fieldsA = a.get(lexeme);
    if (fieldsA !== undefined) {
      const contribution = weight * fieldBoost(fieldsA) * wb;
      dot += contribution;
      shared.push({ lexeme, contribution });
    }
  }
  if (normB === 0) return { score: 0, shared: [] };
  shared.sort((x, y) => y.contribution - x.contribution || x.lexeme.localeCompare(y.lexeme));
  return {
    score: Math.min(1, dot / Math.sqrt(normA * normB)),
    shared: shared.map((entry) => entry.lexeme),
  };
}
