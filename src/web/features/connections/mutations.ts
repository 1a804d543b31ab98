import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { Connection, ConnectionActionInput } from "../../app/api-types.ts";
import { CONNECTIONS_KEY, useInvalidateConnections } from "../../components/connections.ts";

/** One step of the funnel on a connection; the detail (with its steps) is fetched again. */
export function useConnectionAction(id: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateConnections();
  return useMutation({
    mutationFn: (input: ConnectionActionInput) =>
      api.post<Connection>(`/connections/${encodeURIComponent(id)}/actions`, input),
    onSuccess: async (connection) => {
      queryClient.setQueryData<Connection>([...CONNECTIONS_KEY, "detail", id], (previous) =>
        previous ? { ...previous, ...connection } : previous,
      );
      await invalidate();
    },
  });
}
