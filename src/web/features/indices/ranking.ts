import type { IndexNode, IndexView, UnitResult } from "./types.ts";

/** A unit's page in an index, in the version being read. */
export function unitPath(slug: string, code: string, version: "published" | "draft"): string {
  return `/indices/${slug}/units/${encodeURIComponent(code)}${version === "draft" ? "?version=draft" : ""}`;
}

/**
 * Ranks of every unit on one aggregate: descending score, ties take the best shared rank
 * (as the engine ranks the index); units without a score get none.
 */
export function ranksOn(results: readonly UnitResult[], code: string): Map<string, number> {
  const scored = results
    .map((unit) => ({ uCode: unit.uCode, score: unit.scores[code] }))
    .filter((entry): entry is { uCode: string; score: number } => typeof entry.score === "number")
    .sort((a, b) => b.score - a.score);
  const ranks = new Map<string, number>();
  scored.forEach((entry, index) => {
    const previous = scored[index - 1];
    const rank =
      previous && previous.score === entry.score
        ? (ranks.get(previous.uCode) as number)
        : index + 1;
    ranks.set(entry.uCode, rank);
  });
  return ranks;
}

/** The aggregates one level below the index (the dimensions), in framework order. */
export function dimensionsOf(view: Pick<IndexView, "nodes">, root: string): IndexNode[] {
  return view.nodes.filter((node) => node.type === "Aggregate" && node.parent === root);
}

/** The children of a node in framework order. */
export function childrenOf(nodes: readonly IndexNode[], code: string): IndexNode[] {
  return nodes.filter((node) => node.parent === code);
}

/**
 * The default peers of a unit on its page: the one ranked just above and just below it
 * (two below for the first, two above for the last).
 */
export function neighbours(results: readonly UnitResult[], uCode: string): string[] {
  const ordered = results
    .filter((unit) => unit.rank !== null)
    .sort((a, b) => (a.rank as number) - (b.rank as number) || a.uName.localeCompare(b.uName));
  const at = ordered.findIndex((unit) => unit.uCode === uCode);
  if (at < 0) return ordered.slice(0, 2).map((unit) => unit.uCode);
  const picks =
    at === 0
      ? [ordered[1], ordered[2]]
      : at === ordered.length - 1
        ? [ordered[at - 2], ordered[at - 1]]
        : [ordered[at - 1], ordered[at + 1]];
  return picks.filter((unit) => unit !== undefined).map((unit) => unit.uCode);
}
