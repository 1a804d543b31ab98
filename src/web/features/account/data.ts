import { useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { ApiToken } from "../../app/api-types.ts";

export const TOKENS_KEY = ["me", "tokens"] as const;

export function useTokens() {
  return useQuery({
    queryKey: TOKENS_KEY,
    queryFn: ({ signal }) => api.get<{ items: ApiToken[] }>("/me/tokens", undefined, signal),
  });
}
