import { expect, type Locator, type Page } from "@playwright/test";

/** The search box in the header of every page. */
export class HeaderSearch {
  readonly page: Page;
  readonly box: Locator;

  constructor(page: Page) {
    this.page = page;
    this.box = page.getByRole("banner").getByRole("searchbox", { name: "Search words" });
  }

  async search(words: string): Promise<void> {
    await this.box.fill(words);
    await this.box.press("Enter");
  }
}

/** /search and the per-type directories (/challenges, /solutions, /cases). */
export class SearchPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly box: Locator;
  readonly total: Locator;
  readonly results: Locator;
  readonly hits: Locator;
  readonly empty: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.box = page.getByTestId("search-box");
    this.total = page.getByTestId("search-total");
    this.results = page.getByTestId("search-results");
    this.hits = page.getByTestId("search-hit");
    this.empty = page.getByRole("main").getByText(/^Nothing matches/);
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/search${query ? `?${query}` : ""}`);
    await expect(this.heading).toHaveText("Search");
  }

  hit(title: string): Locator {
    return this.hits.filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  facet(group: string): Locator {
    return this.page.getByRole("complementary").getByRole("group", { name: group });
  }
}
