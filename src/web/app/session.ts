import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { api, isApiError, resetCsrfToken } from "./api.ts";
import type { Me } from "./api-types.ts";

export const ME_KEY = ["me"] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>("/me");
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in person, `null` when signed out, `undefined` while loading. */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

/**
 * After sign-in, sign-up and sign-out every cached answer may depend on who asks
 * (emails, canEdit, participants), so drop them all and start a fresh CSRF token.
 */
export function useSessionChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    async (me: Me | null) => {
      resetCsrfToken();
      queryClient.removeQueries({
        predicate: (query) => !(query.queryKey.length === 1 && query.queryKey[0] === ME_KEY[0]),
      });
      queryClient.setQueryData(ME_KEY, me);
      await queryClient.invalidateQueries({ queryKey: ME_KEY, refetchType: "none" });
    },
    [queryClient],
  );
}
