import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { api } from "../app/api.ts";
import type {
  CityEvent,
  Connection,
  ConnectionRequest,
  ConnectionStatus,
  Page,
} from "../app/api-types.ts";

// Query keys of the deal funnel: a step on one connection changes the list, the inbox of
// the other party and the edition's outcome figures.
export const CONNECTIONS_KEY = ["connections"] as const;
export const INBOX_KEY = ["inbox"] as const;
export const OUTCOMES_KEY = ["outcomes"] as const;

/** Statuses in which a connection is still going somewhere (src/core/funnel). */
export const OPEN_CONNECTION_STATUSES: readonly ConnectionStatus[] = [
  "requested",
  "accepted",
  "met",
  "intention",
];

export function isOpenConnection(status: ConnectionStatus): boolean {
  return OPEN_CONNECTION_STATUSES.includes(status);
}

/** Marks every answer a connection step may have changed stale. */
export function useInvalidateConnections() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        [CONNECTIONS_KEY, INBOX_KEY, OUTCOMES_KEY].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
    [queryClient],
  );
}

export function useRequestConnection() {
  const invalidate = useInvalidateConnections();
  return useMutation({
    mutationFn: (input: ConnectionRequest) => api.post<Connection>("/connections", input),
    onSuccess: () => invalidate(),
  });
}

interface ItemRef {
  id: string;
  title: string;
  organization: { id: string; name: string };
}

/** Whom a request goes to and what it is about. */
export interface ConnectTarget {
  recipient: { id: string; name: string };
  challenge: { id: string; title: string } | null;
  solution: { id: string; title: string } | null;
}

const ref = (item: ItemRef) => ({ id: item.id, title: item.title });

/** Connecting about one challenge or solution: with the organization that published it. */
export function itemConnectTarget(
  readerOrganizationId: string | null | undefined,
  type: "challenge" | "solution",
  item: ItemRef,
): ConnectTarget | null {
  if (!readerOrganizationId || item.organization.id === readerOrganizationId) return null;
  return {
    recipient: item.organization,
    challenge: type === "challenge" ? ref(item) : null,
    solution: type === "solution" ? ref(item) : null,
  };
}

/**
 * Connecting about a recommended pair (a match card). The reader who owns one side of the
 * pair asks the owner of the other side, about both; anyone else asks the organization of
 * the recommended item about that item, since a connection may only be about what one of
 * its two parties published.
 */
export function matchConnectTarget(
  readerOrganizationId: string | null | undefined,
  pair: { challenge: ItemRef; solution: ItemRef },
  recommended: "challenge" | "solution",
): ConnectTarget | null {
  if (!readerOrganizationId) return null;
  const { challenge, solution } = pair;
  const ownsChallenge = challenge.organization.id === readerOrganizationId;
  const ownsSolution = solution.organization.id === readerOrganizationId;
  if (ownsChallenge && ownsSolution) return null;
  if (ownsChallenge || ownsSolution) {
    return {
      recipient: ownsChallenge ? solution.organization : challenge.organization,
      challenge: ref(challenge),
      solution: ref(solution),
    };
  }
  return itemConnectTarget(
    readerOrganizationId,
    recommended,
    recommended === "challenge" ? challenge : solution,
  );
}

/**
 * The open connection that makes a new request a duplicate (409): the same two
 * organizations, whichever asked, about the same challenge and solution.
 */
export function findOpenConnection(
  connections: readonly Connection[],
  ownOrganizationId: string,
  target: ConnectTarget,
): Connection | null {
  const parties = (connection: Connection) =>
    [connection.requester.id, connection.recipient.id].sort().join(" ");
  const wanted = [ownOrganizationId, target.recipient.id].sort().join(" ");
  return (
    connections.find(
      (connection) =>
        isOpenConnection(connection.status) &&
        parties(connection) === wanted &&
        (connection.challenge?.id ?? null) === (target.challenge?.id ?? null) &&
        (connection.solution?.id ?? null) === (target.solution?.id ?? null),
    ) ?? null
  );
}

/** The reader's open connections, looked up after a 409 to link to the one that exists. */
export function useOpenConnections(enabled: boolean) {
  return useQuery({
    queryKey: [...CONNECTIONS_KEY, "all-mine"],
    queryFn: ({ signal }) =>
      api.get<Page<Connection>>("/connections", { scope: "mine", limit: 200 }, signal),
    enabled,
  });
}

/** Published editions a connection can be counted in, the latest first. */
export function usePublishedEditions() {
  return useQuery({
    queryKey: ["events", "published-for-connections"],
    queryFn: ({ signal }) =>
      api.get<Page<CityEvent>>(
        "/events",
        { status: "published", sort: "-startsOn", limit: 100 },
        signal,
      ),
    staleTime: 5 * 60_000,
  });
}
