import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { MatchPart, MatchWeights } from "../../app/api-types.ts";
import { MATCH_WEIGHTS_KEY } from "./data.ts";

/** Every query holding scores made with the weights: recommendations and counterparts. */
function holdsScores(queryKey: readonly unknown[]): boolean {
  return queryKey.includes("matches") || queryKey.includes("people-to-meet");
}

/** Replaces the weights; every score shown afterwards is asked for again. */
export function usePutMatchWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (weights: Record<MatchPart, number>) =>
      api.put<MatchWeights>("/match-weights", { weights }),
    onSuccess: (result) => {
      queryClient.setQueryData(MATCH_WEIGHTS_KEY, result);
      return queryClient.invalidateQueries({ predicate: (query) => holdsScores(query.queryKey) });
    },
  });
}
