import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";

// Query keys of the marketplace: a change to one item can show up in any of them
// (a challenge's title in search results, on a list, on the owner's page).
export const CHALLENGES_KEY = ["challenges"] as const;
export const SOLUTIONS_KEY = ["solutions"] as const;
export const CASES_KEY = ["cases"] as const;
export const LISTS_KEY = ["lists"] as const;
export const SEARCH_KEY = ["search"] as const;
/** The reader's bookmarks and follows: they show titles and "updated since you followed". */
export const SAVED_KEY = ["saved"] as const;

/** Marks every marketplace answer stale after a write. */
export function useInvalidateMarketplace() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        [CHALLENGES_KEY, SOLUTIONS_KEY, CASES_KEY, LISTS_KEY, SEARCH_KEY, SAVED_KEY].map(
          (queryKey) => queryClient.invalidateQueries({ queryKey }),
        ),
      ),
    [queryClient],
  );
}
