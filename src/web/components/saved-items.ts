import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, request } from "../app/api.ts";
import type { ItemType, SavedItem, SavedKind } from "../app/api-types.ts";
import { SAVED_KEY } from "./item-queries.ts";

interface SavedList {
  items: SavedItem[];
}

/** The reader's bookmarks and follows, both kinds in one answer (signed-in readers only). */
export function useSavedItems(enabled = true) {
  return useQuery({
    queryKey: SAVED_KEY,
    queryFn: ({ signal }) => api.get<SavedList>("/me/saved", undefined, signal),
    enabled,
    staleTime: 30_000,
  });
}

export function isSaved(
  list: SavedList | undefined,
  key: { kind: SavedKind; type: ItemType; id: string },
): boolean {
  return (
    list?.items.some(
      (item) => item.kind === key.kind && item.type === key.type && item.id === key.id,
    ) ?? false
  );
}

export interface SaveToggle {
  kind: SavedKind;
  /** The item as the reader sees it: what the optimistic row shows until the server answers. */
  item: Omit<SavedItem, "kind" | "savedAt">;
  saved: boolean;
}

const MUTATION_KEY = [...SAVED_KEY, "toggle"] as const;

/**
 * Bookmarks or follows an item (`saved: true`) or undoes it. The cached list changes at
 * once and goes back to what it was if the server refuses.
 */
export function useToggleSaved() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: MUTATION_KEY,
    mutationFn: ({ kind, item, saved }: SaveToggle) =>
      request<void>(
        saved ? "PUT" : "DELETE",
        `/me/saved/${kind}/${item.type}/${encodeURIComponent(item.id)}`,
      ),
    onMutate: async ({ kind, item, saved }) => {
      await queryClient.cancelQueries({ queryKey: SAVED_KEY });
      const previous = queryClient.getQueryData<SavedList>(SAVED_KEY);
      queryClient.setQueryData<SavedList>(SAVED_KEY, (list) => {
        const others = (list?.items ?? []).filter(
          (row) => !(row.kind === kind && row.type === item.type && row.id === item.id),
        );
        if (!saved) return { items: others };
        return { items: [{ ...item, kind, savedAt: new Date().toISOString() }, ...others] };
      });
      return { previous };
    },
    onError: (_error, _toggle, context) => {
      if (context?.previous) queryClient.setQueryData(SAVED_KEY, context.previous);
    },
    onSettled: () => {
      // Several quick clicks: only the last one to finish asks the server for the list,
      // so an older answer cannot undo a newer optimistic change.
      if (queryClient.isMutating({ mutationKey: MUTATION_KEY }) === 1) {
        return queryClient.invalidateQueries({ queryKey: SAVED_KEY });
      }
    },
  });
}
