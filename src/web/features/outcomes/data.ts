import { useQuery } from "@tanstack/react-query";
import { API_BASE, api } from "../../app/api.ts";
import type { Outcomes, OutcomeTable } from "../../app/api-types.ts";
import { OUTCOMES_KEY } from "../../components/connections.ts";

/** An edition's deal funnel, breakdowns and timeline (its organizers and admins). */
export function useOutcomes(slug: string | undefined) {
  return useQuery({
    queryKey: [...OUTCOMES_KEY, "event", slug],
    queryFn: ({ signal }) =>
      api.get<Outcomes>(`/events/${encodeURIComponent(slug ?? "")}/outcomes`, undefined, signal),
    enabled: Boolean(slug),
  });
}

/** The deal funnel across every edition (platform admins only). */
export function usePlatformOutcomes() {
  return useQuery({
    queryKey: [...OUTCOMES_KEY, "platform"],
    queryFn: ({ signal }) => api.get<Outcomes>("/outcomes", undefined, signal),
  });
}

/** The address of one table of an edition's outcomes as CSV (sent with the session cookie). */
export function outcomesCsvUrl(slug: string, table: OutcomeTable): string {
  return `${API_BASE}/events/${encodeURIComponent(slug)}/outcomes.csv?table=${table}`;
}
