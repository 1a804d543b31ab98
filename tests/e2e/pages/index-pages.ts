import { expect, type Locator, type Page } from "@playwright/test";

/** /indices/:slug and its tabs: the ranking, map, uncertainty, methodology and downloads. */
export class IndexPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly syntheticBanner: Locator;
  readonly rankingRows: Locator;
  readonly rankingCount: Locator;
  readonly publishedDate: Locator;
  readonly map: Locator;
  readonly uncertaintyChart: Locator;
  readonly sensitivityTable: Locator;
  readonly methodologySteps: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.syntheticBanner = page.getByTestId("synthetic-banner");
    this.rankingRows = page.getByTestId("ranking-row");
    this.rankingCount = page.getByTestId("ranking-count");
    this.publishedDate = page.getByTestId("published-date");
    this.map = page.getByTestId("index-map");
    this.uncertaintyChart = page.getByTestId("rank-uncertainty-chart");
    this.sensitivityTable = page.getByTestId("sensitivity-table");
    this.methodologySteps = page.getByTestId("methodology-step");
  }

  async goto(slug: string, version: "published" | "draft" = "published"): Promise<void> {
    await this.page.goto(`/indices/${slug}${version === "draft" ? "?version=draft" : ""}`);
    await expect(this.heading).toBeVisible();
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole("tab", { name, exact: true }).click();
    await expect(this.page.getByRole("tab", { name, exact: true })).toHaveAttribute(
      "aria-selected",
      "true",
    );
  }

  /** Clicks a column header of the ranking (sorts by it, or reverses its order). */
  async sortBy(column: string): Promise<void> {
    await this.page
      .getByTestId("ranking-table")
      .getByRole("columnheader", { name: column })
      .getByRole("button")
      .click();
  }

  async filter(group: string, value: string): Promise<void> {
    await this.page.getByRole("combobox", { name: group, exact: true }).click();
    await this.page.getByRole("option", { name: value, exact: true }).click();
  }

  firstUnit(): Locator {
    return this.rankingRows.first().getByTestId("ranking-unit");
  }

  /** The index score shown in the first row of the ranking. */
  async firstScore(): Promise<string> {
    return (await this.rankingRows.first().getByRole("cell").nth(2).textContent()) ?? "";
  }
}

/** /indices/:slug/units/:code: scores, ranks, the radar against peers, indicator values. */
export class IndexUnitPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly syntheticBanner: Locator;
  readonly rank: Locator;
  readonly radar: Locator;
  readonly indicators: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.syntheticBanner = page.getByTestId("synthetic-banner");
    this.rank = page.getByTestId("unit-rank");
    this.radar = page.getByTestId("unit-radar");
    this.indicators = page.getByTestId("unit-indicators");
  }
}

/** /indices/:slug/edit: the draft's definition. */
export class IndexEditorPage {
  readonly page: Page;
  readonly save: Locator;
  readonly runs: Locator;

  constructor(page: Page) {
    this.page = page;
    this.save = page.getByRole("button", { name: "Save draft" });
    this.runs = page.getByLabel("Uncertainty runs");
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/indices/${slug}/edit`);
    await expect(this.page.getByTestId("framework-editor")).toBeVisible();
  }

  /** The framework table's cell of a column in the row of a code. */
  cell(column: string, code: string): Locator {
    return this.page.getByRole("textbox", { name: `${column} of ${code}`, exact: true });
  }
}

/** The curator's review panel on the draft of an index. */
export class ReviewPanel {
  readonly panel: Locator;
  readonly status: Locator;
  readonly build: Locator;
  readonly analyse: Locator;
  readonly publish: Locator;
  readonly progress: Locator;

  constructor(page: Page) {
    this.panel = page.getByTestId("review-panel");
    this.status = this.panel.getByTestId("review-status");
    this.build = this.panel.getByRole("button", { name: "Build", exact: true });
    this.analyse = this.panel.getByRole("button", { name: /^Run uncertainty analysis/ });
    this.publish = this.panel.getByRole("button", { name: "Publish", exact: true });
    this.progress = this.panel.getByTestId("analysis-progress");
  }
}
