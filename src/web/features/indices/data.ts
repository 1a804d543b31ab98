import { useQueries, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { API_BASE, api, buildUrl } from "../../app/api.ts";
import type { Me } from "../../app/api-types.ts";
import { type CsvRows, parseCsvText } from "./csv.ts";
import type { IndexDownload, IndexSummary, IndexView, Indicator } from "./types.ts";

export const INDICES_KEY = ["indices"] as const;
export const INDICATORS_KEY = ["indicators"] as const;

export type IndexVersion = "published" | "draft";

/** The version in the address: `?version=draft` for a curator's review, else published. */
export function useIndexVersion(): IndexVersion {
  const [params] = useSearchParams();
  return params.get("version") === "draft" ? "draft" : "published";
}

/** Curators keep indicator data and indices: platform admins and organizers (the API's rule). */
export function curatesIndices(me: Me | null | undefined): boolean {
  return Boolean(me && (me.platformAdmin || me.organizerOf.length > 0));
}

export function useIndices() {
  return useQuery({
    queryKey: [...INDICES_KEY, "list"],
    queryFn: ({ signal }) => api.get<{ items: IndexSummary[] }>("/indices", undefined, signal),
  });
}

export const indexKey = (slug: string, version: IndexVersion) =>
  [...INDICES_KEY, "view", slug, version] as const;

function fetchIndex(slug: string, version: IndexVersion, signal?: AbortSignal) {
  return api.get<IndexView>(
    `/indices/${encodeURIComponent(slug)}`,
    version === "draft" ? { version } : undefined,
    signal,
  );
}

/**
 * One index as its reader may see it; while the draft's uncertainty analysis runs it is
 * asked for again every second, so the progress bar moves.
 */
export function useIndex(slug: string | undefined, version: IndexVersion = "published") {
  return useQuery({
    queryKey: indexKey(slug ?? "", version),
    queryFn: ({ signal }) => fetchIndex(slug ?? "", version, signal),
    enabled: Boolean(slug),
    refetchInterval: (query) => (query.state.data?.analysisStatus === "running" ? 1000 : false),
  });
}

/** The published views of the first few published indices (the city page's card). */
export function usePublishedIndexViews(summaries: readonly IndexSummary[] | undefined) {
  const published = (summaries ?? []).filter((index) => index.publishedAt !== null).slice(0, 3);
  return useQueries({
    queries: published.map((index) => ({
      queryKey: indexKey(index.slug, "published"),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchIndex(index.slug, "published", signal),
    })),
  });
}

export function downloadUrl(slug: string, file: IndexDownload, version: IndexVersion): string {
  return buildUrl(`/indices/${encodeURIComponent(slug)}/files/${file}`, {
    version: version === "draft" ? "draft" : undefined,
  });
}

/**
 * The data.csv an index version was built from (frozen when published): the raw values
 * per unit, with groups and denominators, read into a table.
 */
export function useIndexData(slug: string | undefined, version: IndexVersion, enabled = true) {
  return useQuery({
    queryKey: [...indexKey(slug ?? "", version), "data.csv"],
    enabled: Boolean(slug) && enabled,
    queryFn: async ({ signal }): Promise<RawValues> => {
      const response = await fetch(downloadUrl(slug ?? "", "data.csv", version), {
        credentials: "same-origin",
        signal,
      });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return rawValues(parseCsvText(await response.text()));
    },
  });
}

/** data.csv by unit: each column's number (null when missing). */
export interface RawValues {
  columns: string[];
  byUnit: Map<string, Record<string, number | null>>;
}

export function rawValues(table: CsvRows): RawValues {
  const uCode = table.header.indexOf("uCode");
  const byUnit = new Map<string, Record<string, number | null>>();
  for (const row of table.rows) {
    const values: Record<string, number | null> = {};
    table.header.forEach((column, index) => {
      const text = row[index] ?? "";
      const value = text === "" || /^NA$/i.test(text) ? null : Number(text);
      values[column] = value !== null && Number.isFinite(value) ? value : null;
    });
    byUnit.set(row[uCode] ?? "", values);
  }
  return { columns: table.header, byUnit };
}

export function useIndicators(enabled = true) {
  return useQuery({
    queryKey: [...INDICATORS_KEY, "catalogue"],
    enabled,
    queryFn: ({ signal }) => api.get<{ items: Indicator[] }>("/indicators", undefined, signal),
  });
}

export const exportUrl = (file: "data" | "meta") =>
  `${API_BASE}/indicator-data/export?file=${file}`;
