import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { Inbox } from "../../app/api-types.ts";
import { INBOX_KEY } from "../../components/connections.ts";

/** How often the header asks for new notifications. */
export const INBOX_POLL_MS = 60_000;
const INBOX_LIMIT = 100;

/** The reader's notifications, newest first, with the unread count; polled every minute. */
export function useInbox(enabled = true) {
  return useQuery({
    queryKey: [...INBOX_KEY, INBOX_LIMIT],
    queryFn: ({ signal }) => api.get<Inbox>("/me/notifications", { limit: INBOX_LIMIT }, signal),
    enabled,
    refetchInterval: INBOX_POLL_MS,
    staleTime: 15_000,
  });
}

/** Marks some notifications read, or all of them when no ids are given. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => api.post<void>("/me/notifications/read", ids ? { ids } : {}),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: INBOX_KEY });
      queryClient.setQueriesData<Inbox>({ queryKey: INBOX_KEY }, (inbox) => {
        if (!inbox) return inbox;
        const items = inbox.items.map((item) =>
          !ids || ids.includes(item.id) ? { ...item, read: true } : item,
        );
        const newlyRead = inbox.items.filter(
          (item) => !item.read && (!ids || ids.includes(item.id)),
        ).length;
        return { items, unread: Math.max(0, inbox.unread - newlyRead) };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: INBOX_KEY }),
  });
}
