import { markdownToPlainText } from "../items/markdown.ts";
import type { Evaluated } from "./evaluate.ts";
import type { selectHits } from "./queries.ts";
import { FACETS, type SearchHit, type SearchResult } from "./schema.ts";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);

/**
 * Snippets are escaped text with <mark> around matches. Full-text snippets arrive with
 * U+E000…U+E001 around matches (ts_headline); the given words (a fuzzy query's, CJK
 * runs) are marked here as substrings.
 */
export function toSnippetHtml(raw: string, markWords: string[]): string {
  const text = markdownToPlainText(raw);
  let html = escapeHtml(text);
  {
    const words = markWords
      .filter((word) => word.length > 0)
      .map((word) => escapeHtml(word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    if (words.length > 0)
      html = html.replace(new RegExp(`(${words.join("|")})`, "giu"), "\uE000$1\uE001");
  }
  return html.replaceAll("\uE000", "<mark>").replaceAll("\uE001", "</mark>");
}

type HitRow = Awaited<ReturnType<typeof selectHits>>[number];

export function presentHit(row: HitRow, score: number | null, markWords: string[]): SearchHit {
  return {
    type: row.itemType,
    id: row.itemId,
    slug: row.slug,
    title: row.title,
    snippet: toSnippetHtml(row.snippet, markWords),
    organization: { id: row.organizationId, name: row.organizationName },
    country: row.country,
    continent: row.continent,
    domains: row.domains,
    sdgs: row.sdgs,
    trl: row.trl,
    stage: row.stage,
    budgetBand: row.budgetBand,
    status: row.status,
    visibility: row.visibility,
    updatedAt: row.updatedAt.toISOString(),
    score,
  };
}

export function presentFacets(counts: Evaluated["facets"]): SearchResult["facets"] {
  const facets = Object.fromEntries(
    FACETS.map((name) => [name, [...counts[name]].map(([value, count]) => ({ value, count }))]),
  ) as SearchResult["facets"];
  for (const name of FACETS) {
    facets[name].sort(
      (a, b) => b.count - a.count || a.value.localeCompare(b.value, "en", { numeric: true }),
    );
  }
  return facets;
}
