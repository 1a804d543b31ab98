import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ChallengeDetail, ChallengeInput } from "../../app/api-types.ts";
import { CHALLENGES_KEY, useInvalidateMarketplace } from "../../components/item-queries.ts";

export function useSaveChallenge() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMarketplace();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ChallengeInput }) =>
      id
        ? api.patch<ChallengeDetail>(`/challenges/${encodeURIComponent(id)}`, input)
        : api.post<ChallengeDetail>("/challenges", input),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...CHALLENGES_KEY, "detail", saved.slug], saved);
      await invalidate();
    },
  });
}

export function useDeleteChallenge() {
  const invalidate = useInvalidateMarketplace();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/challenges/${encodeURIComponent(id)}`),
    onSuccess: () => invalidate(),
  });
}

/** Closes a challenge (status closed), on the version the reader saw. */
export function useCloseChallenge() {
  const invalidate = useInvalidateMarketplace();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.patch<ChallengeDetail>(`/challenges/${encodeURIComponent(id)}`, {
        status: "closed",
        expectedVersion: version,
      }),
    onSuccess: () => invalidate(),
  });
}
