import { describe, expect, it } from "vitest";
import {
  emptyFilters,
  parseSnippet,
  readSearchFilters,
  toApiQuery,
  toggleValue,
  writeSearchFilters,
} from "./search-params.ts";

describe("search filters in the URL", () => {
  it("reads repeated and comma-separated values, and drops unknown ones", () => {
    const filters = readSearchFilters(
      new URLSearchParams(
        "q=parking&domain=mobility&domain=governance&sdg=11,13,99&country=cn&type=bogus&sort=date",
      ),
    );
    expect(filters.q).toBe("parking");
    expect(filters.domain).toEqual(["mobility", "governance"]);
    expect(filters.sdg).toEqual(["11", "13"]);
    expect(filters.country).toEqual(["CN"]);
    expect(filters.type).toEqual([]);
    expect(filters.sort).toBe("date");
  });

  it("round-trips through the URL form", () => {
    const filters = {
      ...emptyFilters(),
      q: "water",
      type: ["challenge", "case"],
      trl: ["7"],
      organization: "392fcee0-e21d-441a-a5a3-e9b9f4c11357",
    };
    const params = writeSearchFilters(filters);
    expect(params.toString()).toBe(
      "q=water&type=challenge&type=case&trl=7&organization=392fcee0-e21d-441a-a5a3-e9b9f4c11357",
    );
    expect(readSearchFilters(params)).toEqual(filters);
  });

  it("joins several values with commas for the API and fixes the type on per-type pages", () => {
    const filters = toggleValue(
      toggleValue({ ...emptyFilters(), type: ["case"] }, "sdg", "11"),
      "sdg",
      "13",
    );
    expect(toApiQuery(filters)).toMatchObject({ type: "case", sdg: "11,13", q: undefined });
    expect(toApiQuery(filters, "solution")).toMatchObject({ type: "solution" });
    expect(toggleValue(filters, "sdg", "11").sdg).toEqual(["13"]);
  });
});

describe("snippets", () => {
  it("keeps only <mark> as markup and decodes the escaped text", () => {
    expect(parseSnippet("a &lt;b&gt; <mark>parking</mark> &amp; more")).toEqual([
      { text: "a <b> ", marked: false },
      { text: "parking", marked: true },
      { text: " & more", marked: false },
    ]);
  });
});
