import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { SolutionDetail, SolutionInput } from "../../app/api-types.ts";
import { SOLUTIONS_KEY, useInvalidateMarketplace } from "../../components/item-queries.ts";

export function useSaveSolution() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMarketplace();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: SolutionInput }) =>
      id
        ? api.patch<SolutionDetail>(`/solutions/${encodeURIComponent(id)}`, input)
        : api.post<SolutionDetail>("/solutions", input),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...SOLUTIONS_KEY, "detail", saved.slug], saved);
      await invalidate();
    },
  });
}

export function useDeleteSolution() {
  const invalidate = useInvalidateMarketplace();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/solutions/${encodeURIComponent(id)}`),
    onSuccess: () => invalidate(),
  });
}
