import { useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import { MATCH_PARTS, type MatchPart, type MatchWeights, type Me } from "../../app/api-types.ts";

export const MATCH_WEIGHTS_KEY = ["match-weights"] as const;

/** Who may tune the weights: organizers of any edition and platform admins (the API's rule). */
export function tunesMatchWeights(me: Me | null | undefined): boolean {
  return Boolean(me && (me.platformAdmin || me.organizerOf.length > 0));
}

/** The weights every recommendation is scored with, the defaults and when they were tuned. */
export function useMatchWeights() {
  return useQuery({
    queryKey: MATCH_WEIGHTS_KEY,
    queryFn: ({ signal }) => api.get<MatchWeights>("/match-weights", undefined, signal),
  });
}

/** The parts that count in proportion to how on-topic a pair is. */
export const FIT_PARTS: readonly MatchPart[] = MATCH_PARTS.slice(MATCH_PARTS.indexOf("region"));

/** Each part's share of the total (0..1); all zero when the total is zero. */
export function weightShares(
  weights: Readonly<Record<MatchPart, number>>,
): Record<MatchPart, number> {
  const total = MATCH_PARTS.reduce((sum, part) => sum + Math.max(0, weights[part] ?? 0), 0);
  return Object.fromEntries(
    MATCH_PARTS.map((part) => [part, total > 0 ? Math.max(0, weights[part] ?? 0) / total : 0]),
  ) as Record<MatchPart, number>;
}

/** Whether two sets of weights are the same to the slider's step. */
export function sameWeights(
  a: Readonly<Record<MatchPart, number>>,
  b: Readonly<Record<MatchPart, number>>,
): boolean {
  return MATCH_PARTS.every(
    (part) => Math.round((a[part] ?? 0) * 100) === Math.round((b[part] ?? 0) * 100),
  );
}
