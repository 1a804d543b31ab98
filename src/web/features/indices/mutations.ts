import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import { INDICATORS_KEY, INDICES_KEY, indexKey } from "./data.ts";
import type { ImportInput, ImportReport, IndexInput, IndexView } from "./types.ts";

function useInvalidateIndices() {
  const queryClient = useQueryClient();
  return (view?: IndexView) => {
    if (view) queryClient.setQueryData(indexKey(view.slug, view.version), view);
    return queryClient.invalidateQueries({ queryKey: INDICES_KEY });
  };
}

export function useCreateIndex() {
  const invalidate = useInvalidateIndices();
  return useMutation({
    mutationFn: (input: IndexInput) => api.post<IndexView>("/indices", input),
    onSuccess: (view) => invalidate(view),
  });
}

export function useUpdateIndex(id: string) {
  const invalidate = useInvalidateIndices();
  return useMutation({
    mutationFn: (input: Partial<IndexInput>) => api.patch<IndexView>(`/indices/${id}`, input),
    onSuccess: (view) => invalidate(view),
  });
}

export type IndexAction = "build" | "analysis" | "publish";

/** Build the draft, start its uncertainty analysis, or publish it. */
export function useIndexAction(id: string, action: IndexAction) {
  const invalidate = useInvalidateIndices();
  return useMutation({
    mutationFn: () => api.post<IndexView>(`/indices/${id}/${action}`),
    onSuccess: (view) => invalidate(view),
  });
}

export function useImportIndicatorData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportInput) => api.post<ImportReport>("/indicator-data/import", input),
    onSuccess: (report) => {
      if (report.dryRun || !report.valid) return;
      void queryClient.invalidateQueries({ queryKey: INDICATORS_KEY });
      void queryClient.invalidateQueries({ queryKey: INDICES_KEY });
    },
  });
}
