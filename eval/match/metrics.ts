/** Ranking metrics over graded judgments (grade 0 = not relevant). */

/** nDCG@k with gains 2^grade − 1 and the ideal ranking of all judged items. */
export function ndcgAt(k: number, ranked: string[], relevant: Record<string, number>): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = ranked
    .slice(0, k)
    .reduce((sum, id, i) => sum + gain(relevant[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(relevant)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the relevant items (any grade) found in the top k. */
export function recallAt(k: number, ranked: string[], relevant: Record<string, number>): number {
  const wanted = Object.entries(relevant).filter(([, grade]) => grade > 0);
  if (wanted.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return wanted.filter(([id]) => top.has(id)).length / wanted.length;
}

/** 1 / rank of the first relevant item (0 when none is ranked). */
export function reciprocalRank(ranked: string[], relevant: Record<string, number>): number {
  const index = ranked.findIndex((id) => (relevant[id] ?? 0) > 0);
  return index < 0 ? 0 : 1 / (index + 1);
}

export function meanMetrics(rankings: { ranked: string[]; relevant: Record<string, number> }[]) {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
  return {
    ndcg10: mean(rankings.map((r) => ndcgAt(10, r.ranked, r.relevant))),
    recall50: mean(rankings.map((r) => recallAt(50, r.ranked, r.relevant))),
    mrr: mean(rankings.map((r) => reciprocalRank(r.ranked, r.relevant))),
  };
}
