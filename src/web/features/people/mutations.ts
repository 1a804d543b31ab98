import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { Person, PersonInput } from "../../app/api-types.ts";
import { ME_KEY } from "../../app/session.ts";
import { PEOPLE_KEY } from "./data.ts";

export function useSavePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: PersonInput }) =>
      id
        ? api.patch<Person>(`/people/${encodeURIComponent(id)}`, input)
        : api.post<Person>("/people", input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      // Organization member lists and the signed-in person's own roles may have changed.
      await queryClient.invalidateQueries({ queryKey: ["organizations"] });
      await queryClient.invalidateQueries({ queryKey: ME_KEY, exact: true });
    },
  });
}

export function useDeletePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/people/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
  });
}
