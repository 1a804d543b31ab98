import { expect, type Locator, type Page } from "@playwright/test";

/** /exchange-rates: the dated rates, kept by organizers and platform admins. */
export class ExchangeRatesPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly rows: Locator;
  readonly form: Locator;
  readonly currency: Locator;
  readonly validFrom: Locator;
  readonly usdPerUnit: Locator;
  readonly save: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.rows = page.getByTestId("exchange-rate");
    this.form = page.getByTestId("exchange-rate-form");
    this.currency = this.form.getByRole("combobox", { name: "Currency" });
    this.validFrom = this.form.getByLabel("Valid from");
    this.usdPerUnit = this.form.getByRole("textbox", { name: "USD per unit" });
    this.save = this.form.getByRole("button", { name: "Save rate" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/exchange-rates");
    await expect(this.heading).toBeVisible();
  }

  /** The row of one currency's rate from one day ("Mar 1, 2026"). */
  row(currency: string, day: string): Locator {
    return this.rows.filter({ hasText: currency }).filter({ hasText: day });
  }

  async fill(rate: { currency: string; validFrom: string; usdPerUnit: string }): Promise<void> {
    await this.currency.click();
    await this.currency.fill(rate.currency);
    await this.page.getByRole("option", { name: new RegExp(`^${rate.currency} · `) }).click();
    await this.validFrom.fill(rate.validFrom);
    await this.usdPerUnit.fill(rate.usdPerUnit);
  }
}
