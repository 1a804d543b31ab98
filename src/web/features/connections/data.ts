import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type {
  CityEvent,
  Connection,
  ConnectionDetail,
  ConnectionStatus,
  Page,
} from "../../app/api-types.ts";
import { CONNECTIONS_KEY } from "../../components/connections.ts";

const PAGE_SIZE = 20;

/** The reader's organization's connections, newest first, a page at a time. */
export function useConnectionPages(status: ConnectionStatus | null) {
  return useInfiniteQuery({
    queryKey: [...CONNECTIONS_KEY, "pages", status],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Connection>>(
        "/connections",
        { scope: "mine", status, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useConnection(id: string | undefined) {
  return useQuery({
    queryKey: [...CONNECTIONS_KEY, "detail", id],
    queryFn: ({ signal }) =>
      api.get<ConnectionDetail>(`/connections/${encodeURIComponent(id ?? "")}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** The edition a connection counts in (its name and address for the link). */
export function useConnectionEdition(eventId: string | null) {
  return useQuery({
    queryKey: ["events", "detail", eventId],
    queryFn: ({ signal }) =>
      api.get<CityEvent>(`/events/${encodeURIComponent(eventId ?? "")}`, undefined, signal),
    enabled: Boolean(eventId),
    staleTime: 5 * 60_000,
  });
}
