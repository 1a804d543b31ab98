import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { City, CityInput } from "../../app/api-types.ts";
import { CITIES_KEY } from "./data.ts";

export function useSaveCity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: CityInput }) =>
      id
        ? api.patch<City>(`/cities/${encodeURIComponent(id)}`, input)
        : api.post<City>("/cities", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CITIES_KEY }),
  });
}

export function useDeleteCity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/cities/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CITIES_KEY }),
  });
}
