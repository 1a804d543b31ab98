import { expect, type Locator, type Page } from "@playwright/test";

/** /lists */
export class ListsPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly cards: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1, name: "Lists" });
    this.cards = page.getByTestId("list-card");
  }

  async goto(): Promise<void> {
    await this.page.goto("/lists");
    await expect(this.heading).toBeVisible();
  }

  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }
}

/** /lists/:slug */
export class ListPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly headline: Locator;
  readonly stats: Locator;
  readonly items: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.headline = page.getByRole("main").getByTestId("list-headline");
    this.stats = page.getByTestId("list-stats");
    this.items = page.getByTestId("list-item");
  }

  stat(label: string): Locator {
    return this.stats.locator("div").filter({ hasText: label }).first();
  }
}
