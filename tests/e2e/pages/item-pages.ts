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

/** The explained recommendations on a challenge or solution page. */
export class MatchesPanel {
  readonly section: Locator;
  readonly heading: Locator;
  readonly cards: Locator;
  readonly empty: Locator;

  constructor(page: Page, title: string) {
    this.section = page.getByRole("region", { name: title });
    this.heading = this.section.getByRole("heading", { level: 2, name: title });
    this.cards = this.section.getByTestId("match");
    this.empty = this.section.getByText("No matches yet");
  }

  /** The link to the recommended item: the card's heading. */
  titleLink(card: Locator): Locator {
    return card.getByRole("heading", { level: 3 }).getByRole("link");
  }

  score(card: Locator): Locator {
    return card.getByTestId("match-score");
  }

  reasons(card: Locator): Locator {
    return card.getByRole("list", { name: "Why it fits" }).getByRole("listitem");
  }

  /** Shows every recommendation the page received, when some are folded away. */
  async showAll(): Promise<void> {
    const more = this.section.getByRole("button", { name: /^Show \d+ more$/ });
    if (await more.isVisible()) await more.click();
  }

  async showBreakdown(card: Locator): Promise<Locator> {
    await card.getByRole("button", { name: "Why this score" }).click();
    return card.getByTestId("match-breakdown");
  }
}

/** /challenges/:slug */
export class ChallengePage {
  readonly page: Page;
  readonly heading: Locator;
  readonly description: Locator;
  readonly matches: MatchesPanel;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.description = page.getByTestId("challenge-description");
    this.matches = new MatchesPanel(page, "Solutions that fit");
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/challenges/${slug}`);
    await expect(this.heading).toBeVisible();
  }
}

/** /solutions/:slug */
export class SolutionPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly matches: MatchesPanel;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole("heading", { level: 1 });
    this.matches = new MatchesPanel(page, "Challenges this solution answers");
  }
}
