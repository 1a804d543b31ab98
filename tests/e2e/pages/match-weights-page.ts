import { expect, type Locator, type Page } from "@playwright/test";

/** /match-weights: the weights of the match score's parts, tuned by organizers and admins. */
export class MatchWeightsPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly save: Locator;
  readonly reset: Locator;
  readonly tuned: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.save = page.getByRole("button", { name: "Save weights" });
    this.reset = page.getByRole("button", { name: "Reset to defaults" });
    this.tuned = page.getByTestId("match-weights-tuned");
  }

  async goto(): Promise<void> {
    await this.page.goto("/match-weights");
    await expect(this.heading).toBeVisible();
  }

  /** The exact value box of one part, by its English name ("Shared topic"). */
  weight(name: string): Locator {
    return this.page.getByRole("textbox", { name: `Weight of ${name}` });
  }

  /** The share of the total one part gets ("30%"), by its code (`text`). */
  share(part: string): Locator {
    return this.page.getByTestId(`share-${part}`);
  }
}
