import { expect, type Locator, type Page } from "@playwright/test";

export interface NewChallenge {
  title: string;
  summary: string;
  description: string;
  visibility: "Public" | "Members only" | "Draft";
}

/** /challenges/new and /challenges/:slug/edit. */
export class ChallengeFormPage {
  readonly page: Page;
  readonly form: Locator;
  readonly title: Locator;
  readonly summary: Locator;
  readonly description: Locator;
  readonly submit: Locator;

  constructor(page: Page) {
    this.page = page;
    this.form = page.getByRole("main").locator("form");
    this.title = this.form.getByRole("textbox", { name: "Title" });
    this.summary = this.form.getByRole("textbox", { name: "Summary" });
    this.description = this.form.getByRole("textbox", { name: "Description" });
    this.submit = this.form.getByRole("button", { name: "Publish challenge" });
  }

  async gotoNew(): Promise<void> {
    await this.page.goto("/challenges/new");
    await expect(
      this.page.getByRole("heading", { level: 1, name: "Publish a challenge" }),
    ).toBeVisible();
  }

  async publish(challenge: NewChallenge): Promise<void> {
    await this.title.fill(challenge.title);
    await this.summary.fill(challenge.summary);
    await this.description.fill(challenge.description);
    await this.form.getByRole("radio", { name: new RegExp(`^${challenge.visibility}`) }).check();
    await this.submit.click();
  }
}

/** /challenges/:slug */
export class ChallengePage {
  readonly page: Page;
  readonly heading: Locator;
  readonly description: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.description = page.getByTestId("challenge-description");
  }
}
