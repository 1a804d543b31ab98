import {
  BUDGET_BANDS,
  CONTINENTS,
  ITEM_TYPES,
  type ItemType,
  PROCUREMENT_STAGES,
  SDG_NUMBERS,
  SEARCH_FACETS,
  type SearchFacet,
  TRLS,
} from "../../app/api-types.ts";

export const SEARCH_SORTS = ["relevance", "date"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** What a search asks for; the page keeps it in the URL so it can be shared and revisited. */
export interface SearchFilters extends Record<SearchFacet, string[]> {
  q: string;
  organization: string | null;
  sort: SearchSort;
}

const AREA_CODE = /^[a-z]+(-[a-z]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Values each facet accepts; anything else in a hand-edited URL is ignored. */
const FACET_VALUES: Record<SearchFacet, (value: string) => boolean> = {
  type: (value) => (ITEM_TYPES as readonly string[]).includes(value),
  domain: (value) => AREA_CODE.test(value),
  sdg: (value) => (SDG_NUMBERS as readonly number[]).map(String).includes(value),
  country: (value) => /^[A-Z]{2}$/.test(value),
  continent: (value) => (CONTINENTS as readonly string[]).includes(value),
  trl: (value) => (TRLS as readonly number[]).map(String).includes(value),
  stage: (value) => (PROCUREMENT_STAGES as readonly string[]).includes(value),
  budgetBand: (value) => (BUDGET_BANDS as readonly string[]).includes(value),
};

export function emptyFilters(): SearchFilters {
  return {
    q: "",
    type: [],
    domain: [],
    sdg: [],
    country: [],
    continent: [],
    trl: [],
    stage: [],
    budgetBand: [],
    organization: null,
    sort: "relevance",
  };
}

/** Reads `?q=…&domain=mobility&domain=governance&sdg=11,13` (repeated or comma-separated). */
export function readSearchFilters(params: URLSearchParams): SearchFilters {
  const filters = emptyFilters();
  filters.q = params.get("q")?.trim() ?? "";
  for (const facet of SEARCH_FACETS) {
    const values = params
      .getAll(facet)
      .flatMap((value) => value.split(","))
      .map((value) => (facet === "country" ? value.trim().toUpperCase() : value.trim()))
      .filter((value) => FACET_VALUES[facet](value));
    filters[facet] = [...new Set(values)];
  }
  const organization = params.get("organization");
  filters.organization = organization && UUID.test(organization) ? organization : null;
  filters.sort = params.get("sort") === "date" ? "date" : "relevance";
  return filters;
}

/** The URL form: one parameter per value, defaults left out. */
export function writeSearchFilters(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set("q", filters.q.trim());
  for (const facet of SEARCH_FACETS) {
    for (const value of filters[facet]) params.append(facet, value);
  }
  if (filters.organization) params.set("organization", filters.organization);
  if (filters.sort !== "relevance") params.set("sort", filters.sort);
  return params;
}

/** The API form: several values of one filter comma-separated. */
export function toApiQuery(
  filters: SearchFilters,
  fixedType: ItemType | null = null,
): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {
    q: filters.q.trim() || undefined,
    organization: filters.organization ?? undefined,
    sort: filters.sort,
  };
  for (const facet of SEARCH_FACETS) {
    const values = facet === "type" && fixedType ? [fixedType] : filters[facet];
    query[facet] = values.length > 0 ? values.join(",") : undefined;
  }
  return query;
}

export function toggleValue(filters: SearchFilters, facet: SearchFacet, value: string) {
  const current = filters[facet];
  return {
    ...filters,
    [facet]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value],
  };
}

export function activeFilterCount(filters: SearchFilters, fixedType: ItemType | null): number {
  return (
    SEARCH_FACETS.reduce(
      (sum, facet) => sum + (facet === "type" && fixedType ? 0 : filters[facet].length),
      0,
    ) + (filters.organization ? 1 : 0)
  );
}

/** One piece of a snippet: plain text, or text the search matched. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * Splits the API's snippet (escaped text in which only <mark> elements are markup) into
 * parts React renders as text, so no HTML from the index reaches the page as markup.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<\/?mark>)/)) {
    if (piece === "<mark>") marked = true;
    else if (piece === "</mark>") marked = false;
    else if (piece) {
      const text = piece.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
      parts.push({ text, marked });
    }
  }
  return parts;
}
