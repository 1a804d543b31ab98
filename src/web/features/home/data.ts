import { useQuery } from "@tanstack/react-query";
import { api } from "../../app/api.ts";
import type { City, CityEvent, Page, Stats } from "../../app/api-types.ts";

export function useStats() {
  return useQuery({
    queryKey: ["stats"],
    queryFn: ({ signal }) => api.get<Stats>("/stats", undefined, signal),
  });
}

export function useFeaturedCities() {
  return useQuery({
    queryKey: ["cities", "featured"],
    queryFn: ({ signal }) =>
      api.get<Page<City>>("/cities", { sort: "-population", limit: 200 }, signal),
  });
}

export function useLatestEvents() {
  return useQuery({
    queryKey: ["events", "latest"],
    queryFn: ({ signal }) =>
      api.get<Page<CityEvent>>(
        "/events",
        { status: "published", sort: "-startsOn", limit: 12 },
        signal,
      ),
  });
}
