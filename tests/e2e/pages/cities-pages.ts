import { expect, type Locator, type Page } from "@playwright/test";

export class CitiesPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly map: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly continentFilter: Locator;
  readonly count: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1, name: "Cities" });
    this.map = page.getByTestId("cities-map");
    this.table = page.getByTestId("cities-table");
    this.rows = this.table.locator("tbody tr");
    this.continentFilter = page.getByRole("combobox", { name: "Continent" });
    this.count = page.getByTestId("cities-count");
  }

  async goto(): Promise<void> {
    await this.page.goto("/cities");
    await expect(this.heading).toBeVisible();
  }

  async filterByContinent(continent: string): Promise<void> {
    await this.continentFilter.click();
    await this.page.getByRole("option", { name: continent, exact: true }).click();
  }

  /** Number of city points the map has drawn (the chart reports it on its host). */
  async mapPointCount(): Promise<number> {
    await expect(this.map).toHaveAttribute("data-rendered", "true");
    return Number(await this.map.getAttribute("data-points"));
  }

  continentCells(): Locator {
    return this.rows.locator("td:nth-child(3)");
  }

  cityLink(row: number): Locator {
    return this.rows.nth(row).getByRole("link");
  }
}

export class CityPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly atAGlance: Locator;
  readonly locatorMap: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.atAGlance = page.getByRole("heading", { name: "At a glance" });
    this.locatorMap = page.getByTestId("city-map");
  }
}
