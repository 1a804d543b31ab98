import { expect, type Locator, type Page } from "@playwright/test";

/** /events/:slug: the edition, its participants and, for members, the people to meet. */
export class EventPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly peopleToMeet: Locator;
  readonly suggestions: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.peopleToMeet = page.getByRole("region", { name: "People to meet" });
    this.suggestions = this.peopleToMeet.getByTestId("person-to-meet");
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/events/${slug}`);
    await expect(this.heading).toBeVisible();
  }

  /** The people listed on a suggestion, "Name · Role" each. */
  people(suggestion: Locator): Locator {
    return suggestion.getByRole("list", { name: "People taking part" }).getByRole("listitem");
  }

  organization(suggestion: Locator): Locator {
    return suggestion.getByTestId("counterpart-organization");
  }

  reason(suggestion: Locator): Locator {
    return suggestion.getByTestId("counterpart-reason");
  }
}
