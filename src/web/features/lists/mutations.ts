import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ChallengeListDetail, ChallengeListInput } from "../../app/api-types.ts";
import { LISTS_KEY, useInvalidateMarketplace } from "../../components/item-queries.ts";

export function useSaveList() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMarketplace();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ChallengeListInput }) =>
      id
        ? api.patch<ChallengeListDetail>(`/lists/${encodeURIComponent(id)}`, input)
        : api.post<ChallengeListDetail>("/lists", input),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...LISTS_KEY, "detail", saved.slug], saved);
      // A challenge's page names the lists it is on.
      await invalidate();
    },
  });
}

export function usePublishList() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMarketplace();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<ChallengeListDetail>(`/lists/${encodeURIComponent(id)}/publish`, {}),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...LISTS_KEY, "detail", saved.slug], saved);
      await invalidate();
    },
  });
}

export function useDeleteList() {
  const invalidate = useInvalidateMarketplace();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/lists/${encodeURIComponent(id)}`),
    onSuccess: () => invalidate(),
  });
}
