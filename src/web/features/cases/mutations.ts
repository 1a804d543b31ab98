import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { CaseDetail, CaseInput } from "../../app/api-types.ts";
import { CASES_KEY, useInvalidateMarketplace } from "../../components/item-queries.ts";

export function useSaveCase() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMarketplace();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: CaseInput }) =>
      id
        ? api.patch<CaseDetail>(`/cases/${encodeURIComponent(id)}`, input)
        : api.post<CaseDetail>("/cases", input),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...CASES_KEY, "detail", saved.slug], saved);
      await invalidate();
    },
  });
}

export function useDeleteCase() {
  const invalidate = useInvalidateMarketplace();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/cases/${encodeURIComponent(id)}`),
    onSuccess: () => invalidate(),
  });
}
